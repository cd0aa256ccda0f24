package io.newsclean.model;

import java.util.Objects;

/**
 * One decoded input page, before any cleaning.
 *
 * @param content the page as text, already decoded from its charset
 * @param format  HTML or flattened text
 * @param charset the charset the bytes were decoded with
 * @param source  where the page came from, echoed in the output
 * @param url     the page address if known (from the caller, a WARC header or the markup), else null
 */
public record Page(String content, Format format, String charset, SourceInfo source, String url) {
    public Page {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
    }
}
