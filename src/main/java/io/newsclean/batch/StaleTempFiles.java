package io.newsclean.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files of a tree-mode run: {@code .NAME.json.PID-N.tmp} beside the output
 * {@code NAME.json} (or {@code .txt}, {@code .md}), tagged with the process that writes them. A run killed mid-write leaves its
 * temporary files behind; a later run removes every one whose process is gone. A file whose
 * process still runs (another run writing into the same tree) is left alone, and so is every
 * file this naming does not describe: the sweep only ever deletes what a run of this tool made.
 */
final class StaleTempFiles {
    private static final Pattern TEMP = Pattern.compile("\\..+\\.(?:json|txt|md)\\.(\\d{1,18})-\\d+\\.tmp");

    private StaleTempFiles() {
    }

    static String name(String outputName, String processTag, long number) {
        return "." + outputName + "." + processTag + "-" + number + ".tmp";
    }

    /** Whether a file name is a temporary file of a run of this tool whose process has ended. */
    static boolean isStale(String fileName) {
        Matcher m = TEMP.matcher(fileName);
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** Removes the stale temporary files under a folder; returns how many. Never throws. */
    static int removeUnder(Path root) {
        int removed = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (isStale(file.getFileName().toString()) && Files.isRegularFile(file) && deleted(file)) {
                    removed++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A folder that cannot be listed: what it holds is left for a later run; the writes
            // themselves report any real problem with the output.
        }
        return removed;
    }

    private static boolean deleted(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
