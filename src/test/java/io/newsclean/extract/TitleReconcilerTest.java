package io.newsclean.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TitleReconcilerTest {

    @Test
    void takesTheMostTrustedCandidate() {
        assertEquals("Envoys Meet", TitleReconciler.reconcile(List.of("Envoys Meet", "Envoys Meet - Daily"), "Daily"));
    }

    @Test
    void stripsTheDeclaredSiteNameAsSuffixOrPrefix() {
        assertEquals("High Time for a Thaw: Russia, NATO",
                TitleReconciler.reconcile(List.of("High Time for a Thaw: Russia, NATO - Sputnik International"),
                        "Sputnik International"));
        assertEquals("Envoys Meet", TitleReconciler.reconcile(List.of("The Daily | Envoys Meet"), "The Daily"));
        assertEquals("Envoys Meet", TitleReconciler.reconcile(List.of("Envoys Meet | example.com"), "Example"));
    }

    @Test
    void stripsAnAffixAnotherCandidateLeavesOut() {
        assertEquals("Envoys Meet", TitleReconciler.stripSiteName("Envoys Meet – Some Paper", null,
                List.of("Envoys Meet")));
    }

    @Test
    void keepsSeparatorsThatArePartOfTheHeadline() {
        assertEquals("Russia - NATO talks resume",
                TitleReconciler.reconcile(List.of("Russia - NATO talks resume"), "The Daily"));
        assertEquals("Q&A: What the envoys want", TitleReconciler.reconcile(List.of("Q&A: What the envoys want"), null));
    }

    @Test
    void noCandidateMeansNoTitle() {
        assertNull(TitleReconciler.reconcile(List.of(), "Site"));
    }
}
