package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.Decision;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PageLines;

/**
 * Context smoothing for short lines inside the body: a short line between two paragraphs of
 * prose is a subheading or a one-line paragraph, and stays; a short line next to other short
 * lines (a menu, a share row, a list of labels) goes. Short lines that read as sentences stay, and
 * so does a line ending like a sentence next to a paragraph. The page's edges count as prose.
 * Must run last: it reads the decisions of the rules before it.
 */
public final class ShortLineContextRule implements Rule {
    public static final String REASON = "low-content";

    @Override
    public String name() {
        return "short-line-context";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        PageLines page = LinePage.of(context);
        int i = block.index();
        if (page.prose(i) || page.isShortSentence(i)) {
            return Verdict.PASS;
        }
        int before = neighbour(context, i, -1);
        int after = neighbour(context, i, +1);
        boolean proseBefore = before < 0 || page.prose(before);
        boolean proseAfter = after < 0 || page.prose(after);
        if (proseBefore && proseAfter) {
            return Verdict.PASS;
        }
        // A line that ends like a sentence next to a paragraph is a paragraph too, however short.
        boolean sentence = page.features(i).endsSentence() && page.features(i).words() > 0;
        if (sentence && ((before >= 0 && page.prose(before)) || (after >= 0 && page.prose(after)))) {
            return Verdict.PASS;
        }
        return Verdict.drop(REASON);
    }

    /** The nearest line in the given direction that no rule has dropped, or -1. */
    private static int neighbour(JudgeContext context, int i, int step) {
        for (int j = i + step; j >= 0 && j < context.blocks().size(); j += step) {
            if (context.decisionOf(j) != Decision.DROP) {
                return j;
            }
        }
        return -1;
    }
}
