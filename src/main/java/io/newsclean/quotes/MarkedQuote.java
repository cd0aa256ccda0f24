package io.newsclean.quotes;

import java.util.List;

/**
 * A quotation as the quotation marks delimit it: usually one segment, several when the quote
 * runs over paragraphs (the closing mark left off until the last one).
 */
record MarkedQuote(List<QuotedSegment> segments) {

    QuotedSegment first() {
        return segments.get(0);
    }

    QuotedSegment last() {
        return segments.get(segments.size() - 1);
    }
}
