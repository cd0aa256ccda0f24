package io.newsclean.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineFeaturesTest {

    @Test
    void measuresProse() {
        LineFeatures f = LineFeatures.of("He noted that the meeting would be a signal for NATO to think about it.",
                Stopwords.of("en"));
        assertEquals(15, f.words());
        assertTrue(f.endsSentence());
        assertEquals(1, f.sentenceEnds());
        assertTrue(f.stopwordDensity() > 0.3, "prose is full of small words");
        assertTrue(f.capitalizedShare() < 0.3);
    }

    @Test
    void measuresAMenuItemOrHeadline() {
        LineFeatures f = LineFeatures.of("NATO, Russia Consider Council Meeting", Stopwords.of("en"));
        assertEquals(5, f.words());
        assertFalse(f.endsSentence());
        assertEquals(1.0, f.capitalizedShare());
        assertEquals(0.0, f.stopwordDensity());
    }

    @Test
    void sentenceEndsSkipClosingQuotesButNotDecimals() {
        assertTrue(LineFeatures.of("\"It could help in the talks,\" he said.\u201d", null).endsSentence());
        assertEquals(0, LineFeatures.of("Growth was 3.5 percent", null).sentenceEnds());
    }

    @Test
    void countsUnspacedScriptsByCharacters() {
        assertEquals(5, LineFeatures.of("大臣は金曜日に述べた", null).words());
    }
}
