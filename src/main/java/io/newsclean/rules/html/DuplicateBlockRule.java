package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/**
 * Text that appears a second time on the page is a gallery caption, a pull quote or a repeated
 * teaser: an article does not repeat a paragraph word for word. The first copy stays for the
 * other rules to judge.
 */
public final class DuplicateBlockRule implements Rule {
    private static final Verdict DUPLICATE = Verdict.drop("duplicate");

    @Override
    public String name() {
        return "duplicate-block";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        return block.has(Mark.REPEATED) ? DUPLICATE : Verdict.PASS;
    }
}
