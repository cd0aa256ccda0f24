package io.newsclean.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One unit of visible text, in page order, with the features the rules judge it by.
 * Blocks are immutable; rules only read them.
 *
 * @param index       position among the page's blocks, from 0
 * @param text        whitespace-normalised text
 * @param kind        what the block was on the page
 * @param level       heading level 1-6 for headings, list depth for list items, else 0
 * @param marks       structural facts about where the block stood (HTML only)
 * @param linkDensity share of the text's characters that sit inside links, 0 to 1
 * @param container   what the enclosing elements (below the main-content root) call themselves in
 *                    their class and id, as canonical vocabulary words ("related", "share",
 *                    "caption"...), space-separated; HTML only, empty for text
 * @param layout      where the block stood in a numbered list or a table (HTML only)
 */
public record Block(int index, String text, BlockKind kind, int level, Set<Mark> marks,
                    double linkDensity, String container, Layout layout) {

    public Block {
        marks = marks.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
        container = container == null ? "" : container;
        layout = layout == null ? Layout.NONE : layout;
    }

    /** A block outside numbered lists and tables. */
    public Block(int index, String text, BlockKind kind, int level, Set<Mark> marks, double linkDensity,
                 String container) {
        this(index, text, kind, level, marks, linkDensity, container, Layout.NONE);
    }

    /** A text line with no structural features, as the text reader emits them. */
    public static Block line(int index, String text) {
        return new Block(index, text, BlockKind.LINE, 0, Collections.emptySet(), 0, "");
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }
}
