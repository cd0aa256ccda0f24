package io.newsclean.archive;

import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;

/**
 * The outcome of cleaning one page: its article, or the error that stands for it.
 *
 * @param source   where the page came from
 * @param article  the article, or null for an error record
 * @param json     the record as written (UTF-8, without a line end)
 * @param error    why there is no article, or null
 * @param timedOut whether the error is the time limit
 */
public record CleanedRecord(SourceInfo source, Article article, byte[] json, String error, boolean timedOut) {

    /** Cleaned, but no article body was found (an index page, say): not a failure. */
    public boolean empty() {
        return article != null && article.paragraphs().isEmpty();
    }
}
