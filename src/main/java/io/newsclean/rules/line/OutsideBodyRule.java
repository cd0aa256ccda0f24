package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PageLines;

/**
 * Drops every line outside the article body, the stretch of the page where its prose is
 * (see {@link PageLines}): menus and teasers above it, comments, related articles and footers
 * below it. A page with no prose at all is left to the other rules.
 */
public final class OutsideBodyRule implements Rule {
    public static final String REASON = "outside-article";

    @Override
    public String name() {
        return "outside-body";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        PageLines page = LinePage.of(context);
        if (page.bodyStart() < 0 || page.inBody(block.index())) {
            return Verdict.PASS;
        }
        return Verdict.drop(REASON);
    }
}
