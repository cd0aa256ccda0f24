package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/**
 * Fragments of a few words that are neither a sentence nor a subheading ("Close", "Image 1 of 8")
 * are interface labels. Runs last, after paragraph context has rescued short lines of the story.
 */
public final class LowContentRule implements Rule {
    private static final Verdict LOW = Verdict.drop("low-content");
    private static final int MAX_WORDS = 3;

    @Override
    public String name() {
        return "low-content";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        // Subheadings are short by nature.
        if (block.kind() == BlockKind.HEADING) {
            return Verdict.PASS;
        }
        if (BlockShape.atMostWords(block, context, 0)) {
            return LOW;
        }
        return BlockShape.atMostWords(block, context, MAX_WORDS) && !BlockShape.endsLikeSentence(text) ? LOW : Verdict.PASS;
    }
}
