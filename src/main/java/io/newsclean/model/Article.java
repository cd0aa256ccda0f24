package io.newsclean.model;

import java.util.List;

/**
 * The clean article: the result of one page. Unknown fields are null or empty, never guessed.
 *
 * @param removed  the dropped blocks; filled only when an explanation was asked for
 * @param warnings notes about a page that could not be fully cleaned, such as "no-article"
 */
public record Article(SourceInfo source, String url, String title, List<String> authors, String published,
                      String modified, String siteName, String language, String description, String image,
                      List<String> tags, List<String> paragraphs,
                      List<Quote> quotes, List<Removal> removed, List<String> warnings) {

    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    /** An article whose page gives no modification date, lead image or tags. */
    public Article(SourceInfo source, String url, String title, List<String> authors, String published,
                   String siteName, String language, String description, List<String> paragraphs,
                   List<Quote> quotes, List<Removal> removed, List<String> warnings) {
        this(source, url, title, authors, published, null, siteName, language, description, null, List.of(),
                paragraphs, quotes, removed, warnings);
    }

    public Article withQuotes(List<Quote> found) {
        return new Article(source, url, title, authors, published, modified, siteName, language, description, image,
                tags, paragraphs, found, removed, warnings);
    }
}
