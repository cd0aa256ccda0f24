package io.newsclean.quotes.checks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which quoted spans are addresses and identifiers rather than words. */
class NonProseQuoteTest {

    @Test
    void anAddressOrAnIdentifierIsNotWords() {
        assertTrue(NonProseQuote.isNonProse("http://tools.ietf.org/html/rfc6750#section-2.3"));
        assertTrue(NonProseQuote.isNonProse("status_window"));
        assertTrue(NonProseQuote.isNonProse("press@example.com"));
    }

    @Test
    void wordsAndAbbreviationsAreProse() {
        // the traps: a slash between words with spaces around, an abbreviation's periods, a hyphenated word
        assertFalse(NonProseQuote.isNonProse("and/or a fine of up to $500"));
        assertFalse(NonProseQuote.isNonProse("U.S."));
        assertFalse(NonProseQuote.isNonProse("game-changer"));
    }
}
