package io.newsclean.input.text;

import io.newsclean.input.ParsedPage;
import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextBlockReaderTest {
    private static final String P1 = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu "
            + "sperren, und damit müssen tausende Autofahrer im nächsten Jahr auf Nebenstraßen ausweichen.";
    private static final String P2 = "Ingenieure hatten bei einer Routineprüfung im Frühjahr Risse in zwei der "
            + "tragenden Balken gefunden, und der Rat wurde informiert, dass die Arbeiten nicht warten können.";

    private static ParsedPage read(String text) {
        Page page = new Page(text, Format.TEXT, "UTF-8", SourceInfo.ofFile("-"), null);
        return new TextBlockReader().read(page);
    }

    @Test
    void oneBlockPerNonBlankLineWithWhitespaceNormalised() {
        ParsedPage parsed = read("  first\u00a0 line \n\n\r\nsecond\tline\n   \n");
        assertEquals(2, parsed.blocks().size());
        assertEquals("first line", parsed.blocks().get(0).text());
        assertEquals(1, parsed.blocks().get(1).index());
    }

    @Test
    void learnsLanguageSiteNameAndHeadline() {
        String text = String.join("\n", "Startseite", "Politik",
                "Stadtrat sperrt die alte Brücke für ein Jahr",
                "Die alte Brücke über den Fluss im Morgenlicht - Tagesbote",
                P1, "Blick auf das Rathaus am Marktplatz - Tagesbote", P2);
        ParsedPage parsed = read(text);
        assertEquals("de", parsed.metadata().language());
        assertEquals("Tagesbote", parsed.metadata().siteName());
        assertEquals(List.of("Stadtrat sperrt die alte Brücke für ein Jahr"), parsed.metadata().titleCandidates());
    }

    @Test
    void noGuessesOnAPageOfLabels() {
        ParsedPage parsed = read("Home\nNews\nSport");
        assertNull(parsed.metadata().language());
        assertNull(parsed.metadata().siteName());
        assertEquals(List.of(), parsed.metadata().titleCandidates());
    }
}
