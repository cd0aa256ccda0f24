package io.newsclean.model;

import java.util.List;

/**
 * The clean article: the result of one page. Unknown fields are null or empty, never guessed.
 *
 * @param removed  the dropped blocks; filled only when an explanation was asked for
 * @param warnings notes about a page that could not be fully cleaned, such as "no-article"
 */
public record Article(SourceInfo source, String url, String title, List<String> authors, String published,
                      String siteName, String language, String description, List<String> paragraphs,
                      List<Quote> quotes, List<Removal> removed, List<String> warnings) {

    public Article {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    public Article withQuotes(List<Quote> found) {
        return new Article(source, url, title, authors, published, siteName, language, description,
                paragraphs, found, removed, warnings);
    }
}
