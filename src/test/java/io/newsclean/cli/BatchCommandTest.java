package io.newsclean.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {
    @TempDir
    Path tmp;

    private String stderr;
    private String stdout;

    private int run(String... args) {
        return runWithInput("", args);
    }

    private int runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path pages() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.writeString(in.resolve("a/b.html"), "<html><head><title>B</title></head><body><p>"
                + "A paragraph of the article that is long enough to count as body text for any extractor.</p></body></html>");
        return in;
    }

    @Test
    void markdownOutputsAreMdFilesThatARerunKnowsAsItsOwn() throws Exception {
        Path in = pages();
        Path out = tmp.resolve("out");

        assertEquals(0, run("batch", in.toString(), "--out", out.toString(), "--output-format", "markdown"), stderr);
        Path md = out.resolve("a/b.md");
        String written = Files.readString(md);
        assertTrue(written.startsWith("---\ntitle: \"B\"\n"), written);
        assertTrue(written.contains("source: \"" + in.resolve("a/b.html") + "\"\n"), written);
        assertTrue(written.endsWith("\n\nA paragraph of the article that is long enough to count as body text for any extractor.\n"),
                written);
        assertFalse(Files.exists(out.resolve("a/b.json")));

        assertEquals(0, run("batch", in.toString(), "--out", out.toString(), "--output-format", "markdown"), stderr);
        assertTrue(stderr.contains("1 already done"), "the rerun finds its own output: " + stderr);
        assertFalse(Files.exists(out.resolve("a/b.html.md")), "and takes no second name");
    }

    @Test
    void textOutputsTakeTheWholeInputName() throws Exception {
        Path in = pages();
        Files.writeString(in.resolve("a/b.txt"), "A flattened page whose one line is long enough to be the article's body text.\n");
        Path out = tmp.resolve("out");

        assertEquals(0, run("batch", in.toString(), "--out", out.toString(), "--output-format", "text"), stderr);
        assertEquals("B\n\nA paragraph of the article that is long enough to count as body text for any extractor.\n",
                Files.readString(out.resolve("a/b.html.txt")));
        assertTrue(Files.readString(out.resolve("a/b.txt.txt")).startsWith("A flattened page"));
    }

    @Test
    void textOrMarkdownIntoJsonLinesIsAUsageError() throws Exception {
        Path in = pages();
        assertEquals(2, run("batch", in.toString(), "--jsonl", tmp.resolve("x.jsonl").toString(), "--output-format", "text"));
        assertTrue(stderr.contains("--jsonl writes JSON only"), stderr);
        assertFalse(Files.exists(tmp.resolve("x.jsonl")));
    }

    @Test
    void allCleanedExitsZeroWithASummaryOnStandardErrorAndNothingOnStandardOutput() throws Exception {
        Path in = pages();
        assertEquals(0, run("batch", in.toString(), "--out", tmp.resolve("out").toString()));
        assertTrue(Files.exists(tmp.resolve("out/a/b.json")));
        assertTrue(stderr.contains("1 page in") && stderr.contains("0 failed"), stderr);
        assertEquals("", stdout);
    }

    @Test
    void aFailedInputExitsOneAndIsNamedOnStandardError() throws Exception {
        Path in = pages();
        Files.writeString(in.resolve("empty.html"), "");
        Path jsonl = tmp.resolve("all.jsonl");
        assertEquals(1, run("batch", in.toString(), "--jsonl", jsonl.toString(), "--threads", "1"));
        assertTrue(stderr.contains("empty.html: "), stderr);
        assertTrue(stderr.contains("1 failed"), stderr);
        assertEquals(2, Files.readAllLines(jsonl).size());
    }

    @Test
    void quietKeepsFailuresButDropsTheSummary() throws Exception {
        Path in = pages();
        Files.writeString(in.resolve("empty.html"), "");
        assertEquals(1, run("batch", in.toString(), "--jsonl", tmp.resolve("x.jsonl").toString(), "--quiet"));
        assertTrue(stderr.contains("empty.html: "), stderr);
        assertFalse(stderr.contains("pages/s"), stderr);
    }

    @Test
    void exactlyOneOutputIsAUsageError() throws Exception {
        Path in = pages();
        assertEquals(2, run("batch", in.toString()));
        assertEquals(2, run("batch", in.toString(), "--out", "o", "--jsonl", "j"));
        assertFalse(Files.exists(Path.of("o")) || Files.exists(Path.of("j")));
    }

    @Test
    void badLimitsAndThreadCountsAreUsageErrors() throws Exception {
        Path in = pages();
        String jsonl = tmp.resolve("x.jsonl").toString();
        assertEquals(2, run("batch", in.toString(), "--jsonl", jsonl, "--timeout", "soon"));
        assertTrue(stderr.contains("invalid time"), stderr);
        assertEquals(2, run("batch", in.toString(), "--jsonl", jsonl, "--max-bytes", "lots"));
        assertEquals(2, run("batch", in.toString(), "--jsonl", jsonl, "--threads", "0"));
        assertTrue(stderr.contains("--threads must be at least 1"), stderr);
        assertEquals(2, run("batch", in.toString(), "--jsonl", jsonl, "--glob", "*.{html"));
        assertTrue(stderr.contains("invalid glob"), stderr);
        assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
    }

    @Test
    void limitsTakeUnits() {
        assertEquals(10L << 20, new BatchCommand.SizeConverter().convert("10m"));
        assertEquals(512L << 10, new BatchCommand.SizeConverter().convert("512k"));
        assertEquals(1234L, new BatchCommand.SizeConverter().convert("1234"));
        assertEquals(java.time.Duration.ofMillis(500), new BatchCommand.DurationConverter().convert("500ms"));
        assertEquals(java.time.Duration.ofSeconds(90), new BatchCommand.DurationConverter().convert("1.5m"));
        assertEquals(java.time.Duration.ofSeconds(30), new BatchCommand.DurationConverter().convert("30"));
    }

    /** Thirty pages of very different sizes, so that on two threads they finish out of order. */
    private Path manyPages() throws Exception {
        Path in = tmp.resolve("many");
        for (int i = 0; i < 30; i++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 1 + (i * 7) % 40; p++) {
                body.append("<p>Paragraph ").append(p).append(" of page ").append(i)
                        .append(" says enough words about the harbour ferry to count as the body of an article.</p>");
            }
            Files.createDirectories(in.resolve("d" + i % 3));
            Files.writeString(in.resolve("d" + i % 3).resolve("page" + i + ".html"),
                    "<html><head><title>Page " + i + "</title></head><body><article>" + body + "</article></body></html>");
        }
        Files.writeString(in.resolve("d1/empty.html"), "");
        return in;
    }

    @Test
    void jsonLinesAreTheSameBytesAtOneAndTwoThreads() throws Exception {
        Path in = manyPages();
        Path one = tmp.resolve("one.jsonl");
        Path two = tmp.resolve("two.jsonl");
        assertEquals(1, run("batch", in.toString(), "--jsonl", one.toString(), "--threads", "1"));
        assertEquals(1, run("batch", in.toString(), "--jsonl", two.toString(), "--threads", "2"));
        assertEquals(31, Files.readAllLines(one).size());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), "same inputs, same bytes");
        Path again = tmp.resolve("again.jsonl");
        assertEquals(1, run("batch", in.toString(), "--jsonl", again.toString(), "--threads", "2"));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(again), "and again");
    }

    @Test
    void jsonlDashWritesStandardOutputAndNoFileNamedDash() throws Exception {
        Path in = pages();
        Files.writeString(in.resolve("a/c.html"), "<html><body><p>"
                + "Another paragraph of an article, long enough to count as body text for any extractor.</p></body></html>");
        Path cwdDash = Path.of("-");
        assertEquals(0, run("batch", in.toString(), "--jsonl", "-", "--quiet"));
        assertFalse(Files.exists(cwdDash), "no file named '-'");
        List<String> lines = stdout.lines().toList();
        assertEquals(2, lines.size(), stdout);
        for (String line : lines) {
            assertTrue(line.startsWith("{\"schemaVersion\":1,") && line.endsWith("}"), line);
        }
        assertEquals("", stderr);
    }

    @Test
    void filesFromReadsOnePathPerLineFromAFileOrStandardInput() throws Exception {
        Path in = pages();
        Path second = Files.writeString(tmp.resolve("second.txt"),
                "Harbour ferry returns\n\nThe harbour ferry returned to service on Monday after three weeks of repairs to its engine.\n");
        Path list = Files.writeString(tmp.resolve("list.txt"), in.resolve("a/b.html") + "\n\n" + second + "\n");
        Path fromFile = tmp.resolve("from-file.jsonl");
        assertEquals(0, run("batch", "--files-from", list.toString(), "--jsonl", fromFile.toString()));
        List<String> lines = Files.readAllLines(fromFile);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("b.html") && lines.get(1).contains("second.txt"), "in list order: " + lines);

        Path fromStdin = tmp.resolve("from-stdin.jsonl");
        assertEquals(1, runWithInput(second + "\n" + tmp.resolve("missing.html") + "\n",
                "batch", "--files-from", "-", "--jsonl", fromStdin.toString()));
        lines = Files.readAllLines(fromStdin);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("\"error\":\"no such file\""), lines.get(1));

        assertEquals(1, run("batch", "--files-from", tmp.resolve("no-list.txt").toString(), "--jsonl",
                tmp.resolve("x.jsonl").toString()));
        assertTrue(stderr.startsWith("newsclean: " + tmp.resolve("no-list.txt") + ": cannot read the list of inputs"), stderr);
        assertEquals(1, stderr.lines().count(), stderr);
        assertEquals(2, run("batch", "--jsonl", tmp.resolve("x.jsonl").toString()));
        assertTrue(stderr.contains("give at least one INPUT, or --files-from"), stderr);
    }

    @Test
    void oneSizeLimitForOnePageAndForABatch() throws Exception {
        long limit = new BatchCommand.SizeConverter().convert(CleanCommand.DEFAULT_MAX_SIZE);
        assertEquals(io.newsclean.NewsCleaner.DEFAULT_MAX_BYTES, limit);
        assertEquals(io.newsclean.batch.BatchOptions.DEFAULT_MAX_BYTES, limit);
        Path in = tmp.resolve("big");
        byte[] page = ("<html><body><p>" + "word ".repeat((int) (limit / 5)) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Path big = Files.write(Files.createDirectories(in).resolve("big.html"), page);
        assertEquals(1, run(big.toString()));
        assertTrue(stderr.contains("larger than the limit"), stderr);
        assertEquals(1, run("batch", in.toString(), "--jsonl", tmp.resolve("big.jsonl").toString()));
        assertTrue(stderr.contains("larger than the limit"), stderr);
        Path small = Files.writeString(tmp.resolve("small.html"), "<html><body><p>" + "word ".repeat(300) + "</p></body></html>");
        assertEquals(1, run("--max-bytes", "1k", small.toString()));
        assertTrue(stderr.contains("larger than the limit of 1024 bytes"), stderr);
    }
}
