package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;

import java.util.List;
import java.util.Locale;

/**
 * Per-page memo of each block's text in lower case, made once and shared by the rules that look
 * for keywords, instead of once per rule. Not thread-safe: one per page, held by the page's context.
 */
final class LowerCaseTexts {
    private final List<Block> blocks;
    private final String[] lower;

    private LowerCaseTexts(JudgeContext context) {
        this.blocks = context.blocks();
        this.lower = new String[blocks.size()];
    }

    /** The block's text lower-cased with {@link Locale#ROOT}. */
    static String of(Block block, JudgeContext context) {
        return context.derived(LowerCaseTexts.class, LowerCaseTexts::new).lowerCase(block);
    }

    private String lowerCase(Block block) {
        int at = block.index();
        if (at < 0 || at >= lower.length || blocks.get(at) != block) {
            return block.text().toLowerCase(Locale.ROOT);
        }
        String value = lower[at];
        if (value == null) {
            value = block.text().toLowerCase(Locale.ROOT);
            lower[at] = value;
        }
        return value;
    }
}
