package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;


/**
 * The headline printed again at the top of the body is the title, not a paragraph. A top-level
 * heading with the article's text before and after it is no headline but a section heading, as
 * pages that give each section an {@code h1} write them.
 */
public final class RepeatedTitleRule implements Rule {
    private static final Verdict TITLE = Verdict.drop("title");

    @Override
    public String name() {
        return "repeated-title";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (block.kind() == BlockKind.HEADING && block.level() == 1 && !isSectionHeading(block, context)) {
            return TITLE;
        }
        String text = block.text();
        int n = text.length();
        if (n < 10) {
            return Verdict.PASS;
        }
        for (String c : context.facts().metadata().titleCandidates()) {
            // The <title> carries a site-name affix, so the block may be the start or end of a candidate.
            if (n > c.length() || n * 2 <= c.length() && n != c.length()) {
                continue;
            }
            if (c.regionMatches(true, 0, text, 0, n) || c.regionMatches(true, c.length() - n, text, 0, n)) {
                return TITLE;
            }
        }
        return Verdict.PASS;
    }

    private static boolean isSectionHeading(Block block, JudgeContext context) {
        return ArticleText.before(block.index(), context) && ArticleText.after(block.index(), context);
    }
}
