package io.newsclean.model;

import java.util.Locale;

/** The two kinds of input newsclean understands. */
public enum Format {
    /** A web page's markup. */
    HTML,
    /** Text a scraper flattened, one block per line. */
    TEXT;

    /**
     * The lower-case name used on the command line and in the JSON output.
     *
     * @return {@code html} or {@code text}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
