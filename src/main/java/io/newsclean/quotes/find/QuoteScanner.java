package io.newsclean.quotes.find;

import io.newsclean.quotes.text.QuoteMarks;
import io.newsclean.quotes.text.QuotedSegment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quotation marks in an article's paragraphs. One linear pass per paragraph for double
 * marks (which nest), one for single marks outside them; a quote whose closing mark is left off
 * at the end of a paragraph continues when the next paragraph opens with a mark of its family.
 * Returns only outermost quotations: nested ones are part of their text.
 */
public final class QuoteScanner {

    public List<MarkedQuote> scan(List<String> paragraphs) {
        List<MarkedQuote> quotes = new ArrayList<>();
        List<QuotedSegment> pending = null;
        char pendingMark = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            Deque<Open> stack = new ArrayDeque<>();
            List<QuotedSegment> doubles = new ArrayList<>();
            // every double-quoted stretch of this paragraph, those of quotes over paragraphs too: no single mark inside counts
            List<QuotedSegment> covered = new ArrayList<>();
            int from = 0;
            if (pending != null) {
                int width = markWidth(text, 0);
                if (width > 0 && QuoteMarks.continues(pendingMark, markAt(text, 0))) {
                    stack.push(new Open(pendingMark, 0, width));
                    from = width;
                } else {
                    quotes.add(new MarkedQuote(pending));
                    pending = null;
                }
            }
            for (int i = nextMaybeMark(text, from); i < text.length(); i = nextMaybeMark(text, i)) {
                int width = markWidth(text, i);
                if (width == 0) {
                    i++;
                    continue;
                }
                char c = markAt(text, i);
                if (c == '“' && stack.size() == 1 && stack.peek().mark == '“' && followsSentenceEnd(text, i)) {
                    // “… shell-shocked. “And she said …”: English does not nest “ in “, so the first was left open
                    Open unclosed = stack.pop();
                    int end = i;
                    while (end > unclosed.contentStart() && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    QuotedSegment seg = new QuotedSegment(p, unclosed.pos, unclosed.contentStart(), end, end);
                    pending = closeSegment(seg, pending, quotes, doubles, covered);
                }
                Open closed = handleDouble(text, i, width, c, stack);
                if (closed != null && stack.isEmpty()) {
                    QuotedSegment seg = new QuotedSegment(p, closed.pos, closed.contentStart(), i, i + width);
                    pending = closeSegment(seg, pending, quotes, doubles, covered);
                }
                i += width;
            }
            if (!stack.isEmpty()) {
                Open bottom = stack.getLast();
                QuotedSegment seg = new QuotedSegment(p, bottom.pos, bottom.contentStart(), text.length(), text.length());
                covered.add(seg);
                String next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : "";
                boolean continues = markWidth(next, 0) > 0 && QuoteMarks.continues(bottom.mark, markAt(next, 0));
                if (pending == null) {
                    pending = new ArrayList<>();
                }
                pending.add(seg);
                pendingMark = bottom.mark;
                if (!continues) {
                    quotes.add(new MarkedQuote(pending));
                    pending = null;
                }
            }
            for (QuotedSegment single : scanSingles(p, text, covered)) {
                doubles.removeIf(single::contains);
                doubles.add(single);
            }
            for (QuotedSegment seg : doubles) {
                quotes.add(new MarkedQuote(List.of(seg)));
            }
        }
        if (pending != null) {
            quotes.add(new MarkedQuote(pending));
        }
        quotes.sort(Comparator.comparingInt((MarkedQuote q) -> q.first().paragraph()).thenComparingInt(q -> q.first().open()));
        return quotes;
    }

    /**
     * Files a closed outermost segment: the last part of a quote over paragraphs when one is pending,
     * otherwise a quote of its own. Returns what stays pending (nothing).
     */
    private static List<QuotedSegment> closeSegment(QuotedSegment seg, List<QuotedSegment> pending, List<MarkedQuote> quotes,
                                                    List<QuotedSegment> doubles, List<QuotedSegment> covered) {
        covered.add(seg);
        if (pending != null) {
            pending.add(seg);
            quotes.add(new MarkedQuote(pending));
        } else {
            doubles.add(seg);
        }
        return null;
    }

    /** Updates the stack for one double-style mark; returns the element it closed, if any. */
    private static Open handleDouble(String text, int i, int width, char c, Deque<Open> stack) {
        boolean leftFlank = i + width < text.length() && !Character.isWhitespace(text.charAt(i + width));
        boolean rightFlank = i > 0 && (!Character.isWhitespace(text.charAt(i - 1))
                || i > 1 && (text.charAt(i - 2) == '\'' || text.charAt(i - 2) == '’')); // ,' " closes both
        boolean opening = leftFlank && opensHere(text, i);
        if (QuoteMarks.isSymmetric(c)) {
            boolean afterOpeningPunct = i > 0 && "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
            if (rightFlank && containsMark(stack, c) && !(leftFlank && afterOpeningPunct)) {
                return popTo(stack, c);
            }
            if (opening && !(c == '"' && i > 0 && Character.isDigit(text.charAt(i - 1)))) {
                stack.push(new Open(c, i, i + width));
            }
            return null;
        }
        Open top = stack.peek();
        if (top != null && QuoteMarks.closes(top.mark, c) && (rightFlank || !leftFlank)) {
            return stack.pop();
        }
        if (c == '“' && top != null && top.mark == '“' && rightFlank && !leftFlank) {
            return stack.pop(); // an opening mark typed where the closing one belongs: “abhorrent“ in a tweet
        }
        if (QuoteMarks.isDoubleOpener(c)) {
            // French typography sets a space inside guillemets: « Bonjour »
            if (leftFlank || (c == '«' || c == '‹') && i + width < text.length()) {
                stack.push(new Open(c, i, i + width));
            }
            return null;
        }
        if (QuoteMarks.isDoubleCloser(c)) {
            Open match = closeMatching(stack, c);
            if (match != null) {
                return popTo(stack, match.mark);
            }
            if (c == '»' && opening) {
                stack.push(new Open(c, i, i + width));
            }
        }
        return null;
    }

    private static Open closeMatching(Deque<Open> stack, char closer) {
        for (Open o : stack) {
            if (QuoteMarks.closes(o.mark, closer)) {
                return o;
            }
        }
        return null;
    }

    private static boolean containsMark(Deque<Open> stack, char mark) {
        for (Open o : stack) {
            if (o.mark == mark || QuoteMarks.closes(o.mark, mark)) {
                return true;
            }
        }
        return false;
    }

    /** Pops every element down to and including the nearest one opened by {@code mark}. */
    private static Open popTo(Deque<Open> stack, char mark) {
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            if (o.mark == mark || QuoteMarks.closes(o.mark, mark)) {
                return o;
            }
        }
        return null;
    }

    /** True when only space stands between {@code i} and a sentence's final mark (and its closing bracket or quote). */
    private static boolean followsSentenceEnd(String text, int i) {
        int k = i;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        if (k == i) {
            return false;
        }
        while (k > 0 && ")’'".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k > 0 && ".?!".indexOf(text.charAt(k - 1)) >= 0;
    }

    /** Single quotes outside the double-quoted stretches, which they may enclose. */
    private static List<QuotedSegment> scanSingles(int p, String text, List<QuotedSegment> doubles) {
        List<QuotedSegment> found = new ArrayList<>();
        int openAt = -1;
        int d = 0;
        for (int i = nextMaybeSingle(text, 0); i < text.length(); i = nextMaybeSingle(text, i + 1)) {
            while (d < doubles.size() && doubles.get(d).close() <= i) {
                d++;
            }
            if (d < doubles.size() && doubles.get(d).open() <= i) {
                i = doubles.get(d).close() - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == '\'' && ((i + 1 < text.length() && text.charAt(i + 1) == '\'') || (i > 0 && text.charAt(i - 1) == '\''))) {
                continue;
            }
            if (openAt < 0) {
                if (QuoteMarks.isSingleOpener(c) && opensHere(text, i) && i + 1 < text.length()
                        && !Character.isWhitespace(text.charAt(i + 1)) && !isElision(text, i)) {
                    openAt = i;
                }
            } else if (QuoteMarks.isSingleCloser(c) && i > openAt + 1 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                found.add(new QuotedSegment(p, openAt, openAt + 1, i, i + 1));
                openAt = -1;
            }
        }
        return found;
    }

    /**
     * The first index from {@code i} holding a character that may be a quotation mark, or the
     * text's length: most of a text is plain letters, which this skips without the full checks.
     */
    private static int nextMaybeMark(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c >= 0xAB && QuoteMarks.isAnyMark(c)) {
                return i;
            }
            i++;
        }
        return n;
    }

    /** The first index from {@code i} holding a single quotation mark or apostrophe, or the text's length. */
    private static int nextMaybeSingle(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c >= 0x2018 && (QuoteMarks.isSingleOpener(c) || QuoteMarks.isSingleCloser(c))) {
                return i;
            }
            i++;
        }
        return n;
    }

    /** {@code '90s}, {@code 'em}, {@code 'til}: an apostrophe standing for dropped letters. */
    private static boolean isElision(String text, int i) {
        int j = i + 1;
        if (j + 1 < text.length() && Character.isDigit(text.charAt(j)) && Character.isDigit(text.charAt(j + 1))) {
            return true;
        }
        for (String word : ELISIONS) {
            if (text.regionMatches(true, j, word, 0, word.length())
                    && (j + word.length() == text.length() || !Character.isLetter(text.charAt(j + word.length())))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ELISIONS = {"em", "til", "cause", "n", "tis", "twas", "round"};

    /** A mark opens a quote only at the start of a word: after nothing, space, a bracket or a dash. */
    private static boolean opensHere(String text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{—–-/:;".indexOf(prev) >= 0 || QuoteMarks.isAnyMark(prev);
    }

    /** Width of the quotation mark at {@code i} (0 when there is none). */
    static int markWidth(String text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '\'') {
            return i + 1 < text.length() && text.charAt(i + 1) == '\'' ? 2 : 0;
        }
        return QuoteMarks.isDoubleOpener(c) || QuoteMarks.isDoubleCloser(c) || c == '"' ? 1 : 0;
    }

    private static char markAt(String text, int i) {
        char c = text.charAt(i);
        return c == '\'' ? QuoteMarks.TWO_APOSTROPHES : c;
    }

    private record Open(char mark, int pos, int contentStart) {
    }
}
