package io.newsclean.model;

import java.util.Locale;

/** The two kinds of input newsclean understands. */
public enum Format {
    HTML,
    TEXT;

    /** The lower-case name used on the command line and in the JSON output. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
