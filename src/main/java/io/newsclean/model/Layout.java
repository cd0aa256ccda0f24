package io.newsclean.model;

/**
 * Where a block stood in a list or a table, beyond its kind and level: what a reader needs to lay
 * the block out again (a numbered list, a table's grid).
 *
 * @param ordered whether a list item belongs to a numbered list ({@code ol})
 * @param row     for a table cell: its row within the table, from 0; else -1
 * @param column  for a table cell: its column within the row, from 0; else -1
 * @param header  for a table cell: whether it is a header cell ({@code th})
 */
public record Layout(boolean ordered, int row, int column, boolean header) {
    /** A block outside lists and tables, or an unnumbered list item. */
    public static final Layout NONE = new Layout(false, -1, -1, false);
    /** An item of a numbered list. */
    public static final Layout ORDERED = new Layout(true, -1, -1, false);

    /**
     * A table cell.
     *
     * @param row    its row within the table, from 0
     * @param column its column within the row, from 0
     * @param header whether it is a header cell
     * @return the cell's layout
     */
    public static Layout cell(int row, int column, boolean header) {
        return new Layout(false, row, column, header);
    }
}
