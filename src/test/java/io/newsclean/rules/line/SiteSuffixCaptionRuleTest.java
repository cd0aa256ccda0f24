package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.facts;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SiteSuffixCaptionRuleTest {

    @Test
    void dropsLinesStampedWithTheSiteName() {
        Judgement j = judge(facts("en", "Daily Planet", null), List.of(new SiteSuffixCaptionRule()),
                "The old bridge seen from the river - Daily Planet", P1, "Daily Planet",
                "The bridge is closed - for now");
        assertEquals("image-caption", j.reasonOf(0));
        assertFalse(dropped(j, 1));
        assertFalse(dropped(j, 2), "the bare name is not a caption");
        assertFalse(dropped(j, 3));
    }

    @Test
    void doesNothingWithoutASiteName() {
        Judgement j = judge(facts("en", null, null), List.of(new SiteSuffixCaptionRule()),
                "The old bridge seen from the river - Daily Planet");
        assertFalse(dropped(j, 0));
    }
}
