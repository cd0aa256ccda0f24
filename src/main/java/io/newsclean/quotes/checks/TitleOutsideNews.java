package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.Names;

/**
 * A quoted fragment in title case with no cue ("Michael Anastassiades ‘Jewels after Jewels after Jewels’",
 * "the band's “Takin’ It to the Streets.”") names a work, a show or a product. On a page that is no news
 * report ({@link PageVoice#mayBeNews}) it is one even with a person's name beside it, which names the
 * work's maker. News keeps such fragments to the other checks: a chant or a slogan there is often someone's.
 */
public final class TitleOutsideNews implements SpeechCheck {
    @Override
    public boolean drops(Quote q, PageVoice page) {
        return q.type() == QuoteType.PARTIAL && q.cue() == null && !page.mayBeNews() && isTitleCase(q.text());
    }

    /**
     * Two words or more, every one capitalised but the function words, and some letter in lower case: a
     * title, not a shout in capitals.
     */
    static boolean isTitleCase(String text) {
        int words = 0;
        boolean lower = false;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                lower |= Character.isLowerCase(text.charAt(i));
                i++;
            }
            boolean capital = Character.isUpperCase(text.charAt(start));
            if (!capital && (words == 0 || !Names.isFunctionWord(Names.lower(text.substring(start, i))))) {
                return false;
            }
            words++;
        }
        return words >= 2 && lower;
    }
}
