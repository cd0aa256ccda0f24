package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/** Blocks that are mostly links (menus, link lists, tag clouds) are navigation, not prose. */
public final class LinkDenseRule implements Rule {
    private static final Verdict NAVIGATION = Verdict.drop("navigation");
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Long paragraphs with many citations stay: their words are still the story. */
    private static final int MAX_WORDS = 40;
    /** A whole linked sentence of this many words is a summary of a linked story, told as prose. */
    private static final int SENTENCE_WORDS = 15;

    @Override
    public String name() {
        return "link-dense";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        if (block.linkDensity() > MAX_LINK_DENSITY && BlockShape.atMostWords(block, context, MAX_WORDS)
                && !(BlockShape.endsLikeSentence(text) && !BlockShape.atMostWords(block, context, SENTENCE_WORDS - 1))) {
            return NAVIGATION;
        }
        return Verdict.PASS;
    }
}
