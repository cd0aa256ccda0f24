package io.newsclean.quotes.speakers;

import io.newsclean.quotes.lexicon.Gender;
import io.newsclean.quotes.lexicon.Names;

import java.util.List;

/**
 * The name inside a capitalised run ({@link Names#nameTokens}) with what the person index asks of it,
 * worked out once per distinct run of an article: the same names come back paragraph after paragraph.
 */
final class RunName {
    private final List<String> tokens;
    /** The run the name was read from, or null when it was made from tokens. */
    private final String run;
    private String full;
    private String surname;
    private Gender firstNameGender;
    private Gender titleGender;
    private int notAPerson = -1;

    private RunName(String run, List<String> tokens) {
        this.run = run;
        this.tokens = tokens;
    }

    static RunName of(List<String> tokens) {
        return new RunName(null, tokens);
    }

    static RunName ofRun(String run) {
        return new RunName(run, Names.nameTokens(run));
    }

    /** The name's tokens, possibly none. */
    List<String> tokens() {
        return tokens;
    }

    /** The tokens joined by single spaces. */
    String full() {
        if (full == null) {
            full = tokens.size() == 1 ? tokens.get(0) : String.join(" ", tokens);
        }
        return full;
    }

    /** The last token in lower case; empty when there are no tokens. */
    String surname() {
        if (surname == null) {
            surname = tokens.isEmpty() ? "" : Names.lower(tokens.get(tokens.size() - 1));
        }
        return surname;
    }

    /** The gender the first token tells as a given name; UNKNOWN when there are no tokens or it tells none. */
    Gender firstNameGender() {
        if (firstNameGender == null) {
            firstNameGender = tokens.isEmpty() ? Gender.UNKNOWN : Names.genderOfFirstName(tokens.get(0));
        }
        return firstNameGender;
    }

    /**
     * The gender the last title among the run's words tells ("Mrs.", "Sen. … spokesman"); UNKNOWN when none
     * does or the name was not read from a run.
     */
    Gender titleGender() {
        if (titleGender == null) {
            titleGender = run == null ? Gender.UNKNOWN : Names.lastTitleGender(run);
        }
        return titleGender;
    }

    /**
     * Whether a token shows an organisation, a place or a heading rather than a person: a word in capitals
     * that is no initial, or, unless the name opens with a known given name, an organisation's word.
     */
    boolean namesNoPerson() {
        if (notAPerson < 0) {
            boolean known = firstNameGender() != Gender.UNKNOWN;
            boolean no = false;
            for (String t : tokens) {
                if (!known && Names.isOrgWord(t) || isAllCapitals(t) && !Names.isInitial(t)) {
                    no = true;
                    break;
                }
            }
            notAPerson = no ? 1 : 0;
        }
        return notAPerson == 1;
    }

    static boolean isAllCapitals(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isUpperCase(c) && c != '.') {
                return false;
            }
        }
        return true;
    }
}
