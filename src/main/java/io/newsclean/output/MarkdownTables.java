package io.newsclean.output;

import io.newsclean.model.BodyBlock;
import io.newsclean.model.Layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes the kept cells of one table as a GitHub-style Markdown table. Rows and columns come from
 * the cells' places in the page's table, so a cell the rules dropped leaves its place empty
 * rather than shifting its row. A Markdown table needs a header row: the first row when all its
 * cells were header cells, else an empty one.
 */
final class MarkdownTables {
    private MarkdownTables() {
    }

    static String write(List<String> texts, List<BodyBlock> cells) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 1;
        int lastRow = Integer.MIN_VALUE;
        boolean firstRowIsHeader = true;
        for (int i = 0; i < texts.size(); i++) {
            Layout place = cells.get(i).layout();
            if (place.row() != lastRow || rows.isEmpty()) {
                rows.add(new ArrayList<>());
                lastRow = place.row();
            }
            List<String> row = rows.get(rows.size() - 1);
            int column = Math.max(place.column(), 0);
            while (row.size() <= column) {
                row.add("");
            }
            String text = MarkdownText.cell(texts.get(i));
            // two blocks in one cell (paragraphs inside a td) share it
            row.set(column, row.get(column).isEmpty() ? text : row.get(column) + " " + text);
            columns = Math.max(columns, row.size());
            if (rows.size() == 1 && !place.header()) {
                firstRowIsHeader = false;
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> header = firstRowIsHeader ? rows.remove(0) : List.of();
        lines.add(row(header, columns));
        lines.add(row(Collections.nCopies(columns, "---"), columns));
        for (List<String> row : rows) {
            lines.add(row(row, columns));
        }
        return String.join("\n", lines);
    }

    private static String row(List<String> cells, int columns) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            line.append(cell.isEmpty() ? "  " : " " + cell + " ").append('|');
        }
        return line.toString();
    }
}
