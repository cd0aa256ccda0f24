package io.newsclean.input.text;

import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.PageMetadata;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextMetadataTest {
    private static final String BODY = """
            The ferry between the two harbours returned to service on Sunday after two years of repairs, and more than three hundred passengers were on board for the first crossing.
            The operator said the new engines would cut the crossing time by a quarter and that a second boat would join the service in the summer.
            Local shop owners said they were glad to see the ferry back, because the harbour had been quiet for too long without it.
            """;

    private static PageMetadata read(String text) {
        return new TextBlockReader().read(new Page(text, Format.TEXT, "UTF-8", SourceInfo.ofFile("-"), null)).metadata();
    }

    @Test
    void readsTheBylineAndDateLinesNearTheHeadline() {
        PageMetadata meta = read("Home\nNews\nFerry Returns to the Harbour After Two Years\nBy Ana Lima and Rui Costa\n"
                + "March 5, 2019 10:42 am\n" + BODY);
        assertEquals(List.of("Ana Lima", "Rui Costa"), meta.authors());
        assertEquals("2019-03-05", meta.published());
    }

    @Test
    void aGermanBylineAndDateLine() {
        PageMetadata meta = read("Die Fähre kehrt in den Hafen zurück\nVon Anna Schmidt\n16. Oktober 2019, 14:05 Uhr\n"
                + "Die Fähre zwischen den beiden Häfen ist am Sonntag nach zwei Jahren Reparatur wieder in Betrieb gegangen, "
                + "und mehr als dreihundert Fahrgäste waren bei der ersten Überfahrt an Bord.\n"
                + "Der Betreiber sagte, die neuen Motoren würden die Überfahrt um ein Viertel verkürzen und im Sommer "
                + "werde ein zweites Schiff dazukommen, wie es die Stadt schon lange gewünscht hatte.\n");
        assertEquals(List.of("Anna Schmidt"), meta.authors());
        assertEquals("2019-10-16", meta.published());
    }

    @Test
    void aSentenceThatStartsWithByAndTheCopyrightLineAreNotMetadata() {
        PageMetadata meta = read("Ferry Returns to the Harbour After Two Years\n"
                + "By the time the ferry arrived, the crowd on the quay had grown to several hundred people.\n"
                + BODY + "© 2019 Harbour News. All rights reserved.\n");
        assertEquals(List.of(), meta.authors());
        assertNull(meta.published());
    }
}
