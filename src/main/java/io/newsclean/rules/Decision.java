package io.newsclean.rules;

/** What a rule says about one block. */
public enum Decision {
    KEEP,
    DROP,
    /** The rule has no opinion; later rules decide. */
    PASS
}
