package io.newsclean.quotes;

import io.newsclean.model.Quote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quote tables in {@code src/test/resources/io/newsclean/quotes/tables/}: each case gives an article's
 * paragraphs, one a line, then what must be found in them:
 * <ul>
 *   <li>{@code => QUOTE START | SPEAKER}: exactly one quote starts so, and it has that speaker ("-" for none,
 *   "?" where the case is about something else); more fields may follow, each {@code | name=value}:
 *   {@code type} (direct, partial, indirect), {@code cue}, {@code mention} (the words that named the
 *   speaker), {@code paragraph} (where the quote starts) and {@code text} (the whole quote), "-" for none;</li>
 *   <li>{@code !> WORDS}: no quote starts with these words; {@code !> WORDS | type=indirect} no quote of that
 *   type does, and {@code !> * | type=indirect} the article has no quote of that type at all.</li>
 * </ul>
 * Lines after an expectation start a new article under the same title (the trap beside its rule). One test
 * per expectation, named by its case.
 */
class QuoteTableTest {
    private static final List<String> TABLES = List.of("speakers.quotes", "attribution.quotes", "finding.quotes", "reported.quotes");

    /**
     * One expectation: paragraphs, the start of a quote, its speaker (null for none) and any other field it
     * must have; or, when {@code absent}, that no quote starts with {@code prefix}.
     */
    record Expectation(String table, String title, List<String> paragraphs, String prefix, boolean absent,
                       String speaker, Map<String, String> fields) {
    }

    @TestFactory
    Stream<DynamicTest> tables() throws IOException {
        List<Expectation> all = new ArrayList<>();
        for (String table : TABLES) {
            all.addAll(read(table));
        }
        assertFalse(all.isEmpty(), "the tables hold cases");
        return all.stream().map(e -> DynamicTest.dynamicTest(e.table() + ": " + e.title() + (e.absent() ? " !> " : " => ")
                + e.prefix(), () -> check(e)));
    }

    private static void check(Expectation e) {
        List<Quote> quotes = Quotes.extract(e.paragraphs().toArray(String[]::new));
        if (e.absent()) {
            String type = e.fields().get("type");
            assertTrue(quotes.stream().noneMatch(q -> (e.prefix().equals("*") || q.text().startsWith(e.prefix()))
                    && (type == null || q.type() != null && q.type().name().toLowerCase(Locale.ROOT).equals(type))),
                    quotes.toString());
            return;
        }
        Quote q = Quotes.find(quotes, e.prefix());
        if (!"?".equals(e.speaker())) {
            assertEquals(e.speaker(), q.speaker(), "speaker");
        }
        for (Map.Entry<String, String> f : e.fields().entrySet()) {
            String expected = f.getValue().equals("-") ? null : f.getValue();
            String actual = switch (f.getKey()) {
                case "type" -> q.type() == null ? null : q.type().name().toLowerCase(Locale.ROOT);
                case "cue" -> q.cue();
                case "mention" -> q.speakerMention();
                case "paragraph" -> String.valueOf(q.paragraph());
                case "text" -> q.text();
                default -> throw new IllegalArgumentException(e.table() + ": no field " + f.getKey());
            };
            assertEquals(expected, actual, f.getKey());
        }
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
        boolean expected = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("## ")) {
                title = line.substring(3).strip();
                paragraphs = new ArrayList<>();
                expected = false;
            } else if (line.startsWith("=> ") || line.startsWith("!> ")) {
                if (title == null || paragraphs.isEmpty()) {
                    throw new IOException(table + ": an expectation with no article: " + line);
                }
                out.add(line.startsWith("!> ") ? absence(table, title, paragraphs, line) : expectation(table, title, paragraphs, line));
                expected = true;
            } else if (!line.isBlank() && !line.startsWith("#")) {
                if (expected) {
                    paragraphs = new ArrayList<>();
                    expected = false;
                }
                paragraphs.add(line);
            }
        }
        return out;
    }

    /** "!> WORDS", "!> WORDS | type=indirect" or "!> * | type=indirect" (no quote of that type at all). */
    private static Expectation absence(String table, String title, List<String> paragraphs, String line) throws IOException {
        String[] parts = line.substring(3).split("\\|");
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2 || !kv[0].strip().equals("type")) {
                throw new IOException(table + ": an absence takes only a type: " + line);
            }
            fields.put("type", kv[1].strip());
        }
        return new Expectation(table, title, List.copyOf(paragraphs), parts[0].strip(), true, null, fields);
    }

    private static Expectation expectation(String table, String title, List<String> paragraphs, String line)
            throws IOException {
        String[] parts = line.substring(3).split("\\|");
        if (parts.length < 2) {
            throw new IOException(table + ": a malformed case: " + line);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 2; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2) {
                throw new IOException(table + ": a malformed field in: " + line);
            }
            fields.put(kv[0].strip(), kv[1].strip());
        }
        String speaker = parts[1].strip();
        return new Expectation(table, title, List.copyOf(paragraphs), parts[0].strip(), false,
                speaker.equals("-") ? null : speaker, fields);
    }
}
