package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PageLines;

/**
 * Drops lines said more than once on the page: menus repeated in header and footer, teasers
 * listed twice, a pull quote that repeats a paragraph. The first copy inside the article body
 * stays; copies elsewhere go.
 */
public final class RepeatedLineRule implements Rule {
    public static final String REASON = "duplicate";

    @Override
    public String name() {
        return "repeated-line";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        PageLines page = LinePage.of(context);
        int i = block.index();
        if (page.occurrences(i) < 2) {
            return Verdict.PASS;
        }
        if (!page.inBody(i)) {
            return Verdict.drop(REASON);
        }
        String text = block.text();
        for (int j = page.bodyStart(); j < i; j++) {
            if (page.text(j).equalsIgnoreCase(text)) {
                return Verdict.drop(REASON);
            }
        }
        return Verdict.PASS;
    }
}
