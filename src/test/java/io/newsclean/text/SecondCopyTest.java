package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.newsclean.text.PageLinesTest.P1;
import static io.newsclean.text.PageLinesTest.P2;
import static io.newsclean.text.PageLinesTest.P3;
import static io.newsclean.text.PageLinesTest.P4;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecondCopyTest {
    private static final boolean T = true;
    private static final boolean F = false;

    @Test
    void marksTheFirstCopyOfAdjoiningParagraphsSaidAgainInOrder() {
        // lines 1-4 are said again as lines 6-9; line 2 is a subheading, line 5 a print link
        boolean[] prose = {F, T, F, T, T, F, T, F, T, T};
        int[] first = {0, 1, 2, 3, 4, 5, 1, 2, 3, 4};
        int[] last = {0, 6, 7, 8, 9, 5, 6, 7, 8, 9};
        assertArrayEquals(new boolean[] {F, T, T, T, T, F, F, F, F, F}, SecondCopy.firstCopies(texts(prose.length), prose, first, last));
    }

    @Test
    void blurbsUnderTheirOwnHeadlinesAreNoArticle() {
        // the trap: three teaser blurbs listed twice, in order, but never adjoining
        boolean[] prose = {F, T, F, T, F, T, F, T, F, T, F, T};
        int[] first = {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5};
        int[] last = {6, 7, 8, 9, 10, 11, 6, 7, 8, 9, 10, 11};
        assertArrayEquals(new boolean[12], SecondCopy.firstCopies(texts(prose.length), prose, first, last));
    }

    @Test
    void twoRepeatedParagraphsAreNotEnough() {
        // a pull quote and a repeated teaser blurb that happen to follow one another
        boolean[] prose = {T, T, T, T, T};
        int[] first = {0, 1, 2, 0, 1};
        int[] last = {3, 4, 2, 3, 4};
        assertArrayEquals(new boolean[5], SecondCopy.firstCopies(texts(prose.length), prose, first, last));
    }

    @Test
    void paragraphsSaidAgainOutOfOrderAreNoCopy() {
        boolean[] prose = {T, T, T, T, T, T};
        int[] first = {0, 1, 2, 2, 0, 1};
        int[] last = {4, 5, 3, 3, 4, 5};
        assertArrayEquals(new boolean[6], SecondCopy.firstCopies(texts(prose.length), prose, first, last));
    }

    @Test
    void aNewsTickerShownTwiceIsNoArticle() {
        // The trap: ticker items adjoin and repeat in order like a printed copy, but their blurbs
        // are cut short; the article stands between the two tickers and is said once.
        String t1 = "Storm closes schools across the valley as rivers rise WESTON: Heavy rain forced dozens of "
                + "schools to shut their doors on...";
        String t2 = "Chess prodigy wins national title at fourteen LEEDS: A teenager from a small village beat "
                + "grandmasters twice her age in the…";
        String t3 = "Factory output falls for a third month in a row LONDON: Manufacturers reported weaker orders "
                + "from abroad and rising energy prices. Most...";
        String t4 = "Museum returns stolen paintings to their owners PARIS: Four canvases taken in a night raid "
                + "thirty years ago went back to the...";
        List<String> lines = List.of("Breaking", t1, t2, t3, t4, "Bridge to close for a year", P1, P2, P3,
                "Breaking", t1, t2, t3, t4);
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(6, page.bodyStart());
        assertEquals(8, page.bodyEnd());
    }

    @Test
    void anArticleShownTwiceIsFoundInItsFirstCopy() {
        List<String> lines = List.of("Menu", P1, P2, P3, P4, "Print", P1, P2, P3, P4);
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(1, page.bodyStart());
        assertTrue(page.bodyEnd() >= 4 && page.bodyEnd() < 6);
    }

    private static List<String> texts(int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add("line " + i);
        }
        return texts;
    }
}
