package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;

/**
 * A quote's place in its paragraph as string indexes: a quote counts its offsets in code points,
 * as the output does, while the checks read the paragraph's chars around it.
 *
 * @param text  the quote's paragraph
 * @param open  the char index where the quote starts
 * @param close the char index where it ends
 */
record QuoteSpan(String text, int open, int close) {
    /** The quote's span in its paragraph, or null when the page holds no such paragraph. */
    static QuoteSpan of(Quote q, PageVoice page) {
        if (q.paragraph() >= page.paragraphs().size()) {
            return null;
        }
        String text = page.paragraphs().get(q.paragraph());
        int points = text.codePointCount(0, text.length());
        return new QuoteSpan(text,
                text.offsetByCodePoints(0, Math.min(q.start(), points)),
                text.offsetByCodePoints(0, Math.min(q.end(), points)));
    }
}
