package io.newsclean.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclean.input.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.newsclean.batch.TestPages.article;
import static io.newsclean.batch.TestPages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeLimitTest {
    @TempDir
    Path tmp;

    /** Lets the runaway page go at the end of the test, so no thread outlives it. */
    private volatile boolean release;

    @AfterEach
    void releaseRunaway() {
        release = true;
    }

    /** The real cleaner, except that a page named slow.html never ends and ignores interrupts. */
    private PageProcessor runawayOn(String name) {
        CleaningProcessor real = new CleaningProcessor(BatchOptions.DEFAULT_MAX_BYTES, null, false, true);
        return new PageProcessor() {
            @Override
            public Processed process(WorkItem item, byte[] bytes) throws InputException {
                if (item.file().getFileName().toString().equals(name)) {
                    long spins = 0;
                    while (!release) {
                        spins++; // busy, like a rule caught in a very long loop; interrupts change nothing
                    }
                    if (spins < 0) {
                        throw new IllegalStateException();
                    }
                }
                return real.process(item, bytes);
            }

            @Override
            public byte[] error(WorkItem item, String message) {
                return real.error(item, message);
            }
        };
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRunawayPageBecomesAnErrorRecordAndDoesNotBlockTheRun() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a.html"), article("A"));
        write(in.resolve("slow.html"), article("Slow"));
        write(in.resolve("x.html"), article("X"));
        write(in.resolve("y.html"), article("Y"));
        Path jsonl = tmp.resolve("all.jsonl");
        // One thread: the pages after the runaway can only be cleaned by the worker that replaces it.
        BatchOptions options = new BatchOptions(List.of(in), null, null, jsonl, 1, BatchOptions.DEFAULT_GLOB, false, null,
                false, BatchOptions.DEFAULT_MAX_BYTES, Duration.ofMillis(300));

        BatchSummary summary = new BatchRunner(options, new Recorder(), runawayOn("slow.html")).run();

        assertEquals(1, summary.failed());
        assertEquals(1, summary.timedOut());
        assertEquals(3, summary.cleaned() + summary.empty());
        List<JsonNode> records = Records.lines(jsonl);
        assertEquals(4, records.size());
        JsonNode slow = records.stream().filter(r -> r.has("error")).findFirst().orElseThrow();
        assertTrue(slow.path("source").path("file").asText().endsWith("slow.html"));
        assertEquals("timed out after 300 ms", slow.path("error").asText());

        // When the runaway finally ends, its late result must not reach the output.
        release = true;
        Thread.sleep(300);
        assertEquals(4, Records.lines(jsonl).size());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void pagesWithinTheLimitAreNotTouchedByTheWatchdog() throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 20; i++) {
            write(in.resolve("p" + i + ".html"), article("P" + i));
        }
        Path out = tmp.resolve("out");
        BatchOptions options = new BatchOptions(List.of(in), null, out, null, 2, BatchOptions.DEFAULT_GLOB, false, null,
                false, BatchOptions.DEFAULT_MAX_BYTES, Duration.ofSeconds(10));

        BatchSummary summary = new BatchRunner(options, new Recorder(), runawayOn("none")).run();

        assertEquals(0, summary.failed());
        assertEquals(0, summary.timedOut());
        assertEquals(20, summary.processed());
        assertFalse(Records.file(out.resolve("p7.json")).has("error"));
    }
}
