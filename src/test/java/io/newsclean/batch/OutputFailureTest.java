package io.newsclean.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclean.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.newsclean.batch.TestPages.article;
import static io.newsclean.batch.TestPages.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A write that fails (a full disk) stops the run with one line naming the output, keeps every
 * record written before it whole, leaves no partial or temporary file, and a rerun after the fix
 * completes the rest, with no record twice. Proved with an injected disk that fills up (runs
 * everywhere), and on a real tiny file system where the machine lets the test mount one.
 */
class OutputFailureTest {
    private static final int PAGES = 40;

    @TempDir
    Path tmp;

    private Path pages(int from, int to) throws IOException {
        Path in = tmp.resolve("in");
        for (int i = from; i < to; i++) {
            write(in.resolve("p" + i + ".html"), article("Page number " + i));
        }
        return in;
    }

    private BatchRunner runner(BatchOptions options, OutputFiles disk) {
        return new BatchRunner(options, new Recorder(),
                new CleaningProcessor(options.maxBytes(), null, false, options.jsonl() != null), disk,
                InputStreamOfNothing.INSTANCE, System.out);
    }

    @Test
    void aFullDiskKeepsTheLinesAlreadyWrittenAndARerunResumes() throws Exception {
        Path jsonl = tmp.resolve("out/all.jsonl");
        Path in = pages(0, PAGES / 2);
        runner(TestPages.jsonl(jsonl, in), OutputFiles.DISK).run();
        byte[] before = Files.readAllBytes(jsonl);
        assertEquals(PAGES / 2, Records.lines(jsonl).size());

        pages(PAGES / 2, PAGES);
        OutputException full = assertThrows(OutputException.class,
                () -> runner(TestPages.jsonl(jsonl, in), new FillingDisk(3000)).run());
        assertEquals(jsonl + ": cannot write: No space left on device", full.getMessage());
        assertArrayEquals(before, Files.readAllBytes(jsonl), "the records already written are intact, nothing half-written");

        runner(TestPages.jsonl(jsonl, in), OutputFiles.DISK).run();
        assertEachPageOnce(Records.lines(jsonl));
    }

    @Test
    void aFullDiskInTreeModeLeavesOnlyWholeFilesAndNoTemporaryOne() throws Exception {
        Path out = tmp.resolve("out");
        Path in = pages(0, PAGES);
        OutputException full = assertThrows(OutputException.class,
                () -> runner(TestPages.tree(out, in), new FillingDisk(20_000)).run());
        assertTrue(full.getMessage().matches(".*/out/p\\d+\\.json: cannot write: No space left on device"), full.getMessage());
        List<Path> written = outputs(out);
        assertTrue(written.size() < PAGES, "the run stopped");
        for (Path file : written) {
            assertTrue(file.getFileName().toString().endsWith(".json") && !file.getFileName().toString().startsWith("."),
                    "only outputs are left: " + file);
            Records.file(file);
        }

        runner(TestPages.tree(out, in), OutputFiles.DISK).run();
        assertEquals(PAGES, outputs(out).size());
    }

    @Test
    void aRealFullFileSystemStopsTheCommandWithOneLineAndARerunAfterTheFixResumes() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small-disk"));
        Assumptions.assumeTrue(mountTmpfs(mount, "16k"), () -> skipped("mounting a 16 KiB tmpfs is not permitted here"));
        try {
            Path jsonl = mount.resolve("all.jsonl");
            Path in = pages(0, 5);
            String[] args = {"batch", in.toString(), "--jsonl", jsonl.toString(), "--threads", "2"};
            assertEquals(0, run(args).code);
            byte[] before = Files.readAllBytes(jsonl);

            pages(5, PAGES);
            Run full = run(args);
            assertEquals(1, full.code, full.err);
            assertEquals("newsclean: " + jsonl + ": cannot write: No space left on device\n", full.err);
            assertArrayEquals(before, Files.readAllBytes(jsonl), "the records already written are intact");

            assertTrue(command("mount", "-o", "remount,size=4m", mount.toString()), "the disk can be made larger");
            Run rerun = run(args);
            assertEquals(0, rerun.code, rerun.err);
            assertTrue(rerun.err.contains("5 already done"), rerun.err);
            assertEachPageOnce(Records.lines(jsonl));

            Path tree = mount.resolve("tree");
            long used = Files.getFileStore(mount).getTotalSpace() - Files.getFileStore(mount).getUsableSpace();
            assertTrue(command("mount", "-o", "remount,size=" + (used + 32 * 1024), mount.toString()));
            Run treeFull = run("batch", in.toString(), "--out", tree.toString());
            assertEquals(1, treeFull.code, treeFull.err);
            assertTrue(treeFull.err.matches("newsclean: .*/tree/p\\d+\\.json: cannot write: No space left on device\\n"),
                    treeFull.err);
            for (Path file : outputs(tree)) {
                assertTrue(!file.getFileName().toString().startsWith("."), "no temporary file: " + file);
                Records.file(file);
            }
        } finally {
            command("umount", "-l", mount.toString());
        }
    }

    private static void assertEachPageOnce(List<JsonNode> records) {
        Set<String> sources = new HashSet<>();
        for (JsonNode record : records) {
            assertTrue(sources.add(record.path("source").path("file").asText()), "no record twice: " + record);
        }
        assertEquals(PAGES, sources.size(), "every page has its record");
    }

    private static List<Path> outputs(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String skipped(String why) {
        String message = "real file system test skipped: " + why;
        System.out.println(message);
        return message;
    }

    private static boolean mountTmpfs(Path at, String size) {
        return command("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "newsclean-test", at.toString());
    }

    private static boolean command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /** Standard input that holds nothing. */
    private static final class InputStreamOfNothing {
        static final ByteArrayInputStream INSTANCE = new ByteArrayInputStream(new byte[0]);
    }
}
