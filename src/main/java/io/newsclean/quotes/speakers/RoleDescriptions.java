package io.newsclean.quotes.speakers;

import io.newsclean.quotes.lexicon.Gender;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves a definite role description ("the analyst", "the Florida senator", "the spokesman") to the person
 * the article means: first someone it described with that role (and the description's qualifiers), else the
 * latest person in subject position nearby, of the role's gender, and never someone the description names.
 */
final class RoleDescriptions {
    /** How many paragraphs back a person described with the role may stand. */
    private static final int ROLE_REACH = 6;
    /** How many paragraphs back the latest subject may stand when no one was described with the role. */
    private static final int SUBJECT_REACH = 3;

    /**
     * Roles of people who speak for someone else or stay unnamed: "the spokesman" after a paragraph about
     * David Cameron is his spokesman, not Cameron. Such a description goes to a person the article described
     * so, or else only to the subject of its own paragraph ("Ari Fleischer said … said the former top aide").
     */
    private static final Set<String> SPEAKS_FOR_OTHERS = QuoteWords.NAMES.set("role-descriptions.speaks-for-others");

    private RoleDescriptions() {
    }

    /**
     * The person a description means, or null when none fits.
     *
     * @param words the description's words ("the", "Florida", "senator")
     * @param head  its role noun, lower-case ("senator")
     */
    static PersonIndex.Person resolve(PersonIndex people, String[] words, String head, int paragraph, int pos) {
        Gender gender = Gender.ofRole(head);
        List<String> qualifiers = qualifiers(words);
        Predicate<PersonIndex.Person> fits = person -> gender.compatible(person.gender);
        PersonIndex.Person p = null;
        if (!qualifiers.isEmpty()) {
            // of the people described with the role, one described with the same words too ("Marco Rubio, the
            // Florida senator" for "the Florida senator") comes first
            p = people.withRole(head, paragraph, pos, ROLE_REACH, fits.and(person -> describedWithAll(person, qualifiers)));
        }
        if (p == null) {
            p = people.withRole(head, paragraph, pos, ROLE_REACH, fits);
        }
        if (p == null) {
            int reach = SPEAKS_FOR_OTHERS.contains(head) ? 0 : SUBJECT_REACH;
            p = people.recent(gender, paragraph, pos, reach, true, fits);
        }
        return p != null && !namedInside(words, p) ? p : null;
    }

    /**
     * "the Florida senator", "the Democratic presidential candidate": the capitalised words that narrow a
     * description down, lower-cased.
     */
    private static List<String> qualifiers(String[] words) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < words.length - 1; i++) {
            String bare = Names.bare(words[i]);
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !Names.isFunctionWord(bare)) {
                out.add(Names.lower(bare));
            }
        }
        return out;
    }

    /** Whether the article describes a person with every one of these words. */
    private static boolean describedWithAll(PersonIndex.Person person, List<String> qualifiers) {
        for (String q : qualifiers) {
            if (!PersonIndex.describedAs(person, q)) {
                return false;
            }
        }
        return true;
    }

    /** "the Lincoln actor", "the Clinton aide": a description that names a person is about someone else. */
    private static boolean namedInside(String[] words, PersonIndex.Person p) {
        for (String w : words) {
            String bare = Names.bare(w);
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !Names.isFunctionWord(bare)
                    && containsToken(p.fullName, bare)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsToken(String name, String token) {
        for (String t : Names.words(name)) {
            if (Names.bare(t).equals(token)) {
                return true;
            }
        }
        return false;
    }
}
