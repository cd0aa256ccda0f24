package io.newsclean.quotes.speakers;

import io.newsclean.quotes.lexicon.Names;

import java.util.List;

/**
 * The name inside a capitalised run ({@link Names#nameTokens}) with the keys the person index looks it up
 * by, worked out once per distinct run of an article: the same names come back paragraph after paragraph.
 *
 * @param tokens  the name's tokens, possibly none
 * @param full    the tokens joined by single spaces
 * @param surname the last token in lower case; empty when there are no tokens
 */
record RunName(List<String> tokens, String full, String surname) {
    static RunName of(List<String> tokens) {
        return new RunName(tokens, String.join(" ", tokens),
                tokens.isEmpty() ? "" : Names.lower(tokens.get(tokens.size() - 1)));
    }

    static RunName ofRun(String run) {
        return of(Names.nameTokens(run));
    }
}
