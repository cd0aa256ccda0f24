package io.newsclean.quotes.attribution;

import io.newsclean.quotes.text.Word;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which verb before a quoted word gives it as someone's label ("hailed the vote as “fantastic”"). What the quote
 * pass makes of such words is in the attribution table (see QuoteTableTest).
 */
class QuotedLabelsTest {

    private static Word verb(String sentence) {
        return QuotedLabels.verbBefore(sentence, 0, sentence.indexOf('“'));
    }

    @Test
    void aLabellingVerbBeforeItsObjectAndAsFramesTheQuotedWord() {
        assertEquals("hailed", verb("Anna Berg hailed the vote to leave the union as “fantastic,” on Friday.").text());
        assertEquals("summed", verb("Paul Grant summed up his rival as a “loser.”").text());
        assertEquals("describing", verb("The mayor spoke for an hour, describing the plan as “reckless.”").text());
    }

    @Test
    void aNameGivenWithNoOneBehindItOrAClauseOpenedByAsIsNoLabel() {
        assertNull(verb("The hacker known as “Guccifer” was jailed in Romania."));
        assertNull(verb("Voters who register as “undeclared” may vote in either primary."));
        assertNull(verb("As the “establishment” wing regroups, the race tightens."));
        assertNull(verb("She described the meeting, as “friendly” talks go, as long."));
    }

    private static boolean given(String sentence) {
        return QuotedLabels.givenBySomeone(sentence, 0, sentence.indexOf('“'));
    }

    @Test
    void chantsSignsAndWhatSomeoneCallsAThingAreGivenWords() {
        assertTrue(given("The crowd broke into chants of “Feel the Bern” at nine."));
        assertTrue(given("He wore a hat that read “Make Mexico Great Again Also” on stage."));
        assertTrue(given("She attacked what her rival has called the “Evil Empire” for years."));
    }

    @Test
    void aBookReadOrAThingCalledByItsNameIsNoGivenWord() {
        assertFalse(given("He read “The Art of the Deal” twice."));
        assertFalse(given("He set up a website called “Cape Breton If Trump Wins” last week."));
        assertFalse(given("The show appeared on “Saturday Night Live” last week."));
    }
}
