package io.newsclean.quotes.find;

import io.newsclean.quotes.text.QuotedSegment;

import java.util.List;

/**
 * A quotation as the quotation marks delimit it: usually one segment, several when the quote
 * runs over paragraphs (the closing mark left off until the last one).
 */
public record MarkedQuote(List<QuotedSegment> segments) {

    public QuotedSegment first() {
        return segments.get(0);
    }

    QuotedSegment last() {
        return segments.get(segments.size() - 1);
    }
}
