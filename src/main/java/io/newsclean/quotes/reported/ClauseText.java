package io.newsclean.quotes.reported;

import io.newsclean.quotes.attribution.Attribution;
import io.newsclean.quotes.find.Candidate;
import io.newsclean.quotes.text.QuotedSegment;
import io.newsclean.quotes.text.Spans;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.Words;

import java.util.List;

/**
 * Small text helpers shared by the reported-speech patterns: words, white space, quotation overlap,
 * and the candidate a reported clause becomes when it has words enough.
 */
final class ClauseText {
    static final int MIN_CLAUSE_WORDS = 2;

    private ClauseText() {
    }

    static Candidate clause(int p, String text, int start, int end, Attribution a, int minWords) {
        int[] span = Spans.trimmed(text, start, end);
        if (span == null || Words.countWords(text, span) < minWords) {
            return null;
        }
        Candidate c = new Candidate(p, span[0], span[1]);
        c.attribute(a, p, text);
        return c;
    }

    static Word firstWord(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < to && !Character.isWhitespace(text.charAt(j)) && ",.;:!?".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return j > i ? new Word(text, i, j) : null;
    }

    static int lastNonSpace(String text, int from, int before) {
        int k = before - 1;
        while (k >= from && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }

    /** Whether a whole word opens the text at {@code at}. */
    static boolean startsWithWord(String text, int at, String word) {
        int after = at + word.length();
        return text.startsWith(word, at) && (after == text.length() || !Character.isLetter(text.charAt(after)));
    }

    /** The sentence's end without its final punctuation. */
    static int clauseEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".!?".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    static boolean overlapsQuote(Candidate c, List<QuotedSegment> quoted) {
        for (QuotedSegment s : c.segments) {
            if (overlapsQuote(s.start(), s.end(), quoted)) {
                return true;
            }
        }
        return false;
    }

    static boolean overlapsQuote(int start, int end, List<QuotedSegment> quoted) {
        for (QuotedSegment q : quoted) {
            if (q.open() < end && q.close() > start) {
                return true;
            }
        }
        return false;
    }
}
