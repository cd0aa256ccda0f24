package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.SiteSuffix;

/**
 * Drops image captions that carry the site's own name as a suffix ("General view of ... -
 * Site Name"): sites stamp their name on image titles, never on the paragraphs of an article.
 * Needs the site name (declared, or found as a recurring suffix); judges by text otherwise.
 */
public final class SiteSuffixCaptionRule implements Rule {
    public static final String REASON = "image-caption";

    @Override
    public String name() {
        return "site-suffix-caption";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        return SiteSuffix.stripped(block.text(), context.facts().siteName()) != null
                ? Verdict.drop(REASON) : Verdict.PASS;
    }
}
