package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;

import java.util.List;

/**
 * Per-page analysis: which blocks stand in a container that also holds a full paragraph of prose.
 * A box of teasers holds headlines and one-line blurbs; a container the page calls "read more"
 * that holds full paragraphs is the rest of the article, folded away. A container is known by the
 * run of consecutive blocks that share its class words. Not thread-safe: one per page.
 */
final class ProseContainers {
    /** More words than any teaser blurb. */
    static final int PARAGRAPH_WORDS = 60;
    private static final double MAX_LINK_DENSITY = 0.1;

    private final boolean[] withProse;

    private ProseContainers(JudgeContext context) {
        List<Block> blocks = context.blocks();
        withProse = new boolean[blocks.size()];
        int start = 0;
        while (start < blocks.size()) {
            String container = blocks.get(start).container();
            int end = start;
            boolean prose = false;
            while (end < blocks.size() && blocks.get(end).container().equals(container)) {
                Block block = blocks.get(end);
                prose |= block.linkDensity() <= MAX_LINK_DENSITY && !BlockShape.atMostWords(block, context, PARAGRAPH_WORDS);
                end++;
            }
            if (prose && !container.isEmpty()) {
                for (int i = start; i < end; i++) {
                    withProse[i] = true;
                }
            }
            start = end;
        }
    }

    /** Whether the block's container, as its run of blocks shows it, holds a full paragraph. */
    static boolean holdsProse(Block block, JudgeContext context) {
        int at = block.index();
        List<Block> blocks = context.blocks();
        if (at < 0 || at >= blocks.size() || blocks.get(at) != block) {
            return false;
        }
        return context.derived(ProseContainers.class, ProseContainers::new).withProse[at];
    }
}
