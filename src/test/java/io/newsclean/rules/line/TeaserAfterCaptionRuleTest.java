package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import io.newsclean.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.P2;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.facts;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TeaserAfterCaptionRuleTest {
    private final List<Rule> rules = List.of(new SiteSuffixCaptionRule(), new TeaserAfterCaptionRule());

    @Test
    void dropsTheHeadlineOfARelatedCard() {
        Judgement j = judge(facts("en", "Daily Planet", null), rules,
                P1, "A general view of the council chamber - Daily Planet", "Council Considers New Bridge Plan", P2);
        assertEquals("image-caption", j.reasonOf(1));
        assertEquals("related-teaser", j.reasonOf(2));
        assertFalse(dropped(j, 3));
    }

    @Test
    void keepsASentenceAfterACaption() {
        Judgement j = judge(facts("en", "Daily Planet", null), rules,
                P1, "A general view of the council chamber - Daily Planet", "The vote was close.", P2);
        assertFalse(dropped(j, 2));
    }

    @Test
    void keepsASubheadingBetweenParagraphs() {
        Judgement j = judge(facts("en", "Daily Planet", null), rules, P1, "What Happens Next", P2);
        assertFalse(dropped(j, 1));
    }
}
