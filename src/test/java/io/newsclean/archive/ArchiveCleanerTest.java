package io.newsclean.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

import java.io.ByteArrayInputStream;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static io.newsclean.archive.WarcBytes.concat;
import static io.newsclean.archive.WarcBytes.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveCleanerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArchiveCleaner cleaner = new ArchiveCleaner(1 << 20, Duration.ofSeconds(30), null, false);

    private static JsonNode json(CleanedRecord record) throws Exception {
        return JSON.readTree(record.json());
    }

    @Test
    void recordsComeInArchiveOrderWithAnErrorRecordForTheDamagedOneBetween() throws Exception {
        byte[] a = response("https://example.org/a", "Bridge repairs delayed", WarcCompression.GZIP);
        byte[] b = response("https://example.org/b", "Budget vote", WarcCompression.GZIP);
        byte[] c = response("https://example.org/c", "Floods close the road", WarcCompression.GZIP);
        byte[] cut = Arrays.copyOf(b, b.length / 2);
        List<CleanedRecord> records = new ArrayList<>();

        ArchiveSummary summary = cleaner.clean(new ByteArrayInputStream(concat(a, cut, c)), "crawl.warc.gz", records::add);

        assertEquals(new ArchiveSummary(2, 0, 1, 0, 0, 0), summary);
        assertEquals(3, records.size());
        JsonNode first = json(records.get(0));
        assertEquals("https://example.org/a", first.path("url").asText());
        assertEquals("Bridge repairs delayed", first.path("title").asText());
        assertEquals(0, first.path("source").path("record").asLong());
        assertFalse(first.path("paragraphs").isEmpty());

        JsonNode error = json(records.get(1));
        assertEquals("crawl.warc.gz", error.path("source").path("file").asText());
        assertEquals(a.length, error.path("source").path("record").asLong());
        assertTrue(error.path("error").asText().startsWith("cannot read archive: "), error.toString());
        assertFalse(error.has("paragraphs"));

        JsonNode last = json(records.get(2));
        assertEquals("https://example.org/c", last.path("url").asText());
        assertEquals(a.length + cut.length, last.path("source").path("record").asLong());
        assertFalse(new String(records.get(0).json(), java.nio.charset.StandardCharsets.UTF_8).contains("\n"),
                "one line per record");
    }

    @Test
    void pagesNotWantedAreSkippedWithoutCleaning() throws Exception {
        byte[] a = response("https://example.org/a", "Bridge repairs delayed", WarcCompression.GZIP);
        byte[] c = response("https://example.org/c", "Floods close the road", WarcCompression.GZIP);
        List<CleanedRecord> records = new ArrayList<>();

        ArchiveSummary summary = cleaner.clean(new ByteArrayInputStream(concat(a, c)), "crawl.warc.gz",
                source -> source.record() != 0, records::add);

        assertEquals(1, summary.skipped());
        assertEquals(1, summary.records());
        assertEquals("https://example.org/c", json(records.get(0)).path("url").asText());
    }

    @Test
    void anArchiveThatCannotBeOpenedIsOneErrorRecordForTheFile() throws Exception {
        JsonNode error = json(cleaner.unreadable("crawl.warc.gz", new NoSuchFileException("crawl.warc.gz")));
        assertEquals("cannot read archive: no such file", error.path("error").asText());
        assertEquals("crawl.warc.gz", error.path("source").path("file").asText());
        assertFalse(error.path("source").has("record"));
    }

    @Test
    void aPagePastTheTimeLimitIsLeftBehindAndTheNextOneRuns() throws Exception {
        try (PageTimer timer = new PageTimer()) {
            assertThrows(TimeoutException.class, () -> timer.call(() -> {
                while (true) {
                    Thread.onSpinWait(); // a runaway that ignores interrupts
                }
            }, Duration.ofMillis(50)));
            assertEquals("next", timer.call(() -> "next", Duration.ofSeconds(5)));
        }
        assertEquals("timed out after 30 s", RecordCleaner.timeoutMessage(Duration.ofSeconds(30)));
        assertEquals("timed out after 250 ms", RecordCleaner.timeoutMessage(Duration.ofMillis(250)));
    }
}
