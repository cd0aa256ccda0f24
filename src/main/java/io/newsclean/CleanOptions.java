package io.newsclean;

import io.newsclean.model.Format;

/**
 * How to clean one page.
 *
 * @param format  the input format, or null to sniff it
 * @param url     the page address, or null
 * @param charset a charset declared outside the page (HTTP or WARC header), or null
 * @param explain whether to list the dropped blocks
 */
public record CleanOptions(Format format, String url, String charset, boolean explain) {
    /** Sniff the format, no address, no outside charset, no explanation. */
    public static final CleanOptions DEFAULTS = new CleanOptions(null, null, null, false);
}
