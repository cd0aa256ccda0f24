package io.newsclean.model;

import java.util.List;

/**
 * What a reader learned about the page outside its body text. Every field may be null
 * (or empty) when the page does not say; nothing here is guessed.
 *
 * @param titleCandidates possible titles, most trusted first (h1, og:title, JSON-LD headline, &lt;title&gt;)
 * @param authors         author names in page order
 * @param published       publication time as ISO-8601, normalised to UTC when an offset is known
 * @param siteName        the publication's name
 * @param language        ISO 639-1 code
 * @param description     the page's summary
 * @param url             the canonical address
 */
public record PageMetadata(List<String> titleCandidates, List<String> authors, String published,
                           String siteName, String language, String description, String url) {

    public static final PageMetadata EMPTY = new PageMetadata(List.of(), List.of(), null, null, null, null, null);

    public PageMetadata {
        titleCandidates = titleCandidates == null ? List.of() : List.copyOf(titleCandidates);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
