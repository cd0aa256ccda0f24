package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.List;

/**
 * Drops the headline from the body: a block whose text is the page's chosen title, alone or
 * followed by the site-name suffix. Judges by text, so it serves any front end.
 */
public final class HeadlineRule implements Rule {
    public static final String REASON = "title";

    @Override
    public String name() {
        return "headline";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        List<String> titles = context.facts().metadata().titleCandidates();
        if (titles.isEmpty()) {
            return Verdict.PASS;
        }
        String title = titles.get(0);
        String text = block.text();
        if (text.equalsIgnoreCase(title)) {
            return Verdict.drop(REASON);
        }
        String site = context.facts().siteName();
        if (site != null && text.startsWith(title) && text.endsWith(site)
                && text.length() <= title.length() + site.length() + 4) {
            return Verdict.drop(REASON);
        }
        return Verdict.PASS;
    }
}
