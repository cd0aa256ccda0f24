package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseGatesTest {

    @Test
    void theBuildsTableHoldsEveryFileWithItsGates() {
        List<String> table = BuiltTables.lines(PhraseGates.TABLE);
        assertNotNull(table, "the build wrote no table of phrase gates");
        assertEquals(PhraseGates.table().lines().toList(), table, "the table is stale: the phrase files changed after the build");
        Map<String, List<String>> built = PhraseGates.byLanguage(table);
        assertEquals(PhraseBook.languages().size(), built.size());
        for (String language : PhraseBook.languages()) {
            List<PhraseGates.Entry> fromFile = PhraseGates.fromFile(language);
            List<PhraseGates.Entry> fromTable = PhraseGates.parse(language, built.get(language));
            assertEquals(fromFile.size(), fromTable.size(), language);
            for (int i = 0; i < fromFile.size(); i++) {
                PhraseGates.Entry file = fromFile.get(i);
                PhraseGates.Entry read = fromTable.get(i);
                assertEquals(file.source(), read.source());
                assertEquals(file.kind(), read.kind(), file.source());
                assertEquals(file.line(), read.line(), file.source());
                assertArrayEquals(file.gate(), read.gate(), file.source());
            }
        }
    }

    @Test
    void keepsALinesGateAndItsAbsence() {
        List<PhraseGates.Entry> english = PhraseGates.parse("en", PhraseGates.byLanguage(PhraseGates.table().lines().toList()).get("en"));
        assertTrue(english.stream().anyMatch(e -> e.gate() == null), "some patterns have no gate");
        PhraseGates.Entry gated = english.stream().filter(e -> e.gate() != null && e.gate().length > 1).findFirst().orElseThrow();
        assertArrayEquals(RequiredLiterals.of(gated.line().replaceFirst("^~", "")).toArray(new String[0]), gated.gate());
    }

    @Test
    void theTableNamesTheLanguagesOfTheIndexFile() {
        assertEquals(PhraseBook.indexLanguages(), PhraseGates.builtLanguages());
        assertEquals(PhraseBook.indexLanguages(), PhraseBook.languages());
        assertEquals(PhraseBook.indexLanguages(), PhraseGates.languagesOf(PhraseGates.table().lines().toList()));
    }

    @Test
    void aTableWithoutItsLanguagesLineIsNotUsed() {
        String table = PhraseGates.table();
        assertTrue(PhraseGates.byLanguage(table.replaceFirst("languages: ", "").lines().toList()).isEmpty());
        assertTrue(PhraseGates.byLanguage(null).isEmpty());
        assertNull(PhraseGates.languagesOf(List.of()));
        assertNull(PhraseGates.byLanguage(table.lines().toList()).get("xx"));
    }
}
