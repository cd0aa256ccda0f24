package io.newsclean.text;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StopwordsTest {

    @Test
    void theBuildsTablesHoldLucenesLists() {
        for (String language : Stopwords.languages()) {
            List<String> table = BuiltTables.lines(Stopwords.tableName(language));
            assertNotNull(table, "the build wrote no table for " + language);
            CharArraySet built = Stopwords.fromTable(table);
            CharArraySet lucene = Stopwords.fromLucene(language);
            assertEquals(lucene.size(), built.size(), language);
            for (Object key : lucene) {
                String word = key instanceof char[] chars ? new String(chars) : key.toString();
                assertTrue(built.contains(word), language + ": " + word);
                String upper = word.toUpperCase(java.util.Locale.ROOT);
                assertEquals(lucene.contains(upper), built.contains(upper), language + ", letter case: " + upper);
            }
        }
    }

    @Test
    void knowsTheCommonWordsOfEachCoveredLanguage() {
        assertTrue(Stopwords.of("en").contains("the"));
        assertTrue(Stopwords.of("en").contains("which"), "the full Snowball list, not Lucene's 33 words");
        assertTrue(Stopwords.of("de").contains("und"));
        assertTrue(Stopwords.of("fr").contains("les"));
        assertTrue(Stopwords.of("es").contains("los"));
        assertTrue(Stopwords.of("it").contains("della"));
        assertTrue(Stopwords.of("pt").contains("não"));
        assertTrue(Stopwords.of("ru").contains("что"));
        assertTrue(Stopwords.of("pl").contains("się"));
        assertTrue(Stopwords.of("nl").contains("het"));
    }

    @Test
    void contentWordsAreNotStopwords() {
        assertFalse(Stopwords.of("en").contains("minister"));
        assertFalse(Stopwords.of("de").contains("regierung"));
    }

    @Test
    void unknownLanguagesHaveNoSet() {
        assertNull(Stopwords.of(null));
        assertNull(Stopwords.of("xx"));
        assertNotNull(Stopwords.of("sv"));
    }

    @Test
    void everyLanguageListedHasItsListReadOnceAndThenShared() {
        assertEquals(37, Stopwords.languages().size());
        for (String language : Stopwords.languages()) {
            var set = Stopwords.of(language);
            assertFalse(set.isEmpty(), language);
            assertSame(set, Stopwords.of(language), language);
        }
    }

    @Test
    void threadsAskingForAListAtOnceAllGetTheSameOne() throws Exception {
        List<Callable<CharArraySet>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(() -> Stopwords.of("te"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CharArraySet>> answers = pool.invokeAll(asks);
            for (Future<CharArraySet> answer : answers) {
                assertSame(answers.get(0).get(), answer.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thePolishListReadFromItsFileIsTheOneLucenesAnalyzerGives() {
        var lucenes = org.apache.lucene.analysis.pl.PolishAnalyzer.getDefaultStopSet();
        var ours = Stopwords.of("pl");

        assertEquals(lucenes.size(), ours.size());
        for (Object word : lucenes) {
            assertTrue(ours.contains((char[]) word), new String((char[]) word));
        }
    }
}
