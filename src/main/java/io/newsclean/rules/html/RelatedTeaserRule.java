package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PhraseKind;

/**
 * Related-article teasers: blocks inside elements the page calls related or recommended (unless
 * the element holds full paragraphs: then it is the rest of the article, folded behind a "read
 * more" button), "Read more:" lines, and headline links standing alone between paragraphs.
 */
public final class RelatedTeaserRule implements Rule {
    private static final Verdict TEASER = Verdict.drop("related-teaser");
    private static final int MAX_TEASER_WORDS = 30;
    /** A linked headline: a few words, mostly link, not a sentence. */
    private static final double HEADLINE_LINK_SHARE = 0.8;

    @Override
    public String name() {
        return "related-teaser";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        if (!BlockShape.atMostWords(block, context, 2 * MAX_TEASER_WORDS)) {
            return Verdict.PASS;
        }
        int words = BlockShape.words(block, context, 2 * MAX_TEASER_WORDS);
        if (BlockShape.inContainer(block, ClassVocabulary.RELATED) && words <= 2 * MAX_TEASER_WORDS
                && !ProseContainers.holdsProse(block, context)) {
            return TEASER;
        }
        if (words > MAX_TEASER_WORDS) {
            return Verdict.PASS;
        }
        if ((block.linkDensity() > 0 || words <= 4 || text.indexOf(':') > 0)
                && PromptWording.has(block, context, PhraseKind.TEASER_CUE)) {
            return TEASER;
        }
        if (block.linkDensity() >= HEADLINE_LINK_SHARE && block.kind() != BlockKind.LIST_ITEM && words >= 3) {
            return TEASER;
        }
        return Verdict.PASS;
    }
}
