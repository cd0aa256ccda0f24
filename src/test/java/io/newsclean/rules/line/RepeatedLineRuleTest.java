package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.P2;
import static io.newsclean.rules.line.LinePages.P3;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatedLineRuleTest {

    @Test
    void dropsMenusSaidTwiceAndKeepsTheFirstCopyInTheBody() {
        String pull = "The work could not wait.";
        Judgement j = judge(new RepeatedLineRule(), "World", "Business", P1, pull, P2, pull, P3, "World", "Business");
        assertEquals("duplicate", j.reasonOf(0));
        assertTrue(dropped(j, 1));
        assertFalse(dropped(j, 2));
        assertFalse(dropped(j, 3), "first copy inside the body");
        assertTrue(dropped(j, 5), "the pull quote repeats it");
        assertTrue(dropped(j, 7));
    }

    @Test
    void keepsLinesSaidOnce() {
        Judgement j = judge(new RepeatedLineRule(), "World", P1, P2);
        assertFalse(dropped(j, 0));
        assertFalse(dropped(j, 1));
    }
}
