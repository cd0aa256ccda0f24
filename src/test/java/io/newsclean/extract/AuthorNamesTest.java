package io.newsclean.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuthorNamesTest {

    @Test
    void splitsABylineInThePagesLanguage() {
        assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.fromByline("By Jane Doe and John Roe", "en"));
        assertEquals(List.of("Anna Schmidt", "Jonas Weber"), AuthorNames.fromByline("Von Anna Schmidt und Jonas Weber", "de"));
        assertEquals(List.of("Claire Martin", "Paul Durand"), AuthorNames.fromByline("Par Claire Martin et Paul Durand", "fr"));
        assertEquals(List.of("Lucía Pérez", "Diego Ruiz"), AuthorNames.fromByline("Por Lucía Pérez y Diego Ruiz", "es"));
        assertEquals(List.of("Marco Rossi", "Giulia Bianchi"), AuthorNames.fromByline("Di Marco Rossi e Giulia Bianchi", "it"));
        assertEquals(List.of("Ana Lima", "Rui Costa", "Eva Sousa"), AuthorNames.fromByline("Ana Lima, Rui Costa & Eva Sousa", null));
    }

    @Test
    void cleansRolesDatesAddressesAndHandles() {
        assertEquals(List.of("Daniel Kahn Gillmor"), AuthorNames.fromByline(
                "By Daniel Kahn Gillmor, Senior Staff Technologist, Example Speech, Privacy, and Technology Project", "en"),
                "after the role comes the affiliation, which names no one");
        assertEquals(List.of("Nathan Willis"), AuthorNames.fromByline("By Nathan Willis March 25, 2015", "en"));
        assertEquals(List.of("Erin Cunningham"), AuthorNames.fromByline("By Erin Cunningham | Updated 5:27 am", "en"));
        assertEquals(List.of("Jane Doe"), AuthorNames.fromByline("Jane Doe jane.doe@example.com @janedoe", "en"));
        assertEquals(List.of("Jane Doe"), AuthorNames.fromByline("Special Correspondent Jane Doe", "en"));
        assertEquals(List.of("Max Muster"), AuthorNames.fromByline("Text: Max Muster, Redakteur", "de"));
        assertEquals(List.of("Martin Untersinger", "Damien Leloup", "Morgane Tual"),
                AuthorNames.fromByline("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)", "fr"));
        assertEquals(List.of("Kooman, F."), AuthorNames.fromByline("Kooman, F.", "en"), "an inverted name with its initial");
    }

    @Test
    void aLabelOrAPhraseIsNoName() {
        assertEquals(List.of(), AuthorNames.fromByline("Staff Writer", "en"));
        assertEquals(List.of(), AuthorNames.fromByline("Follow", "en"));
        assertEquals(List.of(), AuthorNames.fromByline("by the time the talks ended", "en"));
        assertEquals(List.of(), AuthorNames.fromByline("Sunday", "en"), "a weekday is a date, not a person");
    }

    @Test
    void aDeclaredNameIsCleanedButNeverSplit() {
        assertEquals("Michiel de Jong", AuthorNames.fromName("By Michiel de Jong", "en"));
        assertEquals("Contributors to Wikimedia projects", AuthorNames.fromName("Contributors to Wikimedia projects", "en"));
        assertNull(AuthorNames.fromName("  ", "en"));
        assertNull(AuthorNames.fromName("https://example.com/people/jane", "en"));
    }

    @Test
    void aBylineLineOpensWithTheBylineWord() {
        assertEquals(List.of("Anna Schmidt"), AuthorNames.fromBylineLine("Von Anna Schmidt", "de"));
        assertEquals(List.of("Jane Doe"), AuthorNames.fromBylineLine("By Jane Doe.", "en"));
        assertEquals(List.of(), AuthorNames.fromBylineLine(
                "Peter Brandt, der Vorsitzende des örtlichen Fahrradclubs, sagte, die Stadt habe lange genug gewartet.",
                "de"), "a short sentence that names someone, ending in a full stop, is no byline");
        assertEquals(List.of(), AuthorNames.fromBylineLine("Luis Ortega, concejal de Cultura, dijo que sí.", "es"));
    }
}
