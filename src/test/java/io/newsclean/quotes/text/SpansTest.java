package io.newsclean.quotes.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpansTest {
    @Test
    void onlySpacesSeesWhatTrimWouldDrop() {
        String text = "Smith \t\u00A0said";
        assertTrue(Spans.onlySpaces(text, 5, 7), "a space and a tab");
        assertFalse(Spans.onlySpaces(text, 5, 8), "a no-break space is more than trim drops");
        assertTrue(Spans.onlySpaces(text, 3, 3), "an empty stretch");
    }

    @Test
    void lastIndexOfAnyLooksOnlyWithinTheStretch() {
        String text = "a, b; c";
        assertEquals(4, Spans.lastIndexOfAny(text, ",;", 0, text.length()));
        assertEquals(-1, Spans.lastIndexOfAny(text, ",;", 2, 4));
    }
}
