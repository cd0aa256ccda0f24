package io.newsclean.model;

import java.util.Locale;

/** How a quotation was given in the article. */
public enum QuoteType {
    /** A quoted sentence in quotation marks. */
    DIRECT,
    /** A quoted fragment inside reported speech. */
    PARTIAL,
    /** Reported speech without quotation marks. */
    INDIRECT;

    /**
     * The lower-case name used in the JSON output.
     *
     * @return {@code direct}, {@code partial} or {@code indirect}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
