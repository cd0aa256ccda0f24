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
    private final String full;
    private final String surname;
    private Gender firstNameGender;
    private int notAPerson = -1;

    private RunName(List<String> tokens) {
        this.tokens = tokens;
        this.full = String.join(" ", tokens);
        this.surname = tokens.isEmpty() ? "" : Names.lower(tokens.get(tokens.size() - 1));
    }

    static RunName of(List<String> tokens) {
        return new RunName(tokens);
    }

    static RunName ofRun(String run) {
        return of(Names.nameTokens(run));
    }

    /** The name's tokens, possibly none. */
    List<String> tokens() {
        return tokens;
    }

    /** The tokens joined by single spaces. */
    String full() {
        return full;
    }

    /** The last token in lower case; empty when there are no tokens. */
    String surname() {
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
