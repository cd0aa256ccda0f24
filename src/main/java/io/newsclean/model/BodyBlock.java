package io.newsclean.model;

import java.util.Locale;

/**
 * What one entry of an article's paragraphs was on the page: a paragraph, a subheading, a list
 * item, a table cell... It lets a writer give the body its shape again (Markdown headings, lists
 * and tables) while the paragraphs stay plain strings.
 *
 * @param kind   what the block was; never {@link BlockKind#LINE}: a line of flattened text, whose
 *               shape the dump lost, is a paragraph
 * @param level  a heading's level, 1 to 6; a list item's depth, from 1 for a top-level item;
 *               else 0
 * @param layout a list item's numbering, a table cell's row and column
 */
public record BodyBlock(BlockKind kind, int level, Layout layout) {
    /** A plain paragraph. */
    public static final BodyBlock PARAGRAPH = new BodyBlock(BlockKind.PARAGRAPH, 0, Layout.NONE);

    /**
     * Checks the parts and reads a flattened-text line as a paragraph.
     *
     * @param kind   what the block was
     * @param level  a heading's level or a list item's depth, else 0
     * @param layout a list item's numbering or a table cell's place, or null for none
     */
    public BodyBlock {
        kind = kind == BlockKind.LINE ? BlockKind.PARAGRAPH : kind;
        layout = layout == null ? Layout.NONE : layout;
    }

    /**
     * The shape of a kept block.
     *
     * @param block a block the rules kept
     * @return what the block was on the page
     */
    public static BodyBlock of(Block block) {
        return new BodyBlock(block.kind(), block.level(), block.layout());
    }

    /**
     * The kind as the output names it: {@code paragraph}, {@code heading}, {@code list-item},
     * {@code blockquote}, {@code table-cell}, {@code preformatted} or {@code caption}.
     *
     * @return the kind's name in the output
     */
    public String kindName() {
        return kind == BlockKind.TABLE_ROW ? "table-cell" : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether this is a heading, such as a subheading of the article.
     *
     * @return true for a heading
     */
    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }
}
