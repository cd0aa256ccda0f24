package io.newsclean.quotes;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last stage: what a found quote needs to count as someone's speech on any kind of page, not
 * only in news. A how-to, a review or a blog puts terms, titles and scare quotes between quotation
 * marks and speaks in its own voice ("I think", "we want to"); news reports others.
 * <ul>
 *   <li>The author's own words are not reported speech: reported speech whose attribution is "I",
 *       "we", "my …" or "our …" is dropped ("I think this will sell out", "we want to test it").
 *       A quotation the author attributes to themselves ("“Okay,” I said") is still speech, and
 *       first person inside a quotation is the speaker's.</li>
 *   <li>A quoted fragment with no cue of its own is someone's words only when a person stands
 *       behind it (a name in full, or "he", "she", "they": "Angela Merkel heralded the deal as a
 *       “breakthrough”"), when it is an outcry ("roared “USA! USA!”"), or where the text reports
 *       speech: a quote attributed by a cue in the same or the previous paragraph, or at least
 *       {@value #QUOTING_PAGE} of them in the article. Elsewhere it is a term, a title or a scare
 *       quote ("baffled by this “online business thing.”", "the “Han shot first” scene").</li>
 * </ul>
 */
final class SpeechChecks {
    /** Quotations attributed by a cue from which an article is taken to report what people say. */
    static final int QUOTING_PAGE = 3;

    /** First-person words that make an attribution the author's own (pronouns, a closed class). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they");
    private static final int OUTCRY_WORDS = 4;

    private SpeechChecks() {
    }

    static List<Quote> keepSpeech(List<Quote> found) {
        if (found.isEmpty()) {
            return found;
        }
        int cuedQuotations = 0;
        boolean[] cuedIn = new boolean[maxParagraph(found) + 1];
        for (Quote q : found) {
            if (attributedByCue(q)) {
                cuedIn[q.paragraph()] = true;
                if (q.type() != QuoteType.INDIRECT) {
                    cuedQuotations++;
                }
            }
        }
        List<Quote> out = new ArrayList<>(found.size());
        for (Quote q : found) {
            if (q.type() == QuoteType.INDIRECT && isAuthorsOwn(q)) {
                continue;
            }
            if (q.type() == QuoteType.PARTIAL && q.cue() == null && !byAPerson(q) && !isOutcry(q.text())
                    && cuedQuotations < QUOTING_PAGE
                    && !cuedIn[q.paragraph()] && !(q.paragraph() > 0 && cuedIn[q.paragraph() - 1])) {
                continue;
            }
            out.add(q);
        }
        return out;
    }

    /** A person named in full, or a personal pronoun that the speaker was resolved from. */
    private static boolean byAPerson(Quote q) {
        if (q.speaker() == null) {
            return false;
        }
        String mention = q.speakerMention() == null ? "" : Names.lower(q.speakerMention());
        return PERSONAL_PRONOUNS.contains(mention) || Names.isFullPersonName(q.speaker());
    }

    /** "USA! USA!": a short cry, which someone shouted even when no cue says who. */
    private static boolean isOutcry(String words) {
        return words.endsWith("!") && ArticleQuotes.wordCount(words) <= OUTCRY_WORDS;
    }

    private static boolean attributedByCue(Quote q) {
        return q.cue() != null && q.speaker() != null;
    }

    /** Whether the words naming the speaker open with a first-person word ("I", "We’re", "my toddler"). */
    static boolean isAuthorsOwn(Quote q) {
        String mention = q.speakerMention();
        if (mention == null) {
            return false;
        }
        int start = 0;
        while (start < mention.length() && !Character.isLetter(mention.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < mention.length() && Character.isLetter(mention.charAt(end))) {
            end++;
        }
        return FIRST_PERSON.contains(Names.lower(mention.substring(start, end)));
    }

    private static int maxParagraph(List<Quote> quotes) {
        int max = 0;
        for (Quote q : quotes) {
            max = Math.max(max, q.paragraph());
        }
        return max;
    }
}
