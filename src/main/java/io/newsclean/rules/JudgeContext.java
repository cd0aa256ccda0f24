package io.newsclean.rules;

import io.newsclean.model.Block;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule may look at besides its block: the whole page's blocks, page facts, and the
 * decisions earlier rules have made so far. Read-only for rules.
 */
public final class JudgeContext {
    private final List<Block> blocks;
    private final PageFacts facts;
    private final Decision[] decisions;
    private final Map<Class<?>, Object> derived = new HashMap<>();

    JudgeContext(List<Block> blocks, PageFacts facts, Decision[] decisions) {
        this.blocks = blocks;
        this.facts = facts;
        this.decisions = decisions;
        derived.putAll(facts.analyses());
    }

    public List<Block> blocks() {
        return blocks;
    }

    public PageFacts facts() {
        return facts;
    }

    /**
     * A page-wide fact worked out from the blocks and page facts (never from decisions), computed
     * the first time a rule asks for it and shared by every rule after, so page-level analysis
     * runs once per page rather than once per rule or per block. An analysis the reader already
     * made ({@link PageFacts#analyses}) is answered without computing it again.
     */
    public <T> T derived(Class<T> type, Function<JudgeContext, T> compute) {
        Object value = derived.get(type);
        if (value == null) {
            value = compute.apply(this);
            derived.put(type, value);
        }
        return type.cast(value);
    }

    /** The decision made so far for the block at {@code index}, PASS if none yet. */
    public Decision decisionOf(int index) {
        return decisions[index];
    }
}
