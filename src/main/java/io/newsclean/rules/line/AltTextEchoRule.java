package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.SiteSuffix;

import java.util.List;

/**
 * Drops an image's text where it is said twice: a line that holds its neighbour's text glued
 * to something else (an alt text run into a photo credit, "© AFP 2021 / NAMECaption", above
 * "Caption - Site Name") is the image's credit and caption, and so is the neighbour. Prose is
 * never repeated line to line like this. An alt text followed by the same words as caption
 * goes too.
 */
public final class AltTextEchoRule implements Rule {
    public static final String CREDIT = "photo-credit";
    public static final String CAPTION = "image-caption";
    /** Shorter texts can recur by chance ("Photo", "Video"). */
    private static final int MIN_ECHO_CHARS = 20;

    @Override
    public String name() {
        return "alt-text-echo";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        List<Block> blocks = context.blocks();
        int i = block.index();
        String site = context.facts().siteName();
        String own = core(block.text(), site);
        for (int j = Math.max(0, i - 1); j <= Math.min(blocks.size() - 1, i + 1); j++) {
            if (j == i) {
                continue;
            }
            String other = core(blocks.get(j).text(), site);
            if (other.length() >= MIN_ECHO_CHARS && own.length() > other.length() && own.contains(other)) {
                return Verdict.drop(CREDIT);
            }
            if (own.length() >= MIN_ECHO_CHARS && other.length() >= own.length() && other.contains(own)) {
                return Verdict.drop(CAPTION);
            }
        }
        return Verdict.PASS;
    }

    private static String core(String text, String site) {
        String bare = SiteSuffix.stripped(text, site);
        return bare != null ? bare : text;
    }
}
