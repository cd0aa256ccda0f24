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

    @Test
    void takesTheHeadlineMostSourcesAgreeOn() {
        assertEquals("The seven secrets hotel owners keep", TitleReconciler.reconcile(List.of(
                "Seven secrets hotel owners keep", "The seven secrets hotel owners keep",
                "The seven secrets hotel owners keep | The Independent"), "The Independent"),
                "og:title says one thing, the h1 and the window title agree on another");
        assertEquals("Envoys meet", TitleReconciler.reconcile(List.of("Envoys meet", "Talks resume"), null),
                "no agreement: the most trusted candidate");
    }

    @Test
    void stripsSiteNamesInEveryCommonForm() {
        assertEquals("Bush signs the bill", TitleReconciler.reconcile(
                List.of("SignOnSanDiego.com > News > World -- Bush signs the bill"), null));
        assertEquals("Kernel patch lands", TitleReconciler.reconcile(
                List.of("Kernel patch lands | The Register"), "The Register"));
        assertEquals("Kernel patch lands", TitleReconciler.reconcile(
                List.of("Kernel patch lands", "Kernel patch lands • The Register"), null));
    }

    @Test
    void aShortNameBeforeALongHeadlineIsTheSiteNotTheHeadline() {
        assertEquals("Open flow for programmable logic devices", TitleReconciler.stripSiteName(
                "Silicon Exposed | Open flow for programmable logic devices", null, List.of("Silicon Exposed")));
        assertEquals("Mozilla", TitleReconciler.stripSiteName("Mozilla - Wikipedia", null, List.of("Mozilla")),
                "the trap: a short headline before a short site name stays the headline");
    }
}
