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
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlineRuleTest {

    @Test
    void dropsTheHeadlineAloneOrWithTheSiteSuffix() {
        Judgement j = judge(facts("en", "Daily Planet", "Bridge to close"), List.of(new HeadlineRule()),
                "Bridge to close", "Bridge to close - Daily Planet", P1, "Bridge to close for a year, council says");
        assertTrue(dropped(j, 0));
        assertEquals("title", j.reasonOf(0));
        assertTrue(dropped(j, 1));
        assertFalse(dropped(j, 2));
        assertFalse(dropped(j, 3), "a longer line that merely starts like the title stays");
    }

    @Test
    void doesNothingWithoutATitle() {
        Judgement j = judge(facts("en", null, null), List.of(new HeadlineRule()), "Bridge to close", P1);
        assertFalse(dropped(j, 0));
    }
}
