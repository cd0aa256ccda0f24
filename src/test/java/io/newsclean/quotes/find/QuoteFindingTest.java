package io.newsclean.quotes.find;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.Quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which quoted words count as quotes: mistyped marks, fragments framed by a cue, titles, split quotes. */
class QuoteFindingTest {

    @Test
    void anOpeningMarkTypedWhereTheClosingOneBelongsClosesTheQuote() {
        List<Quote> quotes = Quotes.extract(
                "Ted Cruz called the group “abhorrent“ in a tweet on Sunday, and his aides said nothing more.");
        Quote q = Quotes.find(quotes, "abhorrent");
        assertEquals("abhorrent", q.text());
        assertFalse(Quotes.anyContains(quotes.stream().filter(x -> x.type() != QuoteType.INDIRECT).toList(), "tweet"),
                quotes.toString());
    }

    @Test
    void anOpeningMarkAfterASpaceStillOpens() {
        List<Quote> quotes = Quotes.extract("“We will win,” Maria Lopez said. “And we will “keep” winning.”");
        assertTrue(Quotes.anyContains(quotes, "We will win"), quotes.toString());
    }



    @Test
    void singleMarksInsideAQuoteOverParagraphsAreNotQuotesOfTheirOwn() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“I went to the office and told the staff, ‘We are closing for good.’ Nobody said a word.",
                "“Then we all went home,” Anna Berg said.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("We are closing")), quotes.toString());
        assertTrue(Quotes.anyContains(quotes, "Nobody said a word"), quotes.toString());
    }






    @Test
    void quotedWordsInsideAnAccusationAreStillNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Officials in Kiev accused Moscow of “arming rebels” and backing “separatists” in the east.");
        assertFalse(Quotes.anyContains(quotes.stream().filter(q -> q.type() != QuoteType.INDIRECT).toList(), "rebels"),
                quotes.toString());
        assertFalse(quotes.stream().anyMatch(q -> q.text().equals("separatists")), quotes.toString());
    }




    @Test
    void aShortFragmentAfterAnAccusationStaysOutEvenWithoutAPerson() {
        List<Quote> quotes = Quotes.extract("Headline",
                "The ministry was accused by several of its partners of “meddling” in the vote.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().equals("meddling")), quotes.toString());
    }

    @Test
    void aShortQuotedWordWithNoCueAndNoSpeakerIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline", "The “reform” package passed the house on a narrow vote.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().equals("reform")), quotes.toString());
    }


    @Test
    void aTitleEndingTheSentenceRightAfterTheWordForTheWorkIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "His parents stayed, Paul Grant said in his 2012 book, “A Quiet Son.”",
                "Anna Berg is a host on the television show “Shark Tank.”");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("A Quiet Son") || q.text().startsWith("Shark Tank")),
                quotes.toString());
    }








    @Test
    void aShowNamedAfterAListenerCueOrAnOutletIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant told “Fox and Friends” that he would run again.",
                "Maria Lopez said so on CNN’s “New Day.”");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Fox and") || q.text().startsWith("New Day")),
                quotes.toString());
    }




    @Test
    void aQuoteSplitByItsAttributionWithACommaIsStillOneQuote() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“The plan is dead,” Paul Grant said, “and nobody will revive it.”");
        Quote q = Quotes.find(quotes, "The plan is dead");
        assertEquals("The plan is dead and nobody will revive it.", q.text());
        assertNull(quotes.stream().filter(x -> x.text().startsWith("and nobody")).findFirst().orElse(null));
    }
}
