package io.newsclean.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {
    @TempDir
    Path tmp;

    private String stderr;
    private String stdout;

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
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
    void allCleanedExitsZeroWithASummaryOnStandardErrorAndNothingOnStandardOutput() throws Exception {
        Path in = pages();
        assertEquals(0, run("batch", in.toString(), "--out", tmp.resolve("out").toString()));
        assertTrue(Files.exists(tmp.resolve("out/a/b.json")));
        assertTrue(stderr.contains("1 pages") && stderr.contains("0 failed"), stderr);
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
}
