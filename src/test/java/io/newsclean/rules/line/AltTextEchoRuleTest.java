package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.P2;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.facts;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AltTextEchoRuleTest {

    @Test
    void dropsAnAltTextRunIntoItsCreditAndTheCaptionThatRepeatsIt() {
        Judgement j = judge(facts("en", "Daily Planet", null), List.of(new AltTextEchoRule()),
                "Bridge to close",
                "JOHN DOE / AGENCYThe old bridge over the river seen from the east",
                "The old bridge over the river seen from the east",
                P1, P2);
        assertFalse(dropped(j, 0));
        assertEquals("photo-credit", j.reasonOf(1));
        assertEquals("image-caption", j.reasonOf(2));
        assertFalse(dropped(j, 3));
        assertFalse(dropped(j, 4));
    }

    @Test
    void shortRepeatsAreChance() {
        Judgement j = judge(new AltTextEchoRule(), "Video", "Video: the bridge", P1);
        assertFalse(dropped(j, 0));
        assertFalse(dropped(j, 1));
    }
}
