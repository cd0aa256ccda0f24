package io.newsclean.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BuiltTablesTest {

    @Test
    void readsBackTheLinesWrittenAsciiOrNot(@TempDir Path folder) throws IOException {
        List<String> lines = List.of("languages: en ru", "12\tsign in\tsign in", "", "13\tвойти\tвойти", "août");
        BuiltTables.write(folder, "t.txt", String.join("\n", lines) + "\n");
        byte[] bytes = Files.readAllBytes(folder.resolve("t.txt"));
        assertEquals(lines, BuiltTables.lines(bytes));
        List<String> raw = List.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1));
        assertEquals("12\tsign in\tsign in", raw.get(1), "an ASCII line is written as it is");
        assertEquals("\u007f13\tвойти\tвойти", raw.get(3), "a line beyond ASCII is marked");
        assertEquals("\u007faoût", raw.get(4));
    }

    @Test
    void refusesALineThatHoldsTheMarker(@TempDir Path folder) {
        assertThrows(IllegalArgumentException.class, () -> BuiltTables.write(folder, "t.txt", "a\u007fb\n"));
    }
}
