package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StopwordVotesTest {

    @Test
    void theBuildsTableOfEachScriptHoldsWhatItsListsHold() {
        for (Map.Entry<Script, List<String>> entry : LanguageGuesser.candidates().entrySet()) {
            List<String> languages = entry.getValue();
            WordMasks built = StopwordVotes.read(entry.getKey(), languages);
            assertNotNull(built, "the build wrote no table for " + entry.getKey());
            WordMasks lists = StopwordVotes.fromLists(languages);
            assertEquals(lists.size(), built.size(), entry.getKey().toString());
            for (String language : languages) {
                for (Object key : Stopwords.of(language)) {
                    char[] word = key instanceof char[] chars ? chars : key.toString().toCharArray();
                    assertEquals(lists.get(word, word.length), built.get(word, word.length),
                            language + ": " + new String(word));
                }
            }
        }
    }

    @Test
    void givesEachWordABitPerLanguageWhoseListHoldsIt() throws IOException {
        List<String> languages = List.of("en", "de");
        StringBuilder text = new StringBuilder();
        StopwordVotes.write(languages, text);
        WordMasks table = StopwordVotes.parse(text.toString().lines().toList(), languages);
        assertNotNull(table);
        assertEquals(1, table.get("the", 0, 3));
        assertEquals(2, table.get("und", 0, 3));
        assertEquals(3, table.get("in", 0, 2), "English and German both list it");
        // a content word is in no list; nor is a word that only starts like a stopword
        assertEquals(0, table.get("minister", 0, 8));
        assertEquals(0, table.get("thee", 0, 4));
    }

    @Test
    void aTableMadeForOtherCandidatesIsNotUsed() throws IOException {
        StringBuilder text = new StringBuilder();
        StopwordVotes.write(List.of("en", "de"), text);
        // the bits would mean other languages: German's words would vote for French
        assertNull(StopwordVotes.parse(text.toString().lines().toList(), List.of("en", "fr")));
        assertNull(StopwordVotes.parse(text.toString().lines().toList(), List.of("en")));
        assertNotNull(StopwordVotes.parse(text.toString().lines().toList(), List.of("en", "de")));
    }

    @Test
    void theFileIsTheSameForTheSameLists() throws IOException {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        StopwordVotes.write(List.of("fr", "es"), first);
        StopwordVotes.write(List.of("fr", "es"), second);
        assertEquals(first.toString(), second.toString());
        assertTrue(first.toString().lines().skip(3).allMatch(line -> line.matches("[0-9a-f]+( \\S+)+")),
                "a mask, then the words that have it, one space apart");
    }
}
