package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/** Text the markup hides from readers (hidden, display:none, templates) is not part of the article. */
public final class HiddenBlockRule implements Rule {
    private static final Verdict TEMPLATE = Verdict.drop("template-string");
    private static final Verdict HIDDEN = Verdict.drop("hidden");

    @Override
    public String name() {
        return "hidden-block";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (block.has(Mark.TEMPLATE)) {
            return TEMPLATE;
        }
        return block.has(Mark.HIDDEN) ? HIDDEN : Verdict.PASS;
    }
}
