package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.text.QuoteMarks;
import io.newsclean.quotes.text.Words;

/**
 * A quoted key or value of a data literal kept in prose ({ "href": &lt;root&gt;, "rel": "remotestorage" }):
 * a short span with a colon right after it and a value after the colon (a quotation mark, a brace, a
 * bracket, an angle bracket or a digit), or a colon right before it with a closing quotation mark before
 * that. Code paragraphs are not searched at all; this catches a literal inside a paragraph of prose. A
 * quotation that introduces words with a colon ("“Pay attention”: that was his advice") goes on with
 * a word, not a value.
 */
public final class DataLiteral implements SpeechCheck {
    /** Keys and values are a word or two; longer quotations before a colon are sentences. */
    static final int MAX_WORDS = 3;
    private static final String VALUE_OPENERS = "{[<0123456789";

    @Override
    public boolean drops(Quote q, PageVoice page) {
        if (q.type() == QuoteType.INDIRECT || Words.letterRuns(q.text()) > MAX_WORDS) {
            return false;
        }
        QuoteSpan span = QuoteSpan.of(q, page);
        return span != null && (isKey(span.text(), span.close()) || isValue(span.text(), span.open()));
    }

    /** A closing mark, a colon and a value right after the span ending at {@code close}. */
    static boolean isKey(String text, int close) {
        int i = close;
        if (i < text.length() && QuoteMarks.isAnyMark(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ':') {
            return false;
        }
        i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (QuoteMarks.isAnyMark(text.charAt(i)) || VALUE_OPENERS.indexOf(text.charAt(i)) >= 0);
    }

    /** A closing mark and a colon right before the opening mark of the span starting at {@code open}. */
    static boolean isValue(String text, int open) {
        int i = open - 1; // the opening mark
        if (i < 0 || !QuoteMarks.isAnyMark(text.charAt(i))) {
            return false;
        }
        i--;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 1 && text.charAt(i) == ':' && QuoteMarks.isAnyMark(text.charAt(i - 1));
    }
}
