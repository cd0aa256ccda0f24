package io.newsclean.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables flattened one cell per line: standings, box scores, timetables, price lists.
 * A table's rows repeat one pattern of number cells and text cells, so its lines repeat their
 * shape at a fixed period, the number of columns, and every row holds numbers.
 *
 * <p>The traps are the lists that also repeat a shape: a numbered list of teasers or a list of
 * headlines with their comment counts has one number a row, where a table has several; a
 * calendar widget is all numbers, where a table names what its rows are about in a text cell;
 * a menu has no numbers at all; a list of teasers with a date and a time under each headline
 * has two numbers a row, but dates and times are not counted as numbers.
 */
final class TableRuns {
    static final int MIN_COLUMNS = 2;
    static final int MAX_COLUMNS = 12;
    static final int MIN_ROWS = 3;
    /** Numbers every row holds on average. */
    static final int MIN_NUMBERS_PER_ROW = 2;

    /** A day and month, or a clock time: "18.11.2019", "11/18", "10:05". */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}|\\d{1,2}:\\d{2}(?::\\d{2})?");

    private static final byte NUMBER = 0;
    private static final byte TEXT = 1;
    private static final byte PARAGRAPH = 2;

    private TableRuns() {
    }

    /**
     * @param lines the page's lines
     * @param prose whether each line is a paragraph (a paragraph is never a cell)
     * @return for each line, whether it is a cell of a table, its header row included
     */
    static boolean[] cells(List<String> lines, boolean[] prose) {
        int n = lines.size();
        byte[] shapes = new byte[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = prose[i] ? PARAGRAPH : isNumberCell(lines.get(i)) ? NUMBER : TEXT;
        }
        boolean[] cells = new boolean[n];
        for (int period = MIN_COLUMNS; period <= MAX_COLUMNS; period++) {
            int start = -1;
            for (int k = 0; k + period <= n; k++) {
                boolean repeats = k + period < n && shapes[k] != PARAGRAPH && shapes[k] == shapes[k + period];
                if (repeats && start < 0) {
                    start = k;
                } else if (!repeats && start >= 0) {
                    markTable(shapes, cells, start, k - 1 + period, period);
                    start = -1;
                }
            }
        }
        return cells;
    }

    /** Marks lines {@code from} to {@code to} when they hold enough rows, each with numbers and text. */
    private static void markTable(byte[] shapes, boolean[] cells, int from, int to, int period) {
        int rows = (to - from + 1) / period;
        if (rows < MIN_ROWS || repeatsWithin(shapes, from, to, period)) {
            return;
        }
        int numbers = 0;
        int texts = 0;
        for (int i = from; i < from + period; i++) {
            if (shapes[i] == NUMBER) {
                numbers++;
            } else {
                texts++;
            }
        }
        if (numbers < MIN_NUMBERS_PER_ROW || texts == 0) {
            return;
        }
        // whole rows only: a caption under the table may share the first column's shape
        for (int i = from; i < from + rows * period; i++) {
            cells[i] = true;
        }
        // a header row above: as many text cells as the table has columns
        int header = from - period;
        if (header >= 0) {
            for (int i = header; i < from; i++) {
                if (shapes[i] != TEXT) {
                    return;
                }
            }
            for (int i = header; i < from; i++) {
                cells[i] = true;
            }
        }
    }

    /**
     * Whether the lines already repeat at a shorter period that divides this one: a numbered list
     * (number, headline) read two rows at a time would pass for a table with two numbers a row.
     */
    private static boolean repeatsWithin(byte[] shapes, int from, int to, int period) {
        for (int shorter = 1; shorter < period; shorter++) {
            if (period % shorter != 0) {
                continue;
            }
            boolean repeats = true;
            for (int i = from; i + shorter <= to && repeats; i++) {
                repeats = shapes[i] == shapes[i + shorter];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** A cell that holds only a number, with its signs and units ("5040", "85%", "$139.00"), not a date or a time. */
    static boolean isNumberCell(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return digit && !DATE_OR_TIME.matcher(text.strip()).matches();
    }
}
