package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.model.PageMetadata;
import io.newsclean.rules.Judgement;
import io.newsclean.rules.PageFacts;
import io.newsclean.rules.Rule;
import io.newsclean.rules.RuleChain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Test helper: hand-made blocks and a one-rule chain to judge them. */
final class Blocks {
    static final PageFacts NO_FACTS = new PageFacts(PageMetadata.EMPTY);
    static final String PROSE = "The ministers met in Brussels on Friday and agreed that the talks would go on "
            + "next month, when the envoys of both sides will sit down at one table again.";

    private final List<Block> blocks = new ArrayList<>();

    Blocks add(String text, Mark... marks) {
        return add(text, BlockKind.PARAGRAPH, 0, "", marks);
    }

    Blocks add(String text, BlockKind kind, double linkDensity, String container, Mark... marks) {
        Set<Mark> set = EnumSet.of(Mark.IN_MAIN);
        set.addAll(List.of(marks));
        blocks.add(new Block(blocks.size(), text, kind, kind == BlockKind.HEADING ? 2 : 0, set, linkDensity, container));
        return this;
    }

    Blocks addOutsideMain(String text, Mark... marks) {
        Set<Mark> set = marks.length == 0 ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(List.of(marks));
        blocks.add(new Block(blocks.size(), text, BlockKind.PARAGRAPH, 0, set, 0, ""));
        return this;
    }

    Judgement judge(Rule rule) {
        return judge(rule, NO_FACTS);
    }

    Judgement judge(Rule rule, PageFacts facts) {
        return new RuleChain(List.of(rule)).judge(blocks, facts);
    }

    /** The reason the rule dropped the only (or first) block, or null when it kept it. */
    static String reason(Rule rule, String text, Mark... marks) {
        return new Blocks().add(text, marks).judge(rule).reasonOf(0);
    }

    static String reason(Rule rule, String text, BlockKind kind, double linkDensity, String container, Mark... marks) {
        return new Blocks().add(text, kind, linkDensity, container, marks).judge(rule).reasonOf(0);
    }
}
