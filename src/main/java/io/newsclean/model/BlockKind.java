package io.newsclean.model;

/** What a block of text was on the page. */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    BLOCKQUOTE,
    TABLE_ROW,
    PREFORMATTED,
    /** A figure caption, image alt or title text. */
    CAPTION,
    /** One line of a flattened text dump: its role is unknown until the rules judge it. */
    LINE
}
