package io.newsclean.quotes.attribution;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.Quotes;
import io.newsclean.quotes.text.Word;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quoted word given as someone's label ("hailed the vote as “fantastic”") is that person's word. */
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

    @Test
    void aShortLabelIsKeptAsAPartialQuoteOfTheLabeller() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Angela Merkel heralded the deal with Turkey as a “breakthrough.”");
        Quote q = Quotes.find(quotes, "breakthrough");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertNotNull(q.speaker());
        assertEquals("Angela Merkel", q.speaker());
    }

    @Test
    void aCapitalisedNicknameSomeoneGivesIsTheirWordsNotATitle() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant again referred to his rival as “Little Marco” at the rally.");
        Quote q = Quotes.find(quotes, "Little Marco");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Paul Grant", q.speaker());
    }

    @Test
    void aShortNicknameAfterKnownAsStaysOut() {
        List<Quote> quotes = Quotes.extract("Headline",
                "The police unit, known as the “Night Crew,” was disbanded in 1991.",
                "The hacker known as “Guccifer” was jailed.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Night Crew") || q.text().equals("Guccifer")),
                quotes.toString());
    }
}
