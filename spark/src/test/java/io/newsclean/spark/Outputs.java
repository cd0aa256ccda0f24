package io.newsclean.spark;

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

    /** The lines {@code newsclean batch --jsonl FILE ARCHIVE...} writes, run from the command line's jar, sorted. */
    static List<String> batchLines(List<Path> archives, Path jsonl) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", System.getProperty("newsclean.cli.jar"),
                "batch", "--quiet", "--jsonl", jsonl.toString()));
        archives.forEach(archive -> command.add(archive.toString()));
        Process batch = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(batch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = batch.waitFor();
        if (exit != 0 && exit != 1) {
            throw new IllegalStateException("newsclean batch exited with " + exit + ": " + printed);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
