package io.newsclean.quotes.lexicon;

import java.util.Set;

/** What a name or pronoun says about a person's gender, when anything. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Set<String> MALE_ROLES = QuoteWords.NAMES.set("gender.male-roles");
    private static final Set<String> FEMALE_ROLES = QuoteWords.NAMES.set("gender.female-roles");

    public boolean compatible(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** "the woman", "the actress", "the spokesman": the gender a role noun gives its bearer, else UNKNOWN. */
    public static Gender ofRole(String noun) {
        String n = Names.lower(noun);
        return MALE_ROLES.contains(n) ? MALE : FEMALE_ROLES.contains(n) ? FEMALE : UNKNOWN;
    }
}
