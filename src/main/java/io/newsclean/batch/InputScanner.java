package io.newsclean.batch;

import io.newsclean.model.SourceInfo;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Turns the run's inputs into work items, one at a time: folders are walked depth first, files
 * are taken as they are, and archives are read record by record. Nothing is collected, not even
 * one folder's listing (a flat folder may hold millions of pages), so memory does not grow with
 * the number of inputs; the price is that pages come in the file system's order, not by name.
 */
final class InputScanner implements AutoCloseable {
    private final List<Path> inputs;
    private final InputList listed;
    private final Glob glob;
    private final WarcRecords archives;

    InputScanner(List<Path> inputs, String glob, WarcRecords archives) {
        this(inputs, InputList.NONE, glob, archives);
    }

    /**
     * @param listed more inputs, read one at a time from a list ({@code --files-from}) after {@code inputs}
     */
    InputScanner(List<Path> inputs, InputList listed, String glob, WarcRecords archives) {
        this.inputs = inputs;
        this.listed = listed;
        this.glob = new Glob(glob);
        this.archives = archives;
    }

    void scan(Intake intake) throws InterruptedException {
        for (Path input : inputs) {
            take(input, intake);
        }
        Path input;
        while ((input = listed.next(intake)) != null) {
            take(input, intake);
        }
    }

    @Override
    public void close() throws IOException {
        listed.close();
    }

    /** One input as given: a folder is walked, a file taken, a missing one reported. */
    private void take(Path input, Intake intake) throws InterruptedException {
        Path root = parentOf(input);
        if (Files.isDirectory(input)) {
            walk(input, input, intake);
        } else if (!Files.exists(input)) {
            intake.accept(WorkItem.rejected(SourceInfo.ofFile(input.toString()), input, root, "no such file"));
        } else {
            take(input, root, intake);
        }
    }

    /**
     * Counts the files a scan will meet, for a progress bar; -1 when an archive is among them,
     * since its records cannot be counted without reading it, or when a list gives the inputs.
     */
    long countFiles() {
        if (listed != InputList.NONE) {
            return -1;
        }
        long[] count = {0};
        boolean[] archive = {false};
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try {
                    count(input, input, count, archive);
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
            } else {
                archive[0] |= WarcRecords.isArchive(input);
                count[0]++;
            }
        }
        return archive[0] ? -1 : count[0];
    }

    private void walk(Path dir, Path root, Intake intake) throws InterruptedException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                // Linked folders are not followed: a link loop must not make the walk endless.
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    walk(entry, root, intake);
                } else if (Files.isRegularFile(entry) && glob.matches(root.relativize(entry))) {
                    take(entry, root, intake);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            intake.accept(WorkItem.rejected(SourceInfo.ofFile(dir.toString()), dir, parentOf(dir),
                    "cannot list folder: " + Messages.of(e)));
        }
    }

    private void count(Path dir, Path root, long[] count, boolean[] archive) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    count(entry, root, count, archive);
                } else if (Files.isRegularFile(entry) && glob.matches(root.relativize(entry))) {
                    archive[0] |= WarcRecords.isArchive(entry);
                    count[0]++;
                }
            }
        }
    }

    private void take(Path file, Path root, Intake intake) throws InterruptedException {
        if (WarcRecords.isArchive(file)) {
            archives.read(file, root, intake);
            return;
        }
        WorkItem item = WorkItem.ofFile(file, root);
        if (intake.alreadyDone(item)) {
            intake.skipped(item);
        } else {
            intake.accept(item);
        }
    }

    private static Path parentOf(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of("");
    }

    /** A glob without '/' matches file names anywhere below the input; one with '/' matches the relative path. */
    static final class Glob {
        private final PathMatcher matcher;
        private final boolean byName;

        Glob(String pattern) {
            this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            this.byName = !pattern.contains("/");
        }

        boolean matches(Path relative) {
            Path name = relative.getFileName();
            return matcher.matches(byName && name != null ? name : relative);
        }
    }
}
