package io.newsclean.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.newsclean.batch.TestPages.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcInputTest {
    @TempDir
    Path tmp;

    /** warcinfo, a request, two HTML pages, an image, a 404 page and a redirect: two articles, five others. */
    private Path crawl(String name, WarcCompression compression) throws IOException {
        Path archive = tmp.resolve("in").resolve(name);
        Files.createDirectories(archive.getParent());
        try (WarcWriter warc = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            warc.write(new Warcinfo.Builder().fields(Map.of("software", List.of("newsclean test"))).build());
            warc.write(new WarcRequest.Builder("https://example.org/cafe")
                    .body(new HttpRequest.Builder("GET", "/cafe").build()).build());
            // Latin-1 bytes, declared only in the HTTP header.
            byte[] latin1 = article("Le café de la gare").replace("council", "café council")
                    .getBytes(Charset.forName("ISO-8859-1"));
            warc.write(response("https://example.org/cafe", 200, "text/html; charset=ISO-8859-1", latin1, false));
            warc.write(response("https://example.org/news", 200, "text/html", article("News of the day")
                    .getBytes(StandardCharsets.UTF_8), true));
            warc.write(response("https://example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, false));
            warc.write(response("https://example.org/missing", 404, "text/html", article("Not found")
                    .getBytes(StandardCharsets.UTF_8), false));
            warc.write(response("https://example.org/old", 301, "text/html", "<a href=/new>moved</a>"
                    .getBytes(StandardCharsets.UTF_8), false));
        }
        return archive;
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, boolean gzipped)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        if (gzipped) {
            http.addHeader("Content-Encoding", "gzip");
            body = TestPages.gzip(body);
        }
        return new WarcResponse.Builder(url).body(http.body(MediaType.parse(type), body).build()).build();
    }

    @Test
    void everyHtmlResponseBecomesOneArticleWithItsUrlOffsetAndCharset() throws Exception {
        Path archive = crawl("crawl.warc.gz", WarcCompression.GZIP);
        Path jsonl = tmp.resolve("all.jsonl");

        BatchSummary summary = new BatchRunner(TestPages.jsonl(jsonl, archive.getParent()), new Recorder()).run();

        assertEquals(2, summary.processed());
        assertEquals(0, summary.failed());
        assertEquals(5, summary.otherRecords());
        List<JsonNode> records = Records.lines(jsonl);
        assertEquals(List.of("https://example.org/cafe", "https://example.org/news"),
                records.stream().map(r -> r.path("source").path("url").asText()).sorted().toList());
        for (JsonNode record : records) {
            JsonNode source = record.path("source");
            assertEquals(archive.toString(), source.path("file").asText());
            assertEquals(source.path("url").asText(), record.path("url").asText());
            // The offset leads straight back to the record.
            try (WarcReader reader = new WarcReader(archive)) {
                reader.position(source.path("record").asLong());
                WarcTargetRecord found = (WarcTargetRecord) reader.next().orElseThrow();
                assertEquals(source.path("url").asText(), found.target());
            }
        }
        JsonNode cafe = records.stream().filter(r -> r.path("url").asText().endsWith("/cafe")).findFirst().orElseThrow();
        assertTrue(cafe.toString().contains("café"), "the header's charset decodes the page: " + cafe);
        assertFalse(cafe.toString().contains("caf\uFFFD"));
    }

    @Test
    void archiveRecordsAreResumedByOffsetAndMirroredByArchiveName() throws Exception {
        Path archive = crawl("crawl.warc", WarcCompression.NONE);
        Path out = tmp.resolve("out");
        BatchOptions options = TestPages.tree(out, archive.getParent());

        assertEquals(2, new BatchRunner(options, new Recorder()).run().processed());
        try (var files = Files.list(out.resolve("crawl"))) {
            assertEquals(2, files.filter(f -> f.getFileName().toString().matches("\\d+\\.json")).count());
        }
        BatchSummary rerun = new BatchRunner(options, new Recorder()).run();
        assertEquals(0, rerun.processed());
        assertEquals(2, rerun.upToDate());

        Path jsonl = tmp.resolve("all.jsonl");
        new BatchRunner(TestPages.jsonl(jsonl, archive), new Recorder()).run();
        BatchSummary again = new BatchRunner(TestPages.jsonl(jsonl, archive), new Recorder()).run();
        assertEquals(0, again.processed());
        assertEquals(2, again.upToDate());
        assertEquals(2, Records.lines(jsonl).size());
    }

    @Test
    void aDamagedArchiveGivesAnErrorRecordAndTheRunGoesOn() throws Exception {
        Path archive = crawl("crawl.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        TestPages.write(tmp.resolve("in/page.html"), article("Plain page"));
        Path jsonl = tmp.resolve("all.jsonl");

        BatchSummary summary = new BatchRunner(TestPages.jsonl(jsonl, archive.getParent()), new Recorder()).run();

        assertTrue(summary.failed() >= 1, summary.toString());
        List<JsonNode> records = Records.lines(jsonl);
        assertTrue(records.stream().anyMatch(r -> r.path("error").asText().startsWith("cannot read archive")), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.path("source").path("file").asText().endsWith("page.html")
                && !r.has("error")));
    }
}
