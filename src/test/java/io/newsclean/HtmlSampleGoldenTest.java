package io.newsclean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsclean.model.Article;
import io.newsclean.model.Removal;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed article as a served HTML page: title, paragraphs and markup metadata must match the
 * hand-written expected file. (Quotes are checked by the quote extractor's own golden tests.)
 */
class HtmlSampleGoldenTest {
    private static final Path SAMPLE = Path.of("samples", "sputnik-nato-russia-html.html");
    private static final Path EXPECTED = Path.of("samples", "sputnik-nato-russia-html.expected.json");

    @Test
    void htmlSampleGivesTheExpectedArticle() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Files.readAllBytes(EXPECTED));
        Article article = new NewsCleaner().clean(Files.readAllBytes(SAMPLE),
                new CleanOptions(null, null, null, true), SourceInfo.ofFile(SAMPLE.toString()));

        assertEquals("html", article.source().format());
        assertEquals(expected.get("title").asText(), article.title());
        assertEquals(strings(expected.get("paragraphs")), article.paragraphs());
        assertEquals(expected.get("url").asText(), article.url());
        assertEquals(expected.get("published").asText(), article.published());
        assertEquals(expected.get("modified").asText(), article.modified());
        assertEquals(expected.get("image").asText(), article.image());
        assertEquals(strings(expected.get("tags")), article.tags());
        assertEquals(expected.get("siteName").asText(), article.siteName());
        assertEquals(expected.get("language").asText(), article.language());
        assertEquals(expected.get("description").asText(), article.description());
        assertEquals(strings(expected.get("authors")), article.authors());
        assertTrue(article.warnings().isEmpty());
    }

    @Test
    void everyBoilerplateLineOfThePageIsExplained() throws Exception {
        Article article = new NewsCleaner().clean(Files.readAllBytes(SAMPLE),
                new CleanOptions(null, null, null, true), SourceInfo.ofFile(SAMPLE.toString()));
        List<String> removed = article.removed().stream().map(Removal::text).toList();
        for (String line : List.of("Registration was successful!", "Please follow the link from the email sent to",
                "NATO, Russia Consider Council Meeting", "To participate in the discussion", "log in or register",
                "Заголовок открываемого материала")) {
            assertTrue(removed.contains(line), line);
        }
        assertTrue(removed.stream().anyMatch(r -> r.startsWith("© AFP 2021 / GERARD CERLES")));
        for (Removal r : article.removed()) {
            assertFalse(r.reason().isBlank());
            assertTrue(r.reason().matches("[a-z]+(-[a-z]+)*"), r.reason());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
