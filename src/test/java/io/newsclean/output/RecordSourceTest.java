package io.newsclean.output;

import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RecordSourceTest {
    private final ArticleWriter writer = new ArticleWriter();

    @Test
    void readsBackTheSourceOfWhatTheWriterWrote() {
        SourceInfo source = SourceInfo.ofArchiveRecord("crawl.warc.gz", 4242, "https://example.org/a");
        Article article = new Article(source, "https://example.org/a", "T", List.of(), null, null, null, null,
                List.of("p"), List.of(), List.of(), List.of());
        String line = writer.toJson(article, false, true);
        assertEquals(new RecordSource.Key("crawl.warc.gz", 4242L), RecordSource.of(line));
        assertEquals(new RecordSource.Key("crawl.warc.gz", 4242L), RecordSource.peek(line));
        assertEquals(new RecordSource.Key("a.html", null),
                RecordSource.of(writer.errorJson(SourceInfo.ofFile("a.html"), "input is empty", true)));
    }

    @Test
    void aLineCutShortHasNoSource() {
        String line = writer.errorJson(SourceInfo.ofFile("a.html"), "input is empty", true);
        for (int cut = 1; cut < line.length(); cut++) {
            assertNull(RecordSource.of(line.substring(0, cut)), line.substring(0, cut));
        }
        assertNull(RecordSource.of("{\"title\":\"no source\"}"));
        assertNull(RecordSource.of("not json"));
    }
}
