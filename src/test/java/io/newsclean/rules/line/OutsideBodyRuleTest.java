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

class OutsideBodyRuleTest {
    static final String COMMENT = "I drive over that bridge every single day and I have been saying for years that "
            + "it was falling apart, so it is about time somebody in the council listened to us.";

    @Test
    void dropsMenusAboveAndCommentsBelowTheArticle() {
        Judgement j = judge(new OutsideBodyRule(), "Home", "Local", "Sport", P1, "Subheading", P2, P3,
                "Comments", "jane_doe", COMMENT, "Reply", "Privacy");
        assertEquals("outside-article", j.reasonOf(0));
        assertTrue(dropped(j, 2));
        assertFalse(dropped(j, 3));
        assertFalse(dropped(j, 4), "inside the body: left to the context rule");
        assertFalse(dropped(j, 6));
        assertTrue(dropped(j, 7));
        assertTrue(dropped(j, 9), "a comment is prose, but not the article");
        assertTrue(dropped(j, 11));
    }

    @Test
    void leavesAPageWithoutProseToOtherRules() {
        Judgement j = judge(new OutsideBodyRule(), "Home", "Local", "Sport");
        assertFalse(dropped(j, 0));
    }
}
