package io.newsclean.quotes.checks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which naming participles before a quoted term make it a name rather than someone's words. */
class NamedTermTest {

    private static boolean named(String text) {
        return NamedTerm.isNamedBefore(text, text.indexOf('“'));
    }

    @Test
    void aPassiveOrANounBeforeTheParticipleNamesAThing() {
        assertTrue(named("diagnosed with what's called “feather duvet lung”"));
        assertTrue(named("the so-called “special relationship”"));
        assertTrue(named("what is typically called “regenerative medicine”"));
        assertTrue(named("a condition known as “deja vu”"));
        assertTrue(named("the researchers used the technique called “mental chronometry”"));
    }

    @Test
    void aSubjectBeforeTheVerbMakesItSomeonesWords() {
        // the traps: the same verbs with a subject, or with an object between the verb and the quote
        assertFalse(named("hopes of shedding what Gilbert called “a perception problem”"));
        assertFalse(named("swipes at Marco Rubio, who he dubbed “the little senator”"));
        assertFalse(named("a creature that they referred to as “The Worm”"));
        assertFalse(named("Trump called it “a disaster”"));
    }

    @Test
    void aPassiveWithItsAgentNamesWhoSaidIt() {
        String text = "The plan was called “a disaster” by Senator Anna Berg.";
        assertTrue(NamedTerm.agentFollows(text, text.indexOf('”')));
        String later = "The plan was called “a disaster” last year.";
        assertFalse(NamedTerm.agentFollows(later, later.indexOf('”')));
    }
}
