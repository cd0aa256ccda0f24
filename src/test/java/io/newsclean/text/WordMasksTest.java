package io.newsclean.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WordMasksTest {

    @Test
    void givesEachWordTheBitsAddedForItAndNoneForOthers() {
        WordMasks masks = new WordMasks(4);
        masks.add("the".toCharArray(), 1);
        masks.add("der".toCharArray(), 2);
        masks.add("the".toCharArray(), 4);
        assertEquals(5, masks.get("the".toCharArray(), 3));
        assertEquals(2, masks.get("der".toCharArray(), 3));
        assertEquals(0, masks.get("die".toCharArray(), 3));
        // a prefix of a word held is not the word
        assertEquals(0, masks.get("th".toCharArray(), 2));
    }

    @Test
    void readsOnlyTheGivenLengthOfTheBuffer() {
        WordMasks masks = new WordMasks(4);
        masks.add("and".toCharArray(), 1);
        char[] buffer = "andere".toCharArray();
        assertEquals(1, masks.get(buffer, 3));
        assertEquals(0, masks.get(buffer, 6));
    }

    @Test
    void keepsEveryWordWhenItGrowsPastItsExpectedSize() {
        WordMasks masks = new WordMasks(2);
        for (int i = 0; i < 5000; i++) {
            masks.add(("w" + i).toCharArray(), 1 << (i % 31));
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(1 << (i % 31), masks.get(("w" + i).toCharArray(), ("w" + i).length()), "w" + i);
        }
        assertEquals(0, masks.get("w5000".toCharArray(), 5));
    }

    @Test
    void findsAWordByARangeOfLongerText() {
        WordMasks masks = new WordMasks(4);
        masks.add("related", 8);
        assertEquals(8, masks.get("more-related-posts", 5, 12));
        assertEquals(0, masks.get("more-related-posts", 5, 11));
    }

    @Test
    void refusesAWordWithoutBits() {
        WordMasks masks = new WordMasks(4);
        assertThrows(IllegalArgumentException.class, () -> masks.add("the", 0));
    }
}
