package io.newsclean.input.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.Removal;
import io.newsclean.model.SourceInfo;
import io.newsclean.text.Whitespace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed page as text, through the library: the expected title and paragraphs (written by a
 * person) come out exactly, and every line that must go is dropped with a reason.
 */
class SeedTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Article article;
    private static JsonNode expected;
    private static JsonNode mustGo;

    @BeforeAll
    static void clean() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("samples", "sputnik-nato-russia.txt"));
        article = new NewsCleaner().clean(bytes, new CleanOptions(Format.TEXT, null, null, true),
                SourceInfo.ofFile("sputnik-nato-russia.txt"));
        expected = resource("sputnik-nato-russia.expected.json");
        mustGo = resource("sputnik-nato-russia.removed.json");
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = SeedTextTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return JSON.readTree(in);
        }
    }

    @Test
    void titleSiteAndLanguage() {
        assertEquals(expected.get("title").asText(), article.title());
        assertEquals("Sputnik International", article.siteName());
        assertEquals("en", article.language());
    }

    @Test
    void allEighteenParagraphsExactlyAndInOrder() {
        List<String> paragraphs = new ArrayList<>();
        expected.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        assertEquals(18, paragraphs.size());
        assertEquals(paragraphs, article.paragraphs());
    }

    @Test
    void everyLineThatMustGoIsRemovedWithAReason() {
        Map<String, String> removed = article.removed().stream()
                .collect(Collectors.toMap(Removal::text, Removal::reason, (a, b) -> a));
        for (JsonNode line : mustGo) {
            String text = Whitespace.normalize(line.get("text").asText());
            assertFalse(article.paragraphs().contains(text), text);
            assertTrue(removed.containsKey(text), "not listed as removed: " + text);
            assertTrue(removed.get(text).matches("[a-z]+(-[a-z]+)*"), removed.get(text));
        }
    }

    @Test
    void reasonsSayWhatTheLinesAre() {
        Map<String, String> removed = article.removed().stream()
                .collect(Collectors.toMap(Removal::text, Removal::reason, (a, b) -> a));
        assertEquals("registration-notice", removed.get("Registration was successful!"));
        assertEquals("login-prompt", removed.get("log in or register"));
        assertEquals("related-teaser", removed.get("NATO, Russia Consider Council Meeting"));
        assertEquals("template-string", removed.get("Заголовок открываемого материала"));
        assertEquals("image-caption", removed.get(
                "General view of the main entrance of the NATO headquarters in Brussels - Sputnik International"));
    }
}
