package io.newsclean.quotes.attribution;

import io.newsclean.quotes.text.QuoteMarks;

/**
 * A closing mark left over right after a quotation's close: the inner quote's closer in
 * {@code ''… 'We'll bomb them,''' said X} or an inch mark the quote ended on ({@code he's like 6'2",” Rubio
 * said}). It closes nothing the attribution needs, so the attribution after it still counts. Only a mark
 * that touches the close (no word between) and is followed by space or punctuation is one: a mark glued to
 * the next word opens a new quotation.
 */
final class StrayCloser {
    private StrayCloser() {
    }

    /** Whether the character at {@code i} is such a mark, with only punctuation between {@code close} and it. */
    static boolean at(String text, int i, int close) {
        char c = text.charAt(i);
        if (!QuoteMarks.isDoubleCloser(c) && !QuoteMarks.isSymmetric(c) && !QuoteMarks.isSingleCloser(c)) {
            return false;
        }
        for (int k = close; k < i; k++) {
            if (Character.isLetterOrDigit(text.charAt(k)) || Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == ',';
    }
}
