package io.newsclean.quotes;

import io.newsclean.model.Quote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The quote tables in {@code src/test/resources/io/newsclean/quotes/tables/}: each case gives an article's
 * paragraphs and, after "=>", the start of a quote and the speaker it must have ("-" for none). One test
 * per expectation, named by its case.
 */
class QuoteTableTest {
    private static final List<String> TABLES = List.of("speakers.quotes");

    /** One expectation: paragraphs, the start of a quote, its speaker (null for none). */
    record Expectation(String table, String title, List<String> paragraphs, String prefix, String speaker) {
    }

    @TestFactory
    Stream<DynamicTest> tables() throws IOException {
        List<Expectation> all = new ArrayList<>();
        for (String table : TABLES) {
            all.addAll(read(table));
        }
        assertFalse(all.isEmpty(), "the tables hold cases");
        return all.stream().map(e -> DynamicTest.dynamicTest(e.table() + ": " + e.title() + " => " + e.prefix(), () -> {
            Quote q = Quotes.find(Quotes.extract(e.paragraphs().toArray(String[]::new)), e.prefix());
            if (e.speaker() == null) {
                assertNull(q.speaker(), "no speaker expected");
            } else {
                assertEquals(e.speaker(), q.speaker());
            }
        }));
    }

    static List<Expectation> read(String table) throws IOException {
        String text;
        try (InputStream in = QuoteTableTest.class.getResourceAsStream("tables/" + table)) {
            if (in == null) {
                throw new IOException("missing table " + table);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Expectation> out = new ArrayList<>();
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("## ")) {
                title = line.substring(3).strip();
                paragraphs = new ArrayList<>();
            } else if (line.startsWith("=> ")) {
                String[] parts = line.substring(3).split("\\|");
                if (parts.length != 2 || title == null || paragraphs.isEmpty()) {
                    throw new IOException(table + ": a malformed case: " + line);
                }
                String speaker = parts[1].strip();
                out.add(new Expectation(table, title, List.copyOf(paragraphs), parts[0].strip(),
                        speaker.equals("-") ? null : speaker));
                paragraphs = new ArrayList<>();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                paragraphs.add(line);
            }
        }
        return out;
    }
}
