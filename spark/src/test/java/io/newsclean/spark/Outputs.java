package io.newsclean.spark;

import io.newsclean.batch.BatchListener;
import io.newsclean.batch.BatchOptions;
import io.newsclean.batch.BatchRunner;
import io.newsclean.batch.Outcome;
import io.newsclean.model.SourceInfo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads what the job wrote, and what {@code newsclean batch --jsonl} writes for the same archives. */
final class Outputs {
    private Outputs() {
    }

    /** Every line of every output of the job, sorted. */
    static List<String> jobLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : outputs(out)) {
            lines.addAll(gzipLines(file));
        }
        lines.sort(null);
        return lines;
    }

    static List<Path> outputs(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ArchiveTask.SUFFIX)).sorted().toList();
        }
    }

    static List<String> gzipLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The lines {@code newsclean batch --jsonl FILE ARCHIVE...} writes (its engine, with its defaults), sorted. */
    static List<String> batchLines(List<Path> archives, Path jsonl) throws Exception {
        BatchOptions options = new BatchOptions(archives, null, jsonl, 2, BatchOptions.DEFAULT_GLOB, true, null, false,
                BatchOptions.DEFAULT_MAX_BYTES, BatchOptions.DEFAULT_TIMEOUT);
        new BatchRunner(options, new BatchListener() {
            @Override
            public void finished(SourceInfo source, Outcome outcome, String error) {
            }
        }).run();
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }
}
