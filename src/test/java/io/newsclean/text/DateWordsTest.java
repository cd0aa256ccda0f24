package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateWordsTest {

    @Test
    void recognisesDateLinesInSeveralLanguages() {
        assertTrue(DateWords.isDateLine("November 20"));
        assertTrue(DateWords.isDateLine("15:23 2019"));
        assertTrue(DateWords.isDateLine("Monday 18 November 2019, 7:45 am PST"));
        assertTrue(DateWords.isDateLine("20. November 2019"));
        assertTrue(DateWords.isDateLine("24 сентября 2018"));
        assertTrue(DateWords.isDateLine("mercredi 20 novembre 2019"));
    }

    @Test
    void leavesLinesWithOtherWords() {
        assertFalse(DateWords.isDateLine("November"), "no number, perhaps a heading");
        assertFalse(DateWords.isDateLine("On November 20 the council met again."));
        assertFalse(DateWords.isDateLine("Top 10 films"));
    }

    @Test
    void theBuildsTableHoldsTheNamesOfTheLocaleData() {
        List<String> table = BuiltTables.lines(DateWords.TABLE);
        assertNotNull(table, "the build wrote no table of date names");
        assertEquals(DateWords.fromLocaleData(), DateWords.parse(table));
        assertEquals(DateWords.table().lines().toList(), table, "the same locale data writes the same table");
    }

    @Test
    void aTableMadeForOtherLanguagesIsNotUsed() {
        String table = DateWords.table();
        assertNull(DateWords.parse(table.replaceFirst("languages: en ", "languages: ").lines().toList()));
        assertTrue(DateWords.parse(table.lines().toList()).contains("novembre"));
    }
}
