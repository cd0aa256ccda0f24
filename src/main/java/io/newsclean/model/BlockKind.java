package io.newsclean.model;

/** What a block of text was on the page. */
public enum BlockKind {
    /** A paragraph, or text in no more specific element. */
    PARAGRAPH,
    /** A heading, {@code h1} to {@code h6}. */
    HEADING,
    /** An item of a list: {@code li}, {@code dt} or {@code dd}. */
    LIST_ITEM,
    /** Text in a {@code blockquote}. */
    BLOCKQUOTE,
    /** A cell of a table row ({@code td} or {@code th}); its place in the grid is in the block's layout. */
    TABLE_ROW,
    /** Preformatted text, {@code pre}. */
    PREFORMATTED,
    /** A figure caption, image alt or title text. */
    CAPTION,
    /** One line of a flattened text dump: its role is unknown until the rules judge it. */
    LINE
}
