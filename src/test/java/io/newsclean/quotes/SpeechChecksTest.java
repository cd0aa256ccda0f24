package io.newsclean.quotes;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a found quote needs to be speech on any page: not the author's own words, not a bare term. */
class SpeechChecksTest {

    @Test
    void theAuthorsOwnThinkingIsNotReportedSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "I think this will be the least expensive television of the season.",
                "We want to test the service with a load generator first.");
        assertTrue(quotes.isEmpty(), quotes.toString());
    }

    @Test
    void firstPersonInsideAQuotationIsTheSpeakers() {
        // the trap: "I" and "we" inside the marks belong to the person quoted
        List<Quote> quotes = Quotes.extract("Headline",
                "“I think we will win this race,” Maria Lopez said on Monday.");
        Quote q = Quotes.find(quotes, "I think we will win");
        assertEquals("Maria Lopez", q.speaker());
        assertEquals(QuoteType.DIRECT, q.type());
    }

    @Test
    void aThirdPersonBelieverStillReports() {
        // the trap: the same verb with a third-person subject is reported belief
        Quote q = Quotes.find(Quotes.extract("Headline",
                "Maria Lopez thinks the council will raise taxes next spring."), "the council");
        assertEquals("Maria Lopez", q.speaker());
    }

    @Test
    void theAuthorQuotingTheirOwnSpeechIsStillAQuotation() {
        // the trap: a memoir's "I said" introduces words spoken aloud, not the author's opinion
        Quote q = Quotes.find(Quotes.extract("Headline",
                "The judge turned to me. “I was seventeen years old when I came to this country,” I said."), "I was seventeen");
        assertEquals(QuoteType.DIRECT, q.type());
    }

    @Test
    void anUncuedFragmentOnAPageThatQuotesNoOneIsATerm() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Smart people were completely baffled by this “online business thing” for years.",
                "Start with the basics and build from there.");
        assertFalse(Quotes.anyContains(quotes, "online business thing"), quotes.toString());
    }

    @Test
    void anUncuedFragmentNextToReportedSpeechIsSomeonesWords() {
        // the trap: in a text that reports speech, a fragment without a cue of its own is still quoted speech
        List<Quote> quotes = Quotes.extract("Headline",
                "Misinformation is hard to dislodge, Jeffery Hemsley said on Tuesday.",
                "Good information can still drive out bad, but only when “the truth is sexier than the lie.”");
        Quote q = Quotes.find(quotes, "the truth is sexier");
        assertEquals(QuoteType.PARTIAL, q.type());
    }

    @Test
    void codeIsNotSearched() {
        List<Quote> quotes = Quotes.extract("Headline",
                "describe(\"Cow\", function() { it(\"should set the cow's name if provided\", function() { "
                        + "var cow = new Cow(\"Kate\"); expect(cow.name).to.equal(\"Kate\"); }); });",
                "$ cd ../bob $ echo 'better fix (bob)' >> file1 $ hg amend -u bob -m 'fix bug 24 (v2 by bob)'");
        assertTrue(quotes.isEmpty(), quotes.toString());
    }
}
