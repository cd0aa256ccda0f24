package io.newsclean.batch;

/** What became of one input. */
public enum Outcome {
    /** Cleaned, with an article body. */
    CLEANED,
    /** Cleaned, but no article body was found (an index page, say); not a failure. */
    EMPTY,
    /** Could not be cleaned: an error record was written. */
    FAILED,
    /** An earlier run already wrote it: skipped. */
    UP_TO_DATE
}
