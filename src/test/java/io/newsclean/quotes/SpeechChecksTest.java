package io.newsclean.quotes;

import io.newsclean.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

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
    void anUncuedFragmentOnAPageThatQuotesNoOneIsATerm() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Smart people were completely baffled by this “online business thing” for years.",
                "Start with the basics and build from there.");
        assertFalse(Quotes.anyContains(quotes, "online business thing"), quotes.toString());
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
