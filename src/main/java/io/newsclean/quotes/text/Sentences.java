package io.newsclean.quotes.text;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences: a period, question or exclamation mark followed by space
 * and a capital ends one, unless it closes an abbreviation or an initial. Quoted stretches are
 * never split inside; a quote that ends its own sentence ("… over." Then …) ends one.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = QuoteWords.SENTENCES.set("sentences.abbreviations");

    private Sentences() {
    }

    /** Sentence ranges {start, end} covering the paragraph, in order. */
    public static List<int[]> split(String text, List<QuotedSegment> quoted) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int q = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (q < quoted.size() && quoted.get(q).close() <= i) {
                q++;
            }
            if (q < quoted.size() && quoted.get(q).open() <= i) {
                QuotedSegment seg = quoted.get(q);
                int after = seg.close();
                if (seg.end() > seg.start() && isTerminal(text.charAt(lastNonSpace(text, seg.start(), seg.end())))
                        && startsSentence(text, after) && seg.open() > start) {
                    int next = skipSpace(text, after);
                    out.add(new int[]{start, after});
                    start = next;
                }
                i = Math.max(after, i + 1);
                continue;
            }
            char c = text.charAt(i);
            if (!isTerminal(c)) {
                // nothing can happen before the next terminal mark or the next quotation's opening
                i = nextTerminal(text, i + 1, q < quoted.size() ? quoted.get(q).open() : n);
                continue;
            }
            int j = i + 1;
            while (j < n && ")]’”\"'".indexOf(text.charAt(j)) >= 0 && !opensQuoteAt(quoted, q, j)) {
                j++;
            }
            if (startsSentence(text, j) && !(c == '.' && isAbbreviation(text, i))) {
                out.add(new int[]{start, j});
                start = skipSpace(text, j);
                i = start;
                continue;
            }
            i++;
        }
        if (start < n) {
            out.add(new int[]{start, n});
        }
        return out;
    }

    /** The first index in {@code [from, limit)} holding a terminal mark, or {@code limit}. */
    private static int nextTerminal(String text, int from, int limit) {
        int i = from;
        while (i < limit && !isTerminal(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean opensQuoteAt(List<QuotedSegment> quoted, int q, int j) {
        return q < quoted.size() && quoted.get(q).open() == j;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    private static int lastNonSpace(String text, int from, int to) {
        int k = to - 1;
        while (k > from && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == ',')) {
            k--;
        }
        return k;
    }

    /** The first position at or after {@code i} that is not white space. */
    public static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Space, then a capital, a digit or an opening mark. */
    private static boolean startsSentence(String text, int j) {
        if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        int k = skipSpace(text, j);
        if (k >= text.length()) {
            return false;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || QuoteMarks.isAnyMark(c) || c == '(' || c == '[';
    }

    private static boolean isAbbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && "(\"“'‘".indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(Names.lower(word));
    }
}
