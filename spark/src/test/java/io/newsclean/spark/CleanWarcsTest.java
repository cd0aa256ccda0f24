package io.newsclean.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanWarcsTest {
    @TempDir
    Path tmp;

    private JobOptions options(Path out, List<Path> archives, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--out", out.toString()));
        args.addAll(List.of(more));
        archives.forEach(a -> args.add(a.toString()));
        return JobOptions.parse(args.toArray(String[]::new));
    }

    @Test
    void sortedOutputEqualsBatchByteForByteAndARerunDoesNothing() throws Exception {
        List<Path> archives = TestArchives.crawl(tmp.resolve("in"), 3, 14);
        Path out = tmp.resolve("out");

        LocalSpark.Run first = LocalSpark.run(options(out, archives));

        List<String> job = Outputs.jobLines(out);
        List<String> batch = Outputs.batchLines(archives, tmp.resolve("batch.jsonl"));
        int pages = TestArchives.samplePages().size() + 14;
        assertEquals(pages, batch.size(), "the sample pages and fourteen articles");
        assertEquals(batch, job);
        assertEquals(3, first.summary().files());
        assertEquals(pages, first.summary().pages());
        assertEquals(0, first.summary().errors());
        assertTrue(first.summary().otherRecords() > pages, "requests, images and redirects: " + first.summary());
        assertEquals(List.of("crawl-0.warc.gz.jsonl.gz", "crawl-1.warc.gz.jsonl.gz", "crawl-2.warc.jsonl.gz"),
                Outputs.outputs(out).stream().map(p -> p.getFileName().toString()).toList());
        assertFalse(Files.exists(out.resolve(ArchiveTask.TEMPORARY)), "the temporary folder is removed at the end");

        Map<Path, FileTime> written = Outputs.outputs(out).stream().collect(Collectors.toMap(p -> p, CleanWarcsTest::modified));
        LocalSpark.Run rerun = LocalSpark.run(options(out, archives));

        assertEquals(0, rerun.summary().files());
        assertEquals(0, rerun.summary().pages());
        assertEquals(3, rerun.summary().skippedFiles());
        assertTrue(rerun.printed().contains("3 archives, 0 to clean, 3 skipped"), rerun.printed());
        written.forEach((file, time) -> assertEquals(time, modified(file), file + " is left as it was"));
        assertEquals(batch, Outputs.jobLines(out));
    }

    @Test
    void damagedArchivesGiveTheErrorRecordsOfBatchAndTheJobSucceeds() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> archives = new ArrayList<>(TestArchives.crawl(in, 1, 4));
        archives.add(TestArchives.truncated(in));
        archives.add(TestArchives.noise(in));
        Path out = tmp.resolve("out");

        LocalSpark.Run run = LocalSpark.run(options(out, archives));

        List<String> job = Outputs.jobLines(out);
        assertEquals(Outputs.batchLines(archives, tmp.resolve("batch.jsonl")), job);
        List<String> errors = job.stream().filter(line -> line.contains("\"error\":")).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("cut.warc.gz") && e.contains("\"record\":")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("noise.warc.gz") && e.contains("\"record\":0")), errors.toString());
        assertTrue(job.stream().anyMatch(l -> l.contains("cut.warc.gz") && !l.contains("\"error\":")),
                "the records before the cut are cleaned");
        assertEquals(2, run.summary().errors());
        assertEquals(3, run.summary().files());
    }

    @Test
    void aMissingArchiveGetsAnErrorRecordAfterSparksAttempts() throws Exception {
        Path missing = tmp.resolve("in/missing.warc.gz");
        Path out = tmp.resolve("out");

        LocalSpark.Run run = LocalSpark.run(options(out, List.of(missing)));

        List<String> lines = Outputs.jobLines(out);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("\"error\":\"cannot read archive: no such file\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"file\":\"" + missing + "\""), lines.get(0));
        assertEquals(1, run.summary().errors());
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
