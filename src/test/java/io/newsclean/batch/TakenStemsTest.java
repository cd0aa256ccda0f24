package io.newsclean.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TakenStemsTest {
    @Test
    void aNameIsTakenOnceAndCaseDoesNotMakeItNew() {
        TakenStems taken = new TakenStems();
        assertTrue(taken.take("report"));
        assertFalse(taken.take("report"));
        assertFalse(taken.take("Report"), "a case-insensitive file system would merge the two outputs");
        assertTrue(taken.take("report-2"));
    }

    @Test
    void manyNamesSurviveTheTableGrowing() {
        TakenStems taken = new TakenStems();
        for (int i = 0; i < 50_000; i++) {
            assertTrue(taken.take("page-" + i), "page-" + i);
        }
        for (int i = 0; i < 50_000; i++) {
            assertFalse(taken.take("page-" + i), "page-" + i);
        }
    }
}
