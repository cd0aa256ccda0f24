package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import io.newsclean.rules.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.P2;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.english;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableCellRuleTest {

    @Test
    void keepsTheFiguresOfATableInTheBody() {
        Judgement j = judge(english(), List.of(new TableCellRule(), new DatelineRule()), "Home", P1, P2,
                "Final standings:", "Kim Berg", "5040", "5", "Ana Ruiz", "5035", "7", "Tom Lind", "5033", "4");
        assertEquals(Decision.KEEP, j.decisionOf(5), "a bare number in a table is a figure, not a date");
        assertEquals(Decision.KEEP, j.decisionOf(4));
    }

    @Test
    void leavesATableOutsideTheBodyToTheOtherRules() {
        Judgement j = judge(english(), List.of(new TableCellRule(), new DatelineRule(), new OutsideBodyRule()),
                "Kim Berg", "5040", "5", "Ana Ruiz", "5035", "7", "Tom Lind", "5033", "4",
                "Home", "News", "Sport", "Weather", "Markets", "Travel", "Opinion", "Video", P1, P2);
        assertTrue(dropped(j, 1));
        assertTrue(dropped(j, 0));
    }

    @Test
    void aNumberOutsideATableIsStillADateLine() {
        // the trap: a counter or a date between paragraphs is no figure of a table
        Judgement j = judge(english(), List.of(new TableCellRule(), new DatelineRule()), P1, "2019", P2);
        assertTrue(dropped(j, 1));
        assertFalse(dropped(j, 0));
    }
}
