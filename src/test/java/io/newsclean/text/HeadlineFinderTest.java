package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.text.PageLinesTest.P1;
import static io.newsclean.text.PageLinesTest.P2;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadlineFinderTest {

    @Test
    void picksTheHeadlineThatSharesTheBodysWords() {
        List<String> lines = List.of("Home", "Daily Planet", "Mayor opens new library in the east end",
                "Council votes to close old bridge for repairs", "By Jane Doe", "November 20, 2019", P1, P2);
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(3, HeadlineFinder.find(page));
    }

    @Test
    void skipsAnAltTextAndItsCaption() {
        List<String> lines = List.of("Council votes to close old bridge",
                "© AFP / JOHN DOEThe old bridge over the river seen from the council offices",
                "The old bridge over the river seen from the council offices - Daily Planet", P1, P2);
        PageLines page = PageLines.analyse(lines, "en", "Daily Planet");
        assertEquals(0, HeadlineFinder.find(page));
    }

    @Test
    void aCleanTextOpensWithItsHeadline() {
        PageLines page = PageLines.analyse(List.of("Council to close old bridge.", P1, P2), "en", null);
        assertEquals(0, HeadlineFinder.find(page));
    }

    @Test
    void noHeadlineWhenNothingFits() {
        PageLines page = PageLines.analyse(List.of(P1, P2), "en", null);
        assertEquals(-1, HeadlineFinder.find(page));
    }
}
