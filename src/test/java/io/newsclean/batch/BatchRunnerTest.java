package io.newsclean.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.newsclean.batch.TestPages.article;
import static io.newsclean.batch.TestPages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {
    @TempDir
    Path tmp;

    @Test
    void jsonLinesCarryTheirSourceAndAFailedInputBecomesAnErrorRecord() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a.html"), article("First"));
        write(in.resolve("sub/b.html.gz"), TestPages.gzip(article("Second").getBytes(StandardCharsets.UTF_8)));
        write(in.resolve("sub/empty.html"), "");
        Path jsonl = tmp.resolve("out/all.jsonl");
        Recorder heard = new Recorder();

        BatchSummary summary = new BatchRunner(TestPages.jsonl(jsonl, in), heard).run();

        List<JsonNode> records = Records.lines(jsonl);
        assertEquals(3, records.size());
        Set<String> files = records.stream().map(r -> r.path("source").path("file").asText()).collect(Collectors.toSet());
        assertEquals(Set.of(in.resolve("a.html").toString(), in.resolve("sub/b.html.gz").toString(),
                in.resolve("sub/empty.html").toString()), files);
        JsonNode error = records.stream().filter(r -> r.has("error")).findFirst().orElseThrow();
        assertEquals(in.resolve("sub/empty.html").toString(), error.path("source").path("file").asText());
        assertFalse(error.path("error").asText().isBlank());
        assertEquals(2, records.stream().filter(r -> r.has("paragraphs")).count());
        assertEquals(1, summary.failed());
        assertEquals(2, summary.cleaned() + summary.empty());
        assertEquals(1, heard.failures.size());
    }

    @Test
    void theTreeMirrorsTheInputFoldersAndLeavesNoTemporaryFiles() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a/b.html"), article("B"));
        write(in.resolve("c.html.gz"), TestPages.gzip(article("C").getBytes(StandardCharsets.UTF_8)));
        write(in.resolve("d/e/f.txt"), "A title\n\nSome text a scraper flattened, long enough to be a paragraph of its own.\n");
        write(in.resolve("notes.md"), "# not a page");
        Path out = tmp.resolve("out");

        BatchSummary summary = new BatchRunner(TestPages.tree(out, in), new Recorder()).run();

        assertEquals(3, summary.processed());
        assertEquals(Set.of("a/b.json", "c.json", "d/e/f.json"), filesUnder(out));
        JsonNode b = Records.file(out.resolve("a/b.json"));
        assertEquals(in.resolve("a/b.html").toString(), b.path("source").path("file").asText());
    }

    @Test
    void aGlobWithoutSlashMatchesFileNamesAndOneWithSlashMatchesPaths() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("2024/a.html"), article("A"));
        write(in.resolve("2025/b.html"), article("B"));
        write(in.resolve("2025/c.htm"), article("C"));
        Path out = tmp.resolve("out");

        BatchOptions byName = TestPages.with(TestPages.tree(out, in), "*.html", false, 1 << 20, Duration.ofSeconds(30));
        new BatchRunner(byName, new Recorder()).run();
        assertEquals(Set.of("2024/a.json", "2025/b.json"), filesUnder(out));

        Path out2 = tmp.resolve("out2");
        BatchOptions byPath = TestPages.with(TestPages.tree(out2, in), "2025/*", false, 1 << 20, Duration.ofSeconds(30));
        new BatchRunner(byPath, new Recorder()).run();
        assertEquals(Set.of("2025/b.json", "2025/c.json"), filesUnder(out2));
    }

    @Test
    void aRerunOfATreeRedoesOnlyMissingOrStaleOutputs() throws Exception {
        Path in = tmp.resolve("in");
        Path a = write(in.resolve("a.html"), article("A"));
        write(in.resolve("b.html"), article("B"));
        write(in.resolve("c.html"), article("C"));
        Path out = tmp.resolve("out");
        BatchOptions options = TestPages.tree(out, in);
        new BatchRunner(options, new Recorder()).run();

        Files.delete(out.resolve("b.json"));
        // a.html changed after its output was written: the output is stale.
        Files.setLastModifiedTime(out.resolve("a.json"), FileTime.from(Files.getLastModifiedTime(a).toInstant().minusSeconds(60)));
        BatchSummary rerun = new BatchRunner(options, new Recorder()).run();
        assertEquals(2, rerun.processed());
        assertEquals(1, rerun.upToDate());
        assertEquals(Set.of("a.json", "b.json", "c.json"), filesUnder(out));

        BatchSummary again = new BatchRunner(options, new Recorder()).run();
        assertEquals(0, again.processed());
        assertEquals(3, again.upToDate());

        BatchOptions force = TestPages.with(options, BatchOptions.DEFAULT_GLOB, true, 1 << 20, Duration.ofSeconds(30));
        assertEquals(3, new BatchRunner(force, new Recorder()).run().processed());
        assertEquals(Set.of("a.json", "b.json", "c.json"), filesUnder(out), "a forced run replaces each input's own output");
    }

    @Test
    void inputsOfOneFolderWithTheSameStemEachKeepTheirOutput() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("b.html"), article("From HTML"));
        write(in.resolve("b.txt"), "From text\n\nSome text a scraper flattened, long enough to be a paragraph of its own.\n");
        write(in.resolve("b.html.gz"), TestPages.gzip(article("From gzip").getBytes(StandardCharsets.UTF_8)));
        Path out = tmp.resolve("out");
        BatchOptions options = TestPages.tree(out, in);

        assertEquals(3, new BatchRunner(options, new Recorder()).run().processed());

        Set<String> outputs = filesUnder(out);
        assertEquals(3, outputs.size(), "no output overwrote another: " + outputs);
        assertTrue(outputs.contains("b.json"));
        Set<String> sources = new java.util.HashSet<>();
        for (String name : outputs) {
            sources.add(Records.file(out.resolve(name)).path("source").path("file").asText());
        }
        assertEquals(Set.of(in.resolve("b.html").toString(), in.resolve("b.txt").toString(),
                in.resolve("b.html.gz").toString()), sources);

        BatchSummary rerun = new BatchRunner(options, new Recorder()).run();
        assertEquals(0, rerun.processed(), "a rerun finds every output where the first run put it");
        assertEquals(3, rerun.upToDate());
    }

    @Test
    void twoInputFoldersWithTheSameRelativePathDoNotOverwriteEachOther() throws Exception {
        Path first = write(tmp.resolve("one/x.html"), article("One"));
        Path second = write(tmp.resolve("two/x.html"), article("Two"));
        Path out = tmp.resolve("out");

        new BatchRunner(TestPages.tree(out, first.getParent(), second.getParent()), new Recorder()).run();

        assertEquals(Set.of("x.json", "x.html.json"), filesUnder(out));
        Set<String> sources = Set.of(
                Records.file(out.resolve("x.json")).path("source").path("file").asText(),
                Records.file(out.resolve("x.html.json")).path("source").path("file").asText());
        assertEquals(Set.of(first.toString(), second.toString()), sources);
    }


    @Test
    void aRerunInAnotherOrderFindsEachInputsOwnOutputAndReplacesNoOtherInputs() throws Exception {
        Path html = write(tmp.resolve("in/b.html"), article("From HTML"));
        Path text = write(tmp.resolve("in/b.txt"), "From text\n\nSome text a scraper flattened, long enough to be a paragraph of its own.\n");
        Path out = tmp.resolve("out");
        new BatchRunner(TestPages.tree(out, html, text), new Recorder()).run();
        Set<String> first = filesUnder(out);
        assertEquals(2, first.size(), first.toString());

        BatchSummary reversed = new BatchRunner(TestPages.tree(out, text, html), new Recorder()).run();
        assertEquals(0, reversed.processed(), "each input finds its own output, whichever comes first");
        assertEquals(2, reversed.upToDate());

        // the text input changes: only its own output is redone, the HTML input's output stays
        Files.setLastModifiedTime(text, FileTime.from(Files.getLastModifiedTime(text).toInstant().plusSeconds(3600)));
        assertEquals(1, new BatchRunner(TestPages.tree(out, text, html), new Recorder()).run().processed());
        assertEquals(first, filesUnder(out));
        for (String name : first) {
            JsonNode output = Records.file(out.resolve(name));
            boolean fromHtml = output.path("source").path("file").asText().endsWith("b.html");
            assertEquals(fromHtml, output.path("paragraphs").toString().contains("council met"), name);
            assertEquals(!fromHtml, output.path("paragraphs").toString().contains("scraper flattened"), name);
        }
    }

    @Test
    void aRerunOfJsonLinesCutsAHalfWrittenLineAndRedoesOnlyItsInput() throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 5; i++) {
            write(in.resolve("p" + i + ".html"), article("Page " + i));
        }
        Path jsonl = tmp.resolve("all.jsonl");
        BatchOptions options = TestPages.jsonl(jsonl, in);
        new BatchRunner(options, new Recorder()).run();

        // A run killed in the middle of a write: the last line is cut short.
        String whole = Files.readString(jsonl);
        int lastLine = whole.lastIndexOf('\n', whole.length() - 2) + 1;
        Files.writeString(jsonl, whole.substring(0, lastLine + 40));
        String lostSource = Records.parse(whole.substring(lastLine)).path("source").path("file").asText();

        BatchSummary rerun = new BatchRunner(options, new Recorder()).run();

        assertEquals(1, rerun.processed());
        assertEquals(4, rerun.upToDate());
        List<JsonNode> records = Records.lines(jsonl);
        assertEquals(5, records.size());
        assertEquals(5, records.stream().map(r -> r.path("source").path("file").asText()).distinct().count());
        assertEquals(lostSource, records.get(4).path("source").path("file").asText());
    }

    @Test
    void aLastLineMissingOnlyItsNewlineIsKeptNotRedone() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a.html"), article("A"));
        write(in.resolve("b.html"), article("B"));
        Path jsonl = tmp.resolve("all.jsonl");
        BatchOptions options = TestPages.jsonl(jsonl, in);
        new BatchRunner(options, new Recorder()).run();
        String whole = Files.readString(jsonl);
        Files.writeString(jsonl, whole.substring(0, whole.length() - 1));

        BatchSummary rerun = new BatchRunner(options, new Recorder()).run();

        assertEquals(0, rerun.processed());
        assertEquals(whole, Files.readString(jsonl));
    }

    @Test
    void forceStartsTheJsonLinesFileOver() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a.html"), article("A"));
        Path jsonl = tmp.resolve("all.jsonl");
        BatchOptions options = TestPages.jsonl(jsonl, in);
        new BatchRunner(options, new Recorder()).run();
        BatchOptions force = TestPages.with(options, BatchOptions.DEFAULT_GLOB, true, 1 << 20, Duration.ofSeconds(30));
        new BatchRunner(force, new Recorder()).run();
        assertEquals(1, Records.lines(jsonl).size());
    }

    @Test
    void pagesPastTheSizeLimitBecomeErrorRecords() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("small.html"), article("Small"));
        write(in.resolve("big.html"), article("Big " + "x".repeat(20_000)));
        // Small on disk, large once gunzipped: the limit applies after decompression too.
        write(in.resolve("bomb.html.gz"), TestPages.gzip(article("Bomb " + " ".repeat(200_000)).getBytes(StandardCharsets.UTF_8)));
        Path jsonl = tmp.resolve("all.jsonl");
        BatchOptions options = TestPages.with(TestPages.jsonl(jsonl, in), BatchOptions.DEFAULT_GLOB, false, 10_000,
                Duration.ofSeconds(30));

        BatchSummary summary = new BatchRunner(options, new Recorder()).run();

        assertEquals(2, summary.failed());
        for (JsonNode record : Records.lines(jsonl)) {
            String file = record.path("source").path("file").asText();
            if (file.endsWith("small.html")) {
                assertFalse(record.has("error"));
            } else {
                assertTrue(record.path("error").asText().contains("limit"), record.toString());
            }
        }
    }

    @Test
    void aMissingInputIsAnErrorRecordAndTheRunGoesOn() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a.html"), article("A"));
        Path jsonl = tmp.resolve("all.jsonl");
        BatchSummary summary = new BatchRunner(TestPages.jsonl(jsonl, tmp.resolve("nope.html"), in), new Recorder()).run();
        assertEquals(1, summary.failed());
        assertEquals(1, summary.cleaned() + summary.empty());
        // records come in the order they finish, so the error is looked up, not taken from the first line
        JsonNode error = Records.lines(jsonl).stream().filter(r -> r.has("error")).findFirst().orElseThrow();
        assertEquals("no such file", error.path("error").asText());
        assertNull(error.get("paragraphs"));
    }

    private static Set<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
