package io.newsclean.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ResumeAfterKillTest {
    private static final int ARCHIVES = 8;

    @TempDir
    Path tmp;

    @Test
    void aRerunAfterAKillCompletesWithNoDuplicateAndNoPartialFile() throws Exception {
        List<Path> archives = TestArchives.crawl(tmp.resolve("in"), ARCHIVES, 80);
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("--out", out.toString()));
        archives.forEach(a -> args.add(a.toString()));

        // The job in a process of its own, on one core, killed (SIGKILL) once its first output is in place.
        List<String> command = new ArrayList<>(List.of(Outputs.java()));
        command.addAll(Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+")));
        command.addAll(List.of("-Dspark.master=local[1]", "-Dspark.ui.enabled=false",
                "-cp", System.getProperty("java.class.path"), CleanWarcs.class.getName()));
        command.addAll(args);
        Path log = tmp.resolve("job.log");
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (!Files.isDirectory(out) || Outputs.outputs(out).isEmpty()) {
                if (!job.isAlive() || System.nanoTime() > deadline) {
                    fail("the job wrote no output before it ended or the time ran out:\n" + Files.readString(log));
                }
                Thread.sleep(20);
            }
        } finally {
            job.destroyForcibly();
            job.waitFor(1, TimeUnit.MINUTES);
        }
        int doneAtKill = Outputs.outputs(out).size();
        assertTrue(doneAtKill < ARCHIVES, "the kill came mid-run: " + doneAtKill + " outputs");
        for (Path output : Outputs.outputs(out)) {
            Outputs.gzipLines(output); // whole: a cut gzip file fails to read
        }

        LocalSpark.Run rerun = LocalSpark.run(JobOptions.parse(args.toArray(String[]::new)));

        assertEquals(doneAtKill, rerun.summary().skippedFiles(), rerun.printed());
        assertEquals(ARCHIVES - doneAtKill, rerun.summary().files());
        assertEquals(Outputs.batchLines(archives, tmp.resolve("batch.jsonl")), Outputs.jobLines(out),
                "every record once, none lost");
        try (var left = Files.list(out)) {
            List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
            assertEquals(Outputs.outputs(out).stream().map(p -> p.getFileName().toString()).toList(), names,
                    "nothing but the outputs: the temporary folder is gone");
        }
        assertEquals(ARCHIVES, Outputs.outputs(out).size());
    }
}
