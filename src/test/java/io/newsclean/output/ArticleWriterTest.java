package io.newsclean.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsclean.model.Article;
import io.newsclean.model.BodyBlock;
import io.newsclean.model.Format;
import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.model.Removal;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleWriterTest {
    private static final SourceInfo SOURCE = SourceInfo.ofFile("in/page.html").withDecoding(Format.HTML, "UTF-8");

    private final ArticleWriter writer = new ArticleWriter();

    @Test
    void prettyOutputPutsEveryFieldAndArrayElementOnItsOwnLine() {
        Article article = new Article(SOURCE, "https://example.com/a", "Ferry returns", List.of("Ana Lima"),
                "2016-01-29T10:00:00-05:00", "2016-01-30", "Harbour News", "en", null, "https://example.com/ferry.jpg",
                List.of("Ferries", "Harbour"), List.of("First paragraph.", "\"Back at last,\" the captain said."),
                List.of(BodyBlock.PARAGRAPH, BodyBlock.PARAGRAPH),
                List.of(new Quote("Back at last", "Rui Costa", "the captain", "said", QuoteType.DIRECT, 1, 1, 13)),
                List.of(new Removal("Share this", "share-prompt", "SharePromptRule")), List.of());

        String expected = """
                {
                  "schemaVersion": 1,
                  "source": {
                    "file": "in/page.html",
                    "format": "html",
                    "charset": "UTF-8"
                  },
                  "url": "https://example.com/a",
                  "title": "Ferry returns",
                  "authors": [
                    "Ana Lima"
                  ],
                  "published": "2016-01-29T10:00:00-05:00",
                  "modified": "2016-01-30",
                  "siteName": "Harbour News",
                  "language": "en",
                  "description": null,
                  "image": "https://example.com/ferry.jpg",
                  "tags": [
                    "Ferries",
                    "Harbour"
                  ],
                  "paragraphs": [
                    "First paragraph.",
                    "\\"Back at last,\\" the captain said."
                  ],
                  "blocks": [
                    {
                      "kind": "paragraph"
                    },
                    {
                      "kind": "paragraph"
                    }
                  ],
                  "quotes": [
                    {
                      "text": "Back at last",
                      "speaker": "Rui Costa",
                      "speakerMention": "the captain",
                      "cue": "said",
                      "type": "direct",
                      "paragraph": 1,
                      "start": 1,
                      "end": 13
                    }
                  ],
                  "removed": [
                    {
                      "text": "Share this",
                      "reason": "share-prompt",
                      "rule": "SharePromptRule"
                    }
                  ],
                  "warnings": []
                }""";
        assertEquals(expected, writer.toJson(article, true, false));
    }

    @Test
    void compactOutputIsOneLineWithTheSameContent() throws Exception {
        Article article = sample(List.of("One.", "Two."));

        String compact = writer.toJson(article, true, true);
        String pretty = writer.toJson(article, true, false);

        assertFalse(compact.contains("\n"), compact);
        assertEquals(tree(pretty), tree(compact));
    }

    @Test
    void everyFieldIsPresentWhenNothingIsKnown() throws Exception {
        Article empty = new Article(SourceInfo.ofFile("-").withDecoding(Format.TEXT, "UTF-8"), null, null, List.of(),
                null, null, null, null, List.of(), List.of(), List.of(), List.of("no-article"));

        JsonNode json = tree(writer.toJson(empty, false, true));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("schemaVersion", "source", "url", "title", "authors", "published", "modified", "siteName",
                "language", "description", "image", "tags", "paragraphs", "blocks", "quotes", "warnings"), names);
        for (String field : List.of("url", "title", "published", "modified", "siteName", "language", "description",
                "image")) {
            assertTrue(json.get(field).isNull(), field);
        }
        for (String field : List.of("authors", "tags", "paragraphs", "blocks", "quotes")) {
            assertTrue(json.get(field).isArray() && json.get(field).isEmpty(), field);
        }
    }

    @Test
    void removedAppearsOnlyWhenExplained() throws Exception {
        Article article = sample(List.of("One."));

        assertFalse(tree(writer.toJson(article, false, true)).has("removed"));
        assertEquals(1, tree(writer.toJson(article, true, true)).get("removed").size());
    }

    @Test
    void anExplainedPageWithNothingDroppedHasAnEmptyRemovedList() throws Exception {
        Article article = new Article(SOURCE, null, null, List.of(), null, null, null, null, List.of("One."),
                List.of(), List.of(), List.of());

        JsonNode removed = tree(writer.toJson(article, true, true)).get("removed");
        assertTrue(removed.isArray() && removed.isEmpty(), String.valueOf(removed));
    }

    @Test
    void nonAsciiTextIsNotEscaped() {
        Article article = sample(List.of("Заголовок — «Zürich» ‘quoted’ 東京"));

        String json = writer.toJson(article, false, false);

        assertTrue(json.contains("\"Заголовок — «Zürich» ‘quoted’ 東京\""), json);
        assertFalse(json.contains("\\u"), json);
    }

    @Test
    void anErrorRecordCarriesItsSourceAndMessage() {
        String json = writer.errorJson(SourceInfo.ofFile("missing.html"), "no such file", true);

        assertEquals("{\"schemaVersion\":1,\"source\":{\"file\":\"missing.html\",\"format\":null,\"charset\":null},"
                + "\"error\":\"no such file\"}", json);
    }

    @Test
    void aWarcRecordOffsetIsWrittenOnlyWhenThereIsOne() throws Exception {
        SourceInfo record = new SourceInfo("crawl.warc.gz", 1234L, "html", "UTF-8");

        assertEquals(1234L, tree(writer.errorJson(record, "x", true)).get("source").get("record").asLong());
        assertFalse(tree(writer.errorJson(SOURCE, "x", true)).get("source").has("record"));
    }

    private static Article sample(List<String> paragraphs) {
        return new Article(SOURCE, null, "Title", List.of(), null, null, "en", null, paragraphs, List.of(),
                List.of(new Removal("Share this", "share-prompt", "SharePromptRule")), List.of());
    }

    private static JsonNode tree(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }
}
