package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.P2;
import static io.newsclean.rules.line.LinePages.P3;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ShortLineContextRuleTest {

    @Test
    void keepsASubheadingBetweenParagraphs() {
        Judgement j = judge(new ShortLineContextRule(), P1, "What happens next", P2);
        assertFalse(dropped(j, 1));
    }

    @Test
    void dropsShortLinesNextToDroppedFurniture() {
        Judgement j = judge(LinePages.english(), List.of(new KnownPhraseRule(), new ShortLineContextRule()),
                P1, "Share on Facebook", "Bridges", "Council", P2);
        assertEquals("share-prompt", j.reasonOf(1));
        assertEquals("low-content", j.reasonOf(2));
        assertEquals("low-content", j.reasonOf(3));
        assertFalse(dropped(j, 0));
        assertFalse(dropped(j, 4));
    }

    @Test
    void keepsARunOfShortLinesBetweenParagraphs() {
        Judgement j = judge(new ShortLineContextRule(), P1, "Your list will shrink", "You can ignore most news", P2);
        assertFalse(dropped(j, 1));
        assertFalse(dropped(j, 2));
    }

    @Test
    void keepsShortSentencesAndFramedLists() {
        Judgement j = judge(new ShortLineContextRule(), P1, "Here is what they found:", "1. Two cracked beams.",
                "2. Rusted bolts.", P2, "So it closes.", P3);
        for (int i = 0; i < 7; i++) {
            assertFalse(dropped(j, i), "line " + i);
        }
    }
}
