package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DatelineRuleTest {

    @Test
    void dropsDatesAndTimesAlone() {
        Judgement j = judge(new DatelineRule(), "November 20", "15:23 2019", P1, "The vote is on November 20.");
        assertEquals("dateline", j.reasonOf(0));
        assertEquals("dateline", j.reasonOf(1));
        assertFalse(dropped(j, 2));
        assertFalse(dropped(j, 3));
    }
}
