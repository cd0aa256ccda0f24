package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableRunsTest {
    private static final boolean T = true;
    private static final boolean F = false;

    private static boolean[] cells(String... lines) {
        return TableRuns.cells(List.of(lines), new boolean[lines.length]);
    }

    @Test
    void findsAStandingsTableWithItsHeaderRow() {
        boolean[] cells = cells("Standings", "Driver", "Points", "Wins",
                "Kim Berg", "5040", "5", "Ana Ruiz", "5035", "7", "Tom Lind", "5033", "4", "Sources: the league");
        assertArrayEquals(new boolean[] {F, T, T, T, T, T, T, T, T, T, T, T, T, F}, cells);
    }

    @Test
    void aNumberedListOfHeadlinesIsNoTable() {
        // the trap: read two rows at a time, it holds two numbers a row
        boolean[] cells = cells("1", "Mayor opens library", "2", "Bridge to close", "3", "Fire at the mill",
                "4", "School wins award", "5", "Storm on the way");
        assertArrayEquals(new boolean[10], cells);
    }

    @Test
    void headlinesWithDateAndTimeAreNoTable() {
        boolean[] cells = cells("Mayor opens library", "18.11.2019", "10:05", "Bridge to close", "18.11.2019",
                "09:40", "Fire at the mill", "17.11.2019", "22:15");
        assertArrayEquals(new boolean[9], cells);
    }

    @Test
    void aCalendarOfBareNumbersIsNoTable() {
        boolean[] cells = cells("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertArrayEquals(new boolean[14], cells);
    }

    @Test
    void numberCellsHoldOnlyAFigure() {
        assertTrue(TableRuns.isNumberCell("85%"));
        assertTrue(TableRuns.isNumberCell("$139.00"));
        assertTrue(TableRuns.isNumberCell("2.5"));
        assertFalse(TableRuns.isNumberCell("Top 10"));
        assertFalse(TableRuns.isNumberCell("18.11.2019"));
        assertFalse(TableRuns.isNumberCell("10:05"));
        assertFalse(TableRuns.isNumberCell("%"));
    }
}
