package io.newsclean.quotes;

/** What a name or pronoun says about a person's gender, when anything. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    boolean compatible(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
