package io.newsclean.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.newsclean.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the tool's real output against the JSON Schema shipped in the jar, for every sample in
 * {@code samples/}, and that the schema really rejects what the contract forbids.
 */
class OutputSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("samples");

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ArticleWriter.class.getResourceAsStream(ArticleWriter.SCHEMA_RESOURCE)) {
            assertNotNull(in, "the schema ships on the class path at " + ArticleWriter.SCHEMA_RESOURCE);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleOutputMatchesTheSchema() throws IOException {
        List<Path> samples = samplePages();
        assertFalse(samples.isEmpty(), "samples/ holds pages");
        return samples.stream().flatMap(page -> Stream.of(
                DynamicTest.dynamicTest(page.getFileName() + " (pretty)", () -> checkRun(page.toString())),
                DynamicTest.dynamicTest(page.getFileName() + " (--explain --compact)",
                        () -> checkRun("--explain", "--compact", page.toString()))));
    }

    @Test
    void jsonLinesWithAnErrorRecordMatchTheSchema() throws IOException {
        List<String> args = new ArrayList<>(List.of("--explain"));
        samplePages().forEach(p -> args.add(p.toString()));
        args.add(SAMPLES.resolve("no-such-sample.html").toString());

        String out = run(args.toArray(String[]::new));

        List<String> lines = out.lines().toList();
        assertEquals(args.size() - 1, lines.size(), out);
        for (String line : lines) {
            assertValid(line);
        }
        assertTrue(JSON.readTree(lines.get(lines.size() - 1)).has("error"), "the last line is the error record");
    }

    @Test
    void theSchemaRejectsAnArticleWithAFieldMissing() throws IOException {
        ObjectNode article = validArticle();
        article.remove("title");
        assertInvalid(article);
    }

    @Test
    void theSchemaRejectsAnUnknownField() throws IOException {
        ObjectNode article = validArticle();
        article.put("body", "x");
        assertInvalid(article);
    }

    @Test
    void theSchemaRejectsParagraphsWhoseWhitespaceIsNotNormalised() throws IOException {
        for (String bad : List.of(" leading", "trailing ", "two  spaces", "line\nbreak", "")) {
            ObjectNode article = validArticle();
            article.putArray("paragraphs").add(bad);
            assertInvalid(article);
        }
    }

    @Test
    void theSchemaRejectsAReasonThatIsNotKebabCase() throws IOException {
        ObjectNode article = validArticle();
        article.putArray("removed").addObject().put("text", "Share").put("reason", "Share Prompt").put("rule", "R");
        assertInvalid(article);
    }

    @Test
    void theSchemaRejectsAnUnknownQuoteType() throws IOException {
        ObjectNode article = validArticle();
        article.putArray("quotes").addObject().put("text", "x").putNull("speaker").putNull("speakerMention")
                .putNull("cue").put("type", "reported").put("paragraph", 0).put("start", 0).put("end", 1);
        assertInvalid(article);
    }

    @Test
    void theSchemaAcceptsEachBlockKindWithItsOwnFields() throws IOException {
        ObjectNode article = validArticle();
        article.putArray("paragraphs").add("Timeline").add("First step").add("Year").add("Plain");
        var blocks = article.putArray("blocks");
        blocks.addObject().put("kind", "heading").put("level", 2);
        blocks.addObject().put("kind", "list-item").put("level", 1).put("ordered", true);
        blocks.addObject().put("kind", "table-cell").put("row", 0).put("column", 0).put("header", true);
        blocks.addObject().put("kind", "paragraph");
        assertValid(article.toString());
    }

    @Test
    void theSchemaRejectsABlockWithoutItsFieldsOrWithAnotherKindsFields() throws IOException {
        ObjectNode headingWithoutLevel = validArticle();
        headingWithoutLevel.putArray("blocks").addObject().put("kind", "heading");
        assertInvalid(headingWithoutLevel);

        ObjectNode paragraphWithLevel = validArticle();
        paragraphWithLevel.putArray("blocks").addObject().put("kind", "paragraph").put("level", 1);
        assertInvalid(paragraphWithLevel);

        ObjectNode unknownKind = validArticle();
        unknownKind.putArray("blocks").addObject().put("kind", "sidebar");
        assertInvalid(unknownKind);
    }

    @Test
    void theSchemaRejectsAnErrorRecordWithoutItsMessage() throws IOException {
        assertInvalid((ObjectNode) JSON.readTree("{\"schemaVersion\":1,\"source\":{\"file\":\"x\",\"format\":null,"
                + "\"charset\":null}}"));
    }

    @Test
    void theSchemaAcceptsAFullArticle() throws IOException {
        ObjectNode article = validArticle();
        article.putArray("quotes").addObject().put("text", "Back at last").put("speaker", "Rui Costa")
                .put("speakerMention", "the captain").put("cue", "said").put("type", "direct")
                .put("paragraph", 0).put("start", 1).put("end", 13);
        article.putArray("removed").addObject().put("text", "Share").put("reason", "share-prompt").put("rule", "R");
        assertValid(article.toString());
    }

    /** Runs the tool, validates every line it wrote, and checks what the schema cannot say. */
    private static void checkRun(String... args) throws IOException {
        String out = run(args);
        boolean compact = List.of(args).contains("--compact");
        List<String> documents = compact ? out.lines().toList() : List.of(out);
        assertEquals(1, documents.size(), out);
        assertValid(documents.get(0));
        checkQuoteOffsets(JSON.readTree(documents.get(0)));
    }

    /**
     * A quote's offsets point at its text in its paragraph, counted in code points. A quote that
     * runs on into the next paragraphs starts there and its text begins with the rest of that paragraph.
     */
    private static void checkQuoteOffsets(JsonNode article) {
        JsonNode paragraphs = article.get("paragraphs");
        assertEquals(paragraphs.size(), article.get("blocks").size(), "one block per paragraph");
        for (JsonNode quote : article.get("quotes")) {
            int index = quote.get("paragraph").asInt();
            int start = quote.get("start").asInt();
            int end = quote.get("end").asInt();
            String text = quote.get("text").asText();
            assertTrue(index < paragraphs.size(), "paragraph index in range: " + quote);
            int[] codePoints = paragraphs.get(index).asText().codePoints().toArray();
            assertTrue(start < end && start < codePoints.length, "offsets in range: " + quote);
            String found = new String(codePoints, start, Math.min(end, codePoints.length) - start);
            if (end <= codePoints.length && !text.equals(found)) {
                // a quote split around its attribution ("…“, sagte Albers, „…") spans both parts, the attribution
                // between them included, and its text joins the parts: every word of the text in order
                assertTrue(found.startsWith(text.substring(0, text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ')))
                        && inOrder(text.split(" "), found), "offsets point at the quote's text: " + quote);
            } else if (end > codePoints.length) {
                assertTrue(text.startsWith(found), "a quote running on starts at its offset: " + quote);
            }
        }
    }

    private static boolean inOrder(String[] words, String found) {
        int at = 0;
        for (String w : words) {
            int k = found.indexOf(w, at);
            if (k < 0) {
                return false;
            }
            at = k + w.length();
        }
        return at == found.length();
    }

    private static void assertValid(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "schema errors " + errors + " in " + json);
    }

    private static void assertInvalid(ObjectNode json) {
        assertFalse(schema.validate(json.toString(), InputFormat.JSON).isEmpty(), "the schema rejects " + json);
    }

    private static ObjectNode validArticle() throws IOException {
        ObjectNode article = (ObjectNode) JSON.readTree("""
                {"schemaVersion":1,"source":{"file":"a.html","format":"html","charset":"UTF-8"},
                 "url":"https://example.com/a","title":"Ferry returns","authors":["Ana Lima"],
                 "published":"2016-01-29T10:00:00-05:00","modified":null,"siteName":"Harbour News","language":"en",
                 "description":null,"image":"https://example.com/ferry.jpg","tags":["Ferries"],
                 "paragraphs":["\\"Back at last,\\" the captain said."],"blocks":[{"kind":"paragraph"}],
                 "quotes":[],"warnings":[]}""");
        assertValid(article.toString());
        return article;
    }

    private static List<Path> samplePages() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> !p.toString().contains(".expected.")
                            && (p.toString().endsWith(".html") || p.toString().endsWith(".txt")))
                    .sorted().toList();
        }
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), sink);
        return out.toString(StandardCharsets.UTF_8);
    }
}
