package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.QuoteWords;

import io.newsclean.quotes.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A short quoted term right after a naming participle in the passive or after a noun ("diagnosed with
 * what's called “feather duvet lung”", "the technique called “mental chronometry”", "the so-called “special
 * relationship”") is the name of a thing, not anyone's words: the sentence says what something is called,
 * not who called it so. The same verb with a subject before it ("what Gilbert called “a perception
 * problem”", "who he dubbed “the little senator”") or an object between it and the quote ("called it
 * “a disaster”") is someone's words and is kept.
 */
public final class NamedTerm implements SpeechCheck {
    /** A name is a few words; a longer quoted span after "called" is a description someone gave. */
    static final int MAX_TERM_WORDS = 3;
    private static final List<String> PARTICIPLES = List.copyOf(QuoteWords.QUOTES.set("named-term.naming-participles"));
    private static final Set<String> PASSIVE_MARKS = QuoteWords.QUOTES.set("named-term.passive-marks");
    private static final Set<String> DETERMINERS = QuoteWords.QUOTES.set("named-term.determiners");
    private static final Set<String> SUBJECT_PRONOUNS = QuoteWords.QUOTES.set("named-term.subject-pronouns");

    @Override
    public boolean drops(Quote q, PageVoice page) {
        if (q.type() != QuoteType.PARTIAL || Words.letterRuns(q.text()) > MAX_TERM_WORDS) {
            return false;
        }
        QuoteSpan span = QuoteSpan.of(q, page);
        return span != null && isNamedBefore(span.text(), span.open()) && !agentFollows(span.text(), span.close());
    }

    /** Whether a naming participle in the passive, or after a noun, ends the text before {@code open}. */
    static boolean isNamedBefore(String text, int open) {
        int end = open;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            if (Character.isLetterOrDigit(text.charAt(end - 1)) || text.charAt(end - 1) == ',') {
                return false;
            }
            end--;
        }
        String before = text.substring(0, end).toLowerCase(Locale.ROOT);
        for (String participle : PARTICIPLES) {
            if (before.endsWith(participle) && (before.length() == participle.length()
                    || !Character.isLetter(before.charAt(before.length() - participle.length() - 1)))) {
                return isPassiveOrAfterNoun(text, end - participle.length());
            }
        }
        return false;
    }

    /**
     * "what's called", "is known as", "so-called", "has been typically called" (passive), or "the technique
     * called" (a determiner and a lower-case noun before the participle); not "Gilbert called", "he dubbed".
     */
    private static boolean isPassiveOrAfterNoun(String text, int participleStart) {
        int i = participleStart;
        if (i >= 3 && text.regionMatches(true, i - 3, "so-", 0, 3)) {
            return true;
        }
        String previous = null;
        String word;
        while ((word = wordBefore(text, i)) != null) {
            int start = i - trailingGap(text, i) - word.length();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.endsWith("ly") && previous == null) {
                i = start; // an adverb: "typically called"
                continue;
            }
            if (PASSIVE_MARKS.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s")) {
                return previous == null;
            }
            if (previous == null) {
                if (!Character.isLowerCase(word.charAt(0)) || SUBJECT_PRONOUNS.contains(lower)) {
                    return false;
                }
                previous = lower;
                i = start;
                continue;
            }
            return DETERMINERS.contains(lower);
        }
        return false;
    }

    /** "was called “a disaster” by critics": a passive with its agent names who said it. */
    static boolean agentFollows(String text, int close) {
        int i = close;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.regionMatches(true, i, "by ", 0, 3);
    }

    private static int trailingGap(String text, int end) {
        int k = end;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return end - k;
    }

    /** The word (letters and apostrophes) right before {@code end}, past spaces; null at a punctuation mark. */
    private static String wordBefore(String text, int end) {
        int k = end - trailingGap(text, end);
        int start = k;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\''
                || text.charAt(start - 1) == '’')) {
            start--;
        }
        return start == k ? null : text.substring(start, k);
    }
}
