package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;

import java.util.Arrays;
import java.util.List;

/**
 * Per-page memo of each block's word count, counted once and shared by every rule that asks
 * "is it short?". Counts stop past {@link #CAP}, the largest limit any rule asks about, so a long
 * paragraph costs no more than before. Not thread-safe: one per page, held by the page's context.
 */
final class BlockWords {
    /** At least every word limit a rule passes; larger limits are counted directly. */
    static final int CAP = 64;
    private static final int UNKNOWN = -1;

    private final List<Block> blocks;
    private final int[] counts;

    private BlockWords(JudgeContext context) {
        this.blocks = context.blocks();
        this.counts = new int[blocks.size()];
        Arrays.fill(counts, UNKNOWN);
    }

    static BlockWords of(JudgeContext context) {
        return context.derived(BlockWords.class, BlockWords::new);
    }

    /** The block's words counted up to {@code limit}, exactly as {@link BlockShape#words(String, int)} gives them. */
    int words(Block block, int limit) {
        int at = block.index();
        if (limit > CAP || at < 0 || at >= counts.length || blocks.get(at) != block) {
            return BlockShape.words(block.text(), limit);
        }
        int count = counts[at];
        if (count == UNKNOWN) {
            count = BlockShape.words(block.text(), CAP);
            counts[at] = count;
        }
        // A count that stopped past CAP is CAP + 1; past any smaller limit it reads as limit + 1.
        return Math.min(count, limit + 1);
    }
}
