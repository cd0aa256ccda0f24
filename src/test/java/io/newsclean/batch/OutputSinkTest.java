package io.newsclean.batch;

import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputSinkTest {
    @TempDir
    Path tmp;

    @Test
    void aTreeOutputIsReplacedWholeNeverSeenHalfWritten() throws Exception {
        Path in = TestPages.write(tmp.resolve("in/a.html"), "<p>x</p>");
        WorkItem item = WorkItem.ofFile(in, tmp.resolve("in"));
        TreeSink sink = new TreeSink(tmp.resolve("out"));
        Path target = sink.target(item);
        // an input's own earlier output is what gets replaced: the output names its source
        String source = "{\"source\":{\"file\":\"" + in + "\"},";
        byte[] small = (source + "\"v\":\"" + "a".repeat(10) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] large = (source + "\"v\":\"" + "b".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        sink.write(item, small);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    String seen = Files.readString(target);
                    if (!seen.equals(new String(small, StandardCharsets.UTF_8) + "\n")
                            && !seen.equals(new String(large, StandardCharsets.UTF_8) + "\n")) {
                        torn.set("a reader saw " + seen.length() + " chars");
                    }
                } catch (NoSuchFileException e) {
                    torn.set("the output vanished during a rewrite");
                } catch (Exception e) {
                    torn.set(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 60; i++) {
            sink.write(item, i % 2 == 0 ? large : small);
        }
        done.set(true);
        reader.join();
        assertNull(torn.get());
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void inputsRacingForOneTreeNameAllKeepTheirOutput() throws Exception {
        int inputs = 12;
        TreeSink sink = new TreeSink(tmp.resolve("out"));
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            Path root = tmp.resolve("in" + i);
            WorkItem item = WorkItem.ofFile(TestPages.write(root.resolve("x.html"), "<p>x</p>"), root);
            byte[] json = ("{\"source\":{\"file\":\"" + item.file() + "\"},\"from\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            writers.add(new Thread(() -> {
                try {
                    sink.write(item, json);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread w : writers) {
            w.join();
        }
        List<String> written = new ArrayList<>();
        try (var files = Files.list(tmp.resolve("out"))) {
            for (Path file : files.toList()) {
                written.add(Files.readString(file).trim());
            }
        }
        assertEquals(inputs, written.size(), "one file per input: " + written);
        assertEquals(inputs, written.stream().distinct().count(), "no output overwrote another");
    }

    @Test
    void jsonLinesWrittenFromManyThreadsStayWholeLines() throws Exception {
        Path file = tmp.resolve("all.jsonl");
        int threads = 4;
        int each = 500;
        try (JsonlSink sink = JsonlSink.open(file, true)) {
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                writers.add(new Thread(() -> {
                    for (int i = 0; i < each; i++) {
                        String json = "{\"source\":{\"file\":\"t" + id + "-" + i + "\"},\"pad\":\"" + "x".repeat(i * 7) + "\"}";
                        try {
                            sink.write(null, json.getBytes(StandardCharsets.UTF_8));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }));
            }
            writers.forEach(Thread::start);
            for (Thread w : writers) {
                w.join();
            }
        }
        var lines = Records.lines(file);
        assertEquals(threads * each, lines.size());
        assertEquals(threads * each, lines.stream().map(l -> l.path("source").path("file").asText()).distinct().count());
    }

    @Test
    void reopeningJsonLinesKnowsWhatIsRecordedAndCutsOnlyAHalfLine() throws Exception {
        Path file = tmp.resolve("all.jsonl");
        Files.writeString(file, "{\"source\":{\"file\":\"a.html\"},\"paragraphs\":[]}\n"
                + "{\"source\":{\"file\":\"c.warc\",\"record\":120},\"error\":\"x\"}\n"
                + "{\"source\":{\"file\":\"b.html\"},\"paragr");
        try (JsonlSink sink = JsonlSink.open(file, false)) {
            assertEquals(2, sink.recorded());
            assertTrue(sink.alreadyDone(item(new SourceInfo("a.html", null, null, null))));
            assertTrue(sink.alreadyDone(item(SourceInfo.ofArchiveRecord("c.warc", 120, "https://x"))));
            assertTrue(!sink.alreadyDone(item(SourceInfo.ofArchiveRecord("c.warc", 121, null))));
            assertTrue(!sink.alreadyDone(item(new SourceInfo("b.html", null, null, null))));
        }
        assertTrue(Files.readString(file).endsWith("\"error\":\"x\"}\n"));
    }

    @Test
    void aRerunThatNamesTheInputsDifferentlyStillResumes() throws Exception {
        Path file = tmp.resolve("all.jsonl");
        Path page = tmp.resolve("in/a.html").toAbsolutePath();
        Files.writeString(file, "{\"source\":{\"file\":\"" + page.getParent().resolve("./a.html") + "\"},\"paragraphs\":[]}\n");
        try (JsonlSink sink = JsonlSink.open(file, false)) {
            assertTrue(sink.alreadyDone(item(SourceInfo.ofFile(page.toString()))));
            assertTrue(sink.alreadyDone(item(SourceInfo.ofFile(Path.of("").toAbsolutePath().relativize(page).toString()))));
        }
    }

    private static WorkItem item(SourceInfo source) {
        return new WorkItem(source, Path.of(source.file()), Path.of(""), null, null, null, null);
    }

    @Test
    void outputNamesDropThePageExtensionOnly() {
        assertEquals("b", TreeSink.stem("b.html"));
        assertEquals("b", TreeSink.stem("b.html.gz"));
        assertEquals("page.2024", TreeSink.stem("page.2024.htm"));
        assertEquals("README", TreeSink.stem("README"));
        assertEquals("crawl", TreeSink.stem("crawl.warc.gz"));
    }

    @Test
    void staleTemporaryFilesOfADeadRunAreRemovedAndNeverTakenForOutputs() throws Exception {
        Path in = TestPages.write(tmp.resolve("in/a/b.html"), TestPages.article("B"));
        Path out = tmp.resolve("out");
        long deadPid = Integer.MAX_VALUE; // above any process number Linux hands out (at most 2^22)
        long livePid = ProcessHandle.current().pid();
        Path stale = TestPages.write(out.resolve("a/.b.json." + deadPid + "-7.tmp"), "{\"source\":{\"file\":\"half");
        Path staleRecord = TestPages.write(out.resolve("a/crawl/.1234.json." + deadPid + "-8.tmp"), "{");
        Path live = TestPages.write(out.resolve("a/.c.json." + livePid + "-1.tmp"), "{");
        Path notOurs = TestPages.write(out.resolve("a/.notes.tmp"), "kept");

        BatchSummary first = new BatchRunner(TestPages.tree(out, tmp.resolve("in")), new Recorder()).run();

        assertEquals(1, first.cleaned(), "the stale file is not taken for b's output");
        assertTrue(Files.exists(out.resolve("a/b.json")));
        assertFalse(Files.exists(stale) || Files.exists(staleRecord), "stale temporary files of a dead run are gone");
        assertTrue(Files.exists(live), "a temporary file of a live run is left alone");
        assertTrue(Files.exists(notOurs), "a file this tool did not name is left alone");
        assertFalse(StaleTempFiles.isStale("b.json"));
        assertTrue(StaleTempFiles.isStale(StaleTempFiles.name("b.json", Long.toString(deadPid), 3)));
        assertEquals(1, new BatchRunner(TestPages.tree(out, tmp.resolve("in")), new Recorder()).run().upToDate());
    }
}
