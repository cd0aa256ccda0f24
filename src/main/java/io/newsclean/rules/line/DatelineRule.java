package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.DateWords;

/**
 * Drops lines that hold only a date or a time ("November 20", "15:23 2019"): the page's
 * dateline, or a teaser's date, never a paragraph. Judges by text, so it serves any front end.
 */
public final class DatelineRule implements Rule {
    public static final String REASON = "dateline";

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        return DateWords.isDateLine(block.text()) ? Verdict.drop(REASON) : Verdict.PASS;
    }
}
