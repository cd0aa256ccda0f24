package io.newsclean.quotes.checks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which quoted spans are keys and values of a data literal kept in prose. */
class DataLiteralTest {
    private static final String RECORD = "add one link: { \"href\": <storage_root>, \"rel\": \"remotestorage\", \"n\": 2 }";

    @Test
    void aKeyBeforeAColonAndAValueAfterOneAreData() {
        assertTrue(DataLiteral.isKey(RECORD, RECORD.indexOf("href") + 4));
        assertTrue(DataLiteral.isKey(RECORD, RECORD.indexOf("rel") + 3));
        assertTrue(DataLiteral.isValue(RECORD, RECORD.indexOf("remotestorage")));
    }

    @Test
    void aQuotationThatAColonIntroducesWordsAfterIsNotData() {
        // the trap: a quoted phrase and a colon that go on with words, and a colon that introduces a quotation
        String advice = "“Pay attention”: that was all the advice she gave.";
        assertFalse(DataLiteral.isKey(advice, advice.indexOf('”')));
        String said = "She said: “Pay attention.”";
        assertFalse(DataLiteral.isValue(said, said.indexOf("Pay")));
    }
}
