package io.newsclean.quotes.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrayCloserTest {
    @Test
    void keepsAnInnerCloserOrAnInchMarkTouchingTheClose() {
        String nested = "them,''' said Senator McCain";
        assertTrue(StrayCloser.at(nested, 7, 7), "the inner quote's closer right at the close");
        String inches = "6’2”,” Rubio said";
        assertTrue(StrayCloser.at(inches, 5, 4), "a closer after the quote's own comma");
    }

    @Test
    void dropsAMarkThatOpensTheNextWordOrStandsApart() {
        String opener = "over,” “Nobody will win,” said Tom Reed";
        assertFalse(StrayCloser.at(opener, 7, 6), "an opening mark after a space");
        String glued = "over,” 'Nuff said, Tom Reed wrote";
        assertFalse(StrayCloser.at(glued, 7, 6), "a mark glued to the word after it, past a space");
        String apostrophe = "over,”'tis the season";
        assertFalse(StrayCloser.at(apostrophe, 6, 6), "an apostrophe that starts a word");
    }
}
