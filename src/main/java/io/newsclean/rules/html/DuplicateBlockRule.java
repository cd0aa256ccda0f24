package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/**
 * Text that appears a second time in the article is a gallery caption, a pull quote or a repeated
 * teaser headline. The first copy stays for the other rules to judge. A finished sentence said
 * again in a paragraph or list item is the article's own: the question put to each person
 * interviewed, a recipe line every day of a meal plan, a refrain.
 */
public final class DuplicateBlockRule implements Rule {
    private static final Verdict DUPLICATE = Verdict.drop("duplicate");

    @Override
    public String name() {
        return "duplicate-block";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (!block.has(Mark.REPEATED) || isSaidAgain(block)) {
            return Verdict.PASS;
        }
        return DUPLICATE;
    }

    private static boolean isSaidAgain(Block block) {
        BlockKind kind = block.kind();
        return (kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM) && !block.has(Mark.IMAGE_TEXT)
                && BlockShape.endsLikeSentence(block.text());
    }
}
