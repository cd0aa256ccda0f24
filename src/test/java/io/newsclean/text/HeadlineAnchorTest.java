package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.text.PageLinesTest.P1;
import static io.newsclean.text.PageLinesTest.P2;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadlineAnchorTest {

    private static int anchor(String... lines) {
        PageLines page = PageLines.analyse(List.of(lines), "en", null);
        int n = lines.length;
        LineFeatures[] features = new LineFeatures[n];
        PhraseKind[] phrases = new PhraseKind[n];
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            features[i] = page.features(i);
            phrases[i] = page.phrase(i);
            prose[i] = page.prose(i);
        }
        return HeadlineAnchor.find(List.of(lines), features, phrases, prose);
    }

    @Test
    void theBlockEndsWithTheHeadlinesDateOrByline() {
        assertEquals(3, anchor("Home", "Bridge to close for a year", "By Jane Doe", "November 20, 2019", P1, P2));
    }

    @Test
    void skipsTeaserCardsWithTheirDates() {
        // the trap: each teaser headline has its date under it too, but the next card's date follows
        assertEquals(8, anchor("Latest", "Mayor opens library", "November 19, 2019", "Fire at the mill",
                "November 18, 2019", "School wins award", "November 17, 2019", "Bridge to close for a year",
                "November 20, 2019", P1, P2));
    }

    @Test
    void noAnchorWithoutADateOrByline() {
        assertEquals(-1, anchor("Home", "Bridge to close for a year", P1, P2));
    }
}
