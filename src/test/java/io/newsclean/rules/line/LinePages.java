package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.model.PageMetadata;
import io.newsclean.rules.Decision;
import io.newsclean.rules.Judgement;
import io.newsclean.rules.PageFacts;
import io.newsclean.rules.Rule;
import io.newsclean.rules.RuleChain;

import java.util.ArrayList;
import java.util.List;

/** Builds small text pages and judges them with a few rules, for the line-rule tests. */
final class LinePages {
    static final String P1 = "The city council voted on Tuesday to close the old bridge for repairs, a decision that "
            + "will send thousands of drivers onto side roads for most of next year.";
    static final String P2 = "Engineers found cracks in two of the supporting beams during a routine inspection in "
            + "the spring, and the council was told that the work could not wait.";
    static final String P3 = "Local shop owners said they were worried about the loss of passing trade, but most "
            + "agreed that the safety of the bridge had to come first.";

    private LinePages() {
    }

    static PageFacts facts(String language, String siteName, String title) {
        PageMetadata meta = new PageMetadata(title == null ? List.of() : List.of(title), List.of(), null, siteName,
                language, null, null);
        return new PageFacts(meta);
    }

    static PageFacts english() {
        return facts("en", null, null);
    }

    static Judgement judge(PageFacts facts, List<Rule> rules, String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            blocks.add(Block.line(blocks.size(), line));
        }
        return new RuleChain(rules).judge(blocks, facts);
    }

    static Judgement judge(Rule rule, String... lines) {
        return judge(english(), List.of(rule), lines);
    }

    static boolean dropped(Judgement judgement, int index) {
        return judgement.decisionOf(index) == Decision.DROP;
    }
}
