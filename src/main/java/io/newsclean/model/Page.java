package io.newsclean.model;

import java.io.Reader;
import java.util.Objects;

/**
 * One input page, before any cleaning.
 *
 * @param text    the page's characters, decoded or still to decode
 * @param format  HTML or flattened text
 * @param charset the charset the bytes are decoded with
 * @param source  where the page came from, echoed in the output
 * @param url     the page address if known (from the caller, a WARC header or the markup), else null
 */
public record Page(PageText text, Format format, String charset, SourceInfo source, String url) {
    /**
     * Checks that the text, format and source are given.
     *
     * @param text    the page's characters
     * @param format  HTML or flattened text
     * @param charset the charset the bytes are decoded with
     * @param source  where the page came from
     * @param url     the page address, or null
     */
    public Page {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A page whose text is decoded already.
     *
     * @param content the page's characters
     * @param format  HTML or flattened text
     * @param charset the charset the text was decoded with
     * @param source  where the page came from
     * @param url     the page address, or null
     */
    public Page(String content, Format format, String charset, SourceInfo source, String url) {
        this(PageText.of(content), format, charset, source, url);
    }

    /**
     * The whole page as one string (decoded on each call when the page is held as bytes).
     *
     * @return the page's characters
     */
    public String content() {
        return text.asString();
    }

    /**
     * The page's characters from the start, decoded as they are read.
     *
     * @return a new reader
     */
    public Reader reader() {
        return text.reader();
    }
}
