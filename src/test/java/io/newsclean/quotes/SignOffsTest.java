package io.newsclean.quotes;

import io.newsclean.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Attributions without a verb: a signature after a dash, and a role written before the speaker's name. */
class SignOffsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“I never thought I would see the day.” —Jessica Fields|I never thought|Jessica Fields",
            "“I never thought I would see the day.” ― Jessica Fields, nurse at the county hospital|I never thought|Jessica Fields",
            "“The update broke my whole setup and nobody answered for a week.” — blockbeta on Reddit|The update broke|blockbeta",
            "“It changed how we hire,” says Co-Founder, Stephanie Özcan.|It changed how we hire|Stephanie Özcan"})
    void theSignatureOrTheNameAfterTheRoleIsTheSpeaker(String paragraph, String quote, String speaker) {
        Quote q = Quotes.find(Quotes.extract("Readers respond", paragraph), quote);
        assertEquals(speaker, q.speaker());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "― Jane Smith, teacher at the county school|Jane Smith",
            "—Jane Smith|Jane Smith",
            "– Jane Smith, Portland|Jane Smith"})
    void aQuoteListSignedOnTheNextLineTakesTheSignature(String signature, String speaker) {
        List<Quote> quotes = Quotes.extract("What readers say",
                "“I love how the new library opens early on weekends.”", signature,
                "“It changed the way my kids spend their afternoons.”", "― John Doe, engineer at Acme");
        assertEquals(speaker, Quotes.find(quotes, "I love how").speaker());
        assertEquals("John Doe", Quotes.find(quotes, "It changed the way").speaker());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the traps: a dash that goes on with the author's own sentence, and a name opening a longer one
            "“I never thought I would see the day.” — and the day came sooner than anyone expected in the town.|I never thought",
            "“I never thought I would see the day.” — Jessica Fields and her neighbours spent the whole winter rebuilding the house by hand.|I never thought"})
    void aDashThatGoesOnIsNoSignature(String paragraph, String quote) {
        List<Quote> quotes = Quotes.extract("Readers respond", paragraph);
        assertNull(Quotes.find(quotes, quote).speaker(), quotes.toString());
    }
}
