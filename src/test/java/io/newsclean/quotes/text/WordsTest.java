package io.newsclean.quotes.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {
    @Test
    void letterRunsSplitAtEveryOtherCharacter() {
        assertEquals(4, Words.letterRuns("don't stop, 2024"));
        assertEquals(3, Words.letterRuns("Zürich – ça va"));
        assertEquals(0, Words.letterRuns(" … — "));
    }

    @Test
    void letterRunsCountOnlyTheirRangeAndStopAtTheLimit() {
        String text = "one two three four five";
        assertEquals(2, Words.letterRuns(text, 4, 13, Integer.MAX_VALUE));
        assertEquals(3, Words.letterRuns(text, 0, text.length(), 3));
    }

    @Test
    void countWordsJoinsWhatLetterRunsSplit() {
        String text = "the U.S. co-founder";
        assertEquals(3, Words.countWords(text, new int[] {0, text.length()}));
        assertEquals(5, Words.letterRuns(text));
    }
}
