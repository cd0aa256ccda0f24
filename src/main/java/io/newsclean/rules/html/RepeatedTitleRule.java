package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.Locale;

/** The headline printed again at the top of the body is the title, not a paragraph. */
public final class RepeatedTitleRule implements Rule {
    private static final Verdict TITLE = Verdict.drop("title");

    @Override
    public String name() {
        return "repeated-title";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (block.kind() == BlockKind.HEADING && block.level() == 1) {
            return TITLE;
        }
        String text = block.text().toLowerCase(Locale.ROOT);
        if (text.length() < 10) {
            return Verdict.PASS;
        }
        for (String candidate : context.facts().metadata().titleCandidates()) {
            String c = candidate.toLowerCase(Locale.ROOT);
            // The <title> carries a site-name affix, so the block may be a part of a candidate.
            if (c.equals(text) || (c.startsWith(text) || c.endsWith(text)) && text.length() * 2 > c.length()) {
                return TITLE;
            }
        }
        return Verdict.PASS;
    }
}
