package io.newsclean.model;

import java.util.List;

/**
 * What a reader learned about the page outside its body text. Every field may be null
 * (or empty) when the page does not say; nothing here is guessed.
 *
 * @param titleCandidates possible titles, most trusted first (h1, og:title, JSON-LD headline, &lt;title&gt;)
 * @param authors         author names in page order
 * @param published       publication time as ISO-8601, with the offset the page gave
 * @param modified        last modification time, as {@code published}
 * @param siteName        the publication's name
 * @param language        ISO 639-1 code
 * @param description     the page's summary
 * @param url             the canonical address
 * @param image           the lead image's absolute address
 * @param tags            keywords and tags, as the page gives them
 */
public record PageMetadata(List<String> titleCandidates, List<String> authors, String published, String modified,
                           String siteName, String language, String description, String url, String image,
                           List<String> tags) {

    public static final PageMetadata EMPTY = new PageMetadata(List.of(), List.of(), null, null, null, null, null, null,
            null, List.of());

    public PageMetadata {
        titleCandidates = titleCandidates == null ? List.of() : List.copyOf(titleCandidates);
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Metadata without a modification date, lead image or tags, as a text dump gives it. */
    public PageMetadata(List<String> titleCandidates, List<String> authors, String published, String siteName,
                        String language, String description, String url) {
        this(titleCandidates, authors, published, null, siteName, language, description, url, null, List.of());
    }

    /** The same metadata in another language. */
    public PageMetadata withLanguage(String code) {
        return new PageMetadata(titleCandidates, authors, published, modified, siteName, code, description, url, image,
                tags);
    }
}
