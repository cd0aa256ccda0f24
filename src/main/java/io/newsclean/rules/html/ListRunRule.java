package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.List;

/**
 * A list the article leads into is the article's: items of a word or two ("GPS", "Bugs fixed",
 * "baby carrier") that the byline, timestamp and low-content rules would drop one by one stay with
 * the run of items they belong to. A run of list items continues the article when a subheading or
 * paragraph of it stands right before the run, and the article also stands right after it or the
 * run holds items of several words, which no reader takes for interface labels.
 *
 * <p>The trap is a run of short items that is page furniture inside the main content: share
 * buttons, a tag list, a byline and date under the headline. Those are links, sit in an element
 * the page names (share, tags, byline...), or follow no text of the article (the headline above a
 * byline list is already dropped as the title), so they are left to the other rules.
 */
public final class ListRunRule implements Rule {
    /** An item of this many words stands on its own as a line of the article. */
    private static final int FULL_ITEM_WORDS = 4;
    private static final double MAX_LINK_DENSITY = 0.5;

    @Override
    public String name() {
        return "list-run";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (block.kind() != BlockKind.LIST_ITEM || !block.has(Mark.IN_MAIN) || block.linkDensity() > MAX_LINK_DENSITY
                || ArticleText.inChrome(block)) {
            return Verdict.PASS;
        }
        Runs runs = context.derived(Runs.class, Runs::new);
        int at = block.index();
        int start = runs.start[at];
        int end = runs.end[at];
        if (runs.linked[at] || !ArticleText.before(start, context)) {
            return Verdict.PASS;
        }
        return runs.fullItems[at] || ArticleText.after(end, context) ? Verdict.KEEP : Verdict.PASS;
    }

    /**
     * Per-page analysis: the runs of consecutive list items of the main content, each block
     * pointing at its run's first and last block, whether the run is mostly links, and whether it
     * holds an item of several words. Read from the blocks alone, once per page.
     */
    static final class Runs {
        final int[] start;
        final int[] end;
        final boolean[] linked;
        final boolean[] fullItems;

        Runs(JudgeContext context) {
            List<Block> blocks = context.blocks();
            int n = blocks.size();
            start = new int[n];
            end = new int[n];
            linked = new boolean[n];
            fullItems = new boolean[n];
            int i = 0;
            while (i < n) {
                if (!isItem(blocks.get(i))) {
                    i++;
                    continue;
                }
                int j = i;
                double linkChars = 0;
                int chars = 0;
                boolean full = false;
                while (j < n && isItem(blocks.get(j))) {
                    Block item = blocks.get(j);
                    linkChars += item.linkDensity() * item.text().length();
                    chars += item.text().length();
                    full |= item.linkDensity() <= MAX_LINK_DENSITY
                            && !BlockShape.atMostWords(item, context, FULL_ITEM_WORDS - 1);
                    j++;
                }
                boolean mostlyLinks = linkChars > chars * MAX_LINK_DENSITY;
                for (int k = i; k < j; k++) {
                    start[k] = i;
                    end[k] = j - 1;
                    linked[k] = mostlyLinks;
                    fullItems[k] = full;
                }
                i = j;
            }
        }

        private static boolean isItem(Block block) {
            return block.kind() == BlockKind.LIST_ITEM && block.has(Mark.IN_MAIN);
        }
    }
}
