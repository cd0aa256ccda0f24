package io.newsclean.quotes;

import io.newsclean.model.Quote;

import java.util.List;

/** Finds quotations and their speakers in an article's final paragraphs. Thread-safe. */
public final class QuoteExtractor {

    /**
     * @param paragraphs the article body, in reading order
     * @param language   ISO 639-1 code of the text, or null if unknown
     */
    public List<Quote> extract(List<String> paragraphs, String language) {
        return List.of();
    }
}
