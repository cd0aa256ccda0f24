package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/**
 * Some sites append their own name to every image description ("Soldiers on patrol - Site Name").
 * Body prose never ends with the publication's name after a dash, so such a block is a caption.
 */
public final class SiteNameSuffixRule implements Rule {
    private static final Verdict CAPTION = Verdict.drop("image-caption");
    private static final String[] SEPARATORS = {" - ", " | ", " – ", " — "};

    @Override
    public String name() {
        return "site-name-suffix";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String site = context.facts().siteName();
        if (site == null || site.length() < 3) {
            return Verdict.PASS;
        }
        String text = block.text();
        if (text.length() <= site.length() + 3 || !text.regionMatches(true, text.length() - site.length(), site, 0, site.length())) {
            return Verdict.PASS;
        }
        String head = text.substring(0, text.length() - site.length());
        for (String separator : SEPARATORS) {
            if (head.endsWith(separator)) {
                return CAPTION;
            }
        }
        return Verdict.PASS;
    }
}
