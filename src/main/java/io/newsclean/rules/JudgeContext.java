package io.newsclean.rules;

import io.newsclean.model.Block;

import java.util.List;

/**
 * What a rule may look at besides its block: the whole page's blocks, page facts, and the
 * decisions earlier rules have made so far. Read-only for rules.
 */
public final class JudgeContext {
    private final List<Block> blocks;
    private final PageFacts facts;
    private final Decision[] decisions;

    JudgeContext(List<Block> blocks, PageFacts facts, Decision[] decisions) {
        this.blocks = blocks;
        this.facts = facts;
        this.decisions = decisions;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public PageFacts facts() {
        return facts;
    }

    /** The decision made so far for the block at {@code index}, PASS if none yet. */
    public Decision decisionOf(int index) {
        return decisions[index];
    }
}
