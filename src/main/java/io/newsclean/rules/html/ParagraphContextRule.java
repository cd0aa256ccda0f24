package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.Mark;
import io.newsclean.rules.Decision;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.List;

/**
 * A short line standing between two good paragraphs of the article is probably part of it (a
 * one-line paragraph, a subheading in bold): it is kept before the low-content rule can drop it.
 */
public final class ParagraphContextRule implements Rule {
    /** How far to look past dropped blocks for a neighbour; keeps the rule linear. */
    private static final int REACH = 6;
    private static final int PROSE_WORDS = 25;

    @Override
    public String name() {
        return "paragraph-context";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (!block.has(Mark.IN_MAIN) || block.linkDensity() > 0.3) {
            return Verdict.PASS;
        }
        List<Block> blocks = context.blocks();
        Block before = neighbour(blocks, context, block.index(), -1);
        Block after = neighbour(blocks, context, block.index(), 1);
        return before != null && after != null && isProse(before, context) && isProse(after, context) ? Verdict.KEEP : Verdict.PASS;
    }

    /** The nearest main-content block no rule dropped; chrome between them does not count. */
    private static Block neighbour(List<Block> blocks, JudgeContext context, int from, int step) {
        int seen = 0;
        for (int i = from + step; i >= 0 && i < blocks.size() && seen < REACH; i += step) {
            Block block = blocks.get(i);
            if (!block.has(Mark.IN_MAIN)) {
                continue;
            }
            if (context.decisionOf(i) != Decision.DROP) {
                return block;
            }
            seen++;
        }
        return null;
    }

    private static boolean isProse(Block block, JudgeContext context) {
        return block.has(Mark.IN_MAIN) && block.linkDensity() < 0.3 && !BlockShape.atMostWords(block, context, PROSE_WORDS - 1);
    }
}
