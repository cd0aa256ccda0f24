package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.Names;

import java.util.Set;

/**
 * A quoted fragment with no cue of its own ("a “vulture investing” firm", "the “Han shot first” scene") is
 * someone's words when a person stands behind it (a name in full, or "he", "she", "they": "Angela Merkel
 * heralded the deal as a “breakthrough”") or when it is an outcry ("roared “USA! USA!”"). Otherwise it is
 * kept only near speech: a quote attributed by a cue in the same or the previous paragraph, or at least
 * {@value #QUOTING_PAGE} of them in the article; and never on a page that gives no one's words to a named
 * person, where those cued quotes are themselves terms and titles and the fragment is one more ("some
 * web browsers do not send “third-party cookies”"). A fragment a verb frames as words is always kept
 * ("sent an email saying “done”", "kept chanting “Dump Trump”").
 */
public final class UncuedFragment implements SpeechCheck {
    /** Quotations attributed by a cue from which an article is taken to report what people say. */
    static final int QUOTING_PAGE = 3;
    private static final int OUTCRY_WORDS = 4;
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they");

    @Override
    public boolean drops(Quote q, PageVoice page) {
        if (q.type() != QuoteType.PARTIAL || q.cue() != null || isOutcry(q.text())) {
            return false;
        }
        if (byAPerson(q) || page.isFramed(q)) {
            return false;
        }
        return page.quotesNoOne() || page.cuedQuotations() < QUOTING_PAGE && !page.cuedNear(q.paragraph());
    }

    /** A person named in full (every word capitalised), or a personal pronoun the speaker was resolved from. */
    private static boolean byAPerson(Quote q) {
        if (q.speaker() == null) {
            return false;
        }
        String mention = q.speakerMention() == null ? "" : Names.lower(q.speakerMention());
        return PERSONAL_PRONOUNS.contains(mention) || Names.isFullPersonName(q.speaker()) && capitalised(q.speaker());
    }

    /** Every word opens with a capital, as a name does: "Tom Reed", not "Most web browsers". */
    private static boolean capitalised(String words) {
        boolean start = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (start && Character.isLowerCase(c)) {
                return false;
            }
            start = Character.isWhitespace(c);
        }
        return true;
    }

    /** "USA! USA!": a short cry, which someone shouted even when no cue says who. */
    private static boolean isOutcry(String words) {
        if (!words.endsWith("!")) {
            return false;
        }
        int n = 0;
        boolean in = false;
        for (int i = 0; i < words.length(); i++) {
            boolean letter = Character.isLetterOrDigit(words.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n <= OUTCRY_WORDS;
    }
}
