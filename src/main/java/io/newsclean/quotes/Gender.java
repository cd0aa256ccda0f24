package io.newsclean.quotes;

import java.util.Set;

/** What a name or pronoun says about a person's gender, when anything. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Set<String> MALE_ROLES = Names.set(
            "man", "actor", "father", "son", "husband", "brother", "boy", "businessman", "spokesman", "chairman",
            "congressman", "king", "prince", "uncle", "grandfather", "widower");
    private static final Set<String> FEMALE_ROLES = Names.set(
            "woman", "actress", "mother", "daughter", "wife", "sister", "girl", "businesswoman", "spokeswoman",
            "chairwoman", "congresswoman", "queen", "princess", "aunt", "grandmother", "widow", "lady");

    boolean compatible(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** "the woman", "the actress", "the spokesman": the gender a role noun gives its bearer, else UNKNOWN. */
    static Gender ofRole(String noun) {
        String n = Names.lower(noun);
        return MALE_ROLES.contains(n) ? MALE : FEMALE_ROLES.contains(n) ? FEMALE : UNKNOWN;
    }
}
