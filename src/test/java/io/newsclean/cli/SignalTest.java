package io.newsclean.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGINT and SIGTERM sent to a real {@code newsclean batch} process mid-run: it stops taking
 * pages, finishes the ones in progress, writes only whole lines and whole files, prints its
 * summary and exits with 130 or 143; a rerun then does the rest, with no record lost or twice.
 */
class SignalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGES = 300;

    @TempDir
    Path tmp;

    private Path pages() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] page = Files.readAllBytes(Path.of("samples/sputnik-nato-russia-html.html"));
        for (int i = 0; i < PAGES; i++) {
            Files.write(in.resolve("page" + i + ".html"), page);
        }
        return in;
    }

    @Test
    void sigtermMidRunWritesWholeLinesExits143AndARerunDoesTheRest() throws Exception {
        Path in = pages();
        Path jsonl = tmp.resolve("all.jsonl");
        Process batch = start("batch", in.toString(), "--jsonl", jsonl.toString(), "--threads", "1");
        // The file is opened once the stop hook is in place; lines reach it in batches.
        awaitOutput(batch, () -> Files.exists(jsonl));
        Thread.sleep(300);
        batch.destroy(); // SIGTERM
        String err = finish(batch, 143);

        assertTrue(err.matches("(?s)newsclean: \\d+ pages? in .*stopped before the end.*"), err);
        List<String> lines = wholeLines(jsonl);
        assertTrue(lines.size() < PAGES, "stopped mid-run: " + lines.size());
        Set<String> sources = new HashSet<>();
        for (String line : lines) {
            assertTrue(sources.add(JSON.readTree(line).path("source").path("file").asText()), "no record twice");
        }

        int rerun = Main.run(new String[] {"batch", in.toString(), "--jsonl", jsonl.toString(), "--quiet"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, rerun);
        for (String line : wholeLines(jsonl).subList(lines.size(), PAGES)) {
            assertTrue(sources.add(JSON.readTree(line).path("source").path("file").asText()), "no record twice");
        }
        assertEquals(PAGES, sources.size(), "no record lost");
        assertEquals(PAGES, wholeLines(jsonl).size());
    }

    @Test
    void sigintMidRunLeavesWholeFilesExits130AndARerunDoesTheRest() throws Exception {
        Path in = pages();
        Path out = tmp.resolve("out");
        Process batch = start("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        awaitOutput(batch, () -> count(out) >= 5);
        kill("-INT", batch.pid());
        String err = finish(batch, 130);

        assertTrue(err.matches("(?s)newsclean: \\d+ pages? in .*stopped before the end.*"), err);
        List<Path> written = files(out);
        assertTrue(written.size() < PAGES, "stopped mid-run: " + written.size());
        for (Path file : written) {
            assertFalse(file.getFileName().toString().startsWith("."), "no temporary file: " + file);
            JSON.readTree(file.toFile());
        }

        int rerun = Main.run(new String[] {"batch", in.toString(), "--out", out.toString(), "--quiet"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, rerun);
        assertEquals(PAGES, files(out).size(), "one output per page, none missing");
    }

    /**
     * The batch command in a JVM of its own, started as the launcher starts a short batch. A shell
     * that starts a job in the background makes it ignore SIGINT, and children inherit that;
     * {@code env --default-signal} gives the child the default back where coreutils has it.
     */
    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (envResetsSignals()) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
    }

    private static boolean envResetsSignals() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void awaitOutput(Process batch, Supplier<Boolean> started) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!started.get()) {
            assertTrue(batch.isAlive(), "the batch ended before it could be signalled");
            assertTrue(System.nanoTime() < deadline, "no output after 60 s");
            Thread.sleep(20);
        }
    }

    private String finish(Process batch, int expectedCode) throws Exception {
        assertTrue(batch.waitFor(60, TimeUnit.SECONDS), "the batch stops within the time limit");
        String err = Files.readString(tmp.resolve("stderr.txt"));
        assertEquals(expectedCode, batch.exitValue(), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        return err;
    }

    private static void kill(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill " + signal);
    }

    private static List<String> wholeLines(Path jsonl) throws IOException {
        String text = Files.readString(jsonl);
        assertTrue(text.isEmpty() || text.endsWith("\n"), "only whole lines");
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertTrue(record.has("paragraphs"), line);
        }
        return lines;
    }

    /** While the batch runs: a temporary file can be renamed away under the walk, so try again on the next poll. */
    private static long count(Path dir) {
        try {
            return files(dir).size();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
