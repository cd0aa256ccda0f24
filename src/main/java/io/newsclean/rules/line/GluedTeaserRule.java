package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.GluedTeaser;

/**
 * Drops teaser cards flattened into one line, a title-case headline glued to its blurb
 * ("Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped...").
 * Judges by text alone, so it serves any front end.
 */
public final class GluedTeaserRule implements Rule {
    public static final String REASON = "related-teaser";

    @Override
    public String name() {
        return "glued-teaser";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        return GluedTeaser.isGluedTeaser(block.text()) ? Verdict.drop(REASON) : Verdict.PASS;
    }
}
