package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.WordCursor;

import static io.newsclean.quotes.attribution.SpeakerPhrases.isSpeakerLike;
import static io.newsclean.quotes.lexicon.MentionWords.NP_STOPS;
import static io.newsclean.quotes.lexicon.MentionWords.WEEKDAYS;
import static io.newsclean.quotes.text.Spans.lastIndexOfAny;

/**
 * The speaker named after an inverted cue or after "according to" ("said Mark Dubowitz, executive director
 * …"): a name, a pronoun or a determiner phrase up to punctuation or an adverbial.
 */
public final class NameAfterCue {
    /** Punctuation between two words that ends the phrase naming the speaker. */
    private static final String PHRASE_BREAKS = ",;:.!?()\"“”—";

    private NameAfterCue() {
    }

    /**
     * The speaker named after an inverted cue or after "according to": a capitalised name, a
     * pronoun or a determiner phrase, up to punctuation or a word that starts an adverbial.
     */
    public static int[] phraseAfter(String text, int from, int limit) {
        WordCursor m = new WordCursor(text, from, limit);
        int start = -1;
        int end = -1;
        int count = 0;
        while (m.next()) {
            if (lastIndexOfAny(text, PHRASE_BREAKS, end < 0 ? from : end, m.start()) >= 0) {
                break;
            }
            String raw = m.word();
            String lw = m.key();
            if (count > 0 && NP_STOPS.contains(lw) && !(count == 1 && WEEKDAYS.contains(lw) && isArticle(text, start, end))) {
                break; // "said Smith Monday", but "reads a Wednesday editorial": after an article the day is a modifier
            }
            if (start < 0) {
                start = m.start();
            }
            end = m.end();
            count++;
            if (raw.endsWith(".") && !Names.isInitial(raw) && !Names.isTitle(raw) && !Names.isDottedInitials(raw)) {
                end = m.end() - 1;
                break;
            }
            if (count == 1 && Names.PRONOUNS.contains(lw)) {
                break;
            }
            if (count >= 9) {
                return null;
            }
        }
        if (start < 0 || NP_STOPS.contains(Names.lower(Names.bare(Names.words(text.substring(start, end))[0])))) {
            return null;
        }
        int[] span = {start, end};
        return isSpeakerLike(text, span) ? span : null;
    }

    private static boolean isArticle(String text, int start, int end) {
        return Names.isArticle(Names.lower(text.substring(start, end)));
    }
}
