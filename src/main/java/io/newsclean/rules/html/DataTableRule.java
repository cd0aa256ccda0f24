package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Layout;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.List;

/**
 * A data table the article leads into (standings, results, prices) is read as one table, not
 * cell by cell: alone, its cells ("1", "Kyle Busch", "5040") are what the timestamp and
 * low-content rules drop as labels and dates. A data table is a grid: several rows of several
 * short cells. It belongs to the article when a paragraph or subheading of the article stands
 * right before it.
 *
 * <p>The trap is the table that is layout, not data: older pages set a photo and its caption, or
 * a page's columns, in table cells. Such a table has a row or two, or cells of whole paragraphs,
 * so its cells are still judged one by one; and a table of links (a calendar, a menu) is
 * navigation.
 */
public final class DataTableRule implements Rule {
    private static final int MIN_ROWS = 3;
    /** Most rows of a grid hold at least two cells. */
    private static final double MIN_GRID_ROW_SHARE = 0.6;
    /** Data cells are short; a layout table's cells hold paragraphs. */
    private static final int MAX_CHARS_PER_CELL = 60;
    private static final double MAX_LINK_DENSITY = 0.5;

    @Override
    public String name() {
        return "data-table";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (!isCell(block) || block.linkDensity() > MAX_LINK_DENSITY) {
            return Verdict.PASS;
        }
        Tables tables = context.derived(Tables.class, Tables::new);
        int at = block.index();
        return tables.data[at] && ArticleText.before(tables.start[at], context) ? Verdict.KEEP : Verdict.PASS;
    }

    private static boolean isCell(Block block) {
        return block.kind() == BlockKind.TABLE_ROW && block.layout().row() >= 0 && block.has(Mark.IN_MAIN);
    }

    /**
     * Per-page analysis: the tables of the main content, each a run of cell blocks whose place in
     * the grid moves forward, and whether each is a data grid. Read from the blocks alone, once per
     * page.
     */
    static final class Tables {
        final int[] start;
        final boolean[] data;

        Tables(JudgeContext context) {
            List<Block> blocks = context.blocks();
            int n = blocks.size();
            start = new int[n];
            data = new boolean[n];
            int i = 0;
            while (i < n) {
                if (!isCell(blocks.get(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < n && isCell(blocks.get(j)) && follows(blocks.get(j - 1).layout(), blocks.get(j).layout())) {
                    j++;
                }
                boolean grid = isDataGrid(blocks.subList(i, j));
                for (int k = i; k < j; k++) {
                    start[k] = i;
                    data[k] = grid;
                }
                i = j;
            }
        }

        /** Whether a cell comes after another in one table: a later row, or a later cell of the same row. */
        private static boolean follows(Layout previous, Layout next) {
            return next.row() > previous.row() || next.row() == previous.row() && next.column() > previous.column();
        }

        private static boolean isDataGrid(List<Block> cells) {
            int rows = 0;
            int gridRows = 0;
            int cellsInRow = 0;
            int lastRow = -1;
            long chars = 0;
            double linkChars = 0;
            for (Block cell : cells) {
                if (cell.layout().row() != lastRow) {
                    gridRows += cellsInRow >= 2 ? 1 : 0;
                    rows++;
                    cellsInRow = 0;
                    lastRow = cell.layout().row();
                }
                cellsInRow++;
                chars += cell.text().length();
                linkChars += cell.linkDensity() * cell.text().length();
            }
            gridRows += cellsInRow >= 2 ? 1 : 0;
            return rows >= MIN_ROWS && gridRows >= rows * MIN_GRID_ROW_SHARE
                    && chars <= (long) MAX_CHARS_PER_CELL * cells.size() && linkChars <= chars * MAX_LINK_DENSITY;
        }
    }
}
