package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.Decision;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PageLines;

import java.util.regex.Pattern;

/**
 * Context smoothing for short lines inside the body: short lines between two paragraphs of
 * prose, with nothing dropped in between, are subheadings, list items or one-line paragraphs,
 * and stay; a short line next to dropped furniture (a menu, a share row, a caption) goes. Short lines that read as sentences stay, and
 * so does a line ending like a sentence next to a paragraph. The page's edges count as prose.
 * Must run last: it reads the decisions of the rules before it.
 */
public final class ShortLineContextRule implements Rule {
    public static final String REASON = "low-content";
    private static final Pattern LIST_MARK = Pattern.compile("(?:\\d{1,3}[.)]|[-–—•*·▪►])\\s");

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
        if (framedByProse(context, page, i, -1) && framedByProse(context, page, i, +1)) {
            return Verdict.PASS;
        }
        int before = neighbour(context, i, -1);
        int after = neighbour(context, i, +1);
        // A line that ends like a sentence next to a paragraph is a paragraph too, however short.
        if (sentenceLike(page, i) && ((before >= 0 && page.prose(before)) || (after >= 0 && page.prose(after)))) {
            return Verdict.PASS;
        }
        // So is a list in the article: a run of short lines framed by paragraphs, each ending
        // like a sentence or opening with a list mark.
        return inFramedList(context, page, i) ? Verdict.PASS : Verdict.drop(REASON);
    }

    private static boolean sentenceLike(PageLines page, int i) {
        return (page.features(i).endsSentence() && page.features(i).words() > 0) || page.announces(i);
    }

    private static boolean inFramedList(JudgeContext context, PageLines page, int i) {
        int first = i;
        int last = i;
        while (true) {
            int prev = neighbour(context, first, -1);
            if (prev < 0 || page.prose(prev)) {
                break;
            }
            first = prev;
        }
        while (true) {
            int next = neighbour(context, last, +1);
            if (next < 0 || page.prose(next)) {
                break;
            }
            last = next;
        }
        int items = 0;
        for (int j = first; j <= last; j++) {
            if (context.decisionOf(j) == Decision.DROP) {
                continue;
            }
            if (!(sentenceLike(page, j) || LIST_MARK.matcher(page.text(j)).lookingAt())) {
                return false;
            }
            items++;
        }
        return items >= 2 && page.inBody(first) && page.inBody(last);
    }

    /**
     * Whether, looking past the other short lines in the given direction, the next thing is a
     * paragraph (or the page's edge) rather than a line some rule dropped. Short lines in a run
     * between paragraphs (a list, a subheading and a deck) are judged together, as jusText does.
     */
    private static boolean framedByProse(JudgeContext context, PageLines page, int i, int step) {
        for (int j = i + step; j >= 0 && j < context.blocks().size(); j += step) {
            if (context.decisionOf(j) == Decision.DROP) {
                return false;
            }
            if (page.prose(j)) {
                return true;
            }
        }
        return true;
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
