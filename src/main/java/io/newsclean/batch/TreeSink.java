package io.newsclean.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one JSON file per input into a tree that mirrors the input folder:
 * {@code in/a/b.html} becomes {@code OUT/a/b.json}; record 1234 of {@code in/a/c.warc.gz} becomes
 * {@code OUT/a/c/1234.json}.
 *
 * <p>Each file is written in the run's hidden temporary folder, {@code OUT/.newsclean-PID.tmp}, and
 * then put in place atomically, so a reader (or a killed run) only ever sees whole files. The folder
 * goes when the run ends; one left by a killed run is removed by the next run. An output is up to
 * date when it exists and is not older than its input.
 *
 * <p>No output overwrites another from the same run. Two inputs can map to one name: {@code b.html}
 * and {@code b.txt} in one folder (the scanner gives the second its whole name, {@code b.txt.json}),
 * or the same relative path under two input folders. An output whose time stamp is not older than
 * this run's start was written by this run, so the second input takes its whole name instead, then
 * numbered variants. Outputs left by earlier runs are replaced.
 */
final class TreeSink implements OutputSink {
    private static final AtomicLong TEMP_NAMES = new AtomicLong();
    private static final int MAX_NAME_ATTEMPTS = 100;

    private static final String TEMP_PREFIX = ".newsclean-";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path outDir;
    private final Path tempDir;
    /** The run's start on the output file system's own clock and time stamp granularity. */
    private final FileTime runStart;

    TreeSink(Path outDir) throws IOException {
        this.outDir = outDir;
        Files.createDirectories(outDir);
        removeTempFoldersOfEndedRuns(outDir);
        this.tempDir = outDir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + TEMP_SUFFIX);
        Files.createDirectories(tempDir);
        this.runStart = Files.getLastModifiedTime(tempDir);
    }

    /** Where the item's output goes when nothing else in this run claimed that name first. */
    Path target(WorkItem item) {
        return target(item, item.wholeName() ? 1 : 0);
    }

    /**
     * The item's output name on the given attempt: 0 is the stem ({@code b.json}), 1 the whole input
     * name ({@code b.txt.json}), and n > 1 a numbered variant ({@code b.txt.n.json}). For an archive
     * record the name applies to the archive's folder.
     */
    private Path target(WorkItem item, int attempt) {
        Path relative = item.root().relativize(item.file());
        Path parent = relative.getParent();
        Path dir = parent == null ? outDir : outDir.resolve(parent.toString());
        String fileName = relative.getFileName().toString();
        String name = attempt == 0 ? stem(fileName) : attempt == 1 ? fileName : fileName + "." + attempt;
        if (item.source().record() != null) {
            return dir.resolve(name).resolve(item.source().record() + ".json");
        }
        return dir.resolve(name + ".json");
    }

    @Override
    public boolean alreadyDone(WorkItem item) throws IOException {
        try {
            FileTime output = Files.getLastModifiedTime(target(item));
            FileTime input = Files.getLastModifiedTime(item.file());
            // An output this run wrote belongs to another input that took the name first.
            return output.compareTo(input) >= 0 && output.compareTo(runStart) < 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void write(WorkItem item, byte[] json) throws IOException {
        Path first = target(item);
        Path dir = first.getParent();
        Files.createDirectories(dir);
        Path temp = tempDir.resolve(TEMP_NAMES.incrementAndGet() + TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(json);
                out.write('\n');
            }
            for (int attempt = item.wholeName() ? 1 : 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
                Path target = target(item, attempt);
                if (!target.getParent().equals(dir)) {
                    Files.createDirectories(target.getParent());
                }
                if (claim(temp, target)) {
                    return;
                }
            }
            throw new IOException("every name for the output of " + item.file() + " was already written in this run");
        } catch (FileAlreadyExistsException e) {
            throw new IOException("temporary file exists: " + temp, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Puts the temporary file in place as {@code target} unless this run already wrote a file there.
     * A hard link is an atomic create-if-absent; where links are not supported the check and the
     * rename are two steps.
     */
    private boolean claim(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            if (writtenThisRun(target)) {
                return false;
            }
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target) && writtenThisRun(target)) {
                return false;
            }
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    private boolean writtenThisRun(Path output) throws IOException {
        try {
            return Files.getLastModifiedTime(output).compareTo(runStart) >= 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Deletes the temporary folders that killed runs left, each holding at most one half-written
     * file per worker. A folder whose process still lives belongs to a concurrent run and stays.
     */
    private static void removeTempFoldersOfEndedRuns(Path outDir) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(outDir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                String pid = name.substring(TEMP_PREFIX.length(), name.length() - TEMP_SUFFIX.length());
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                deleteFolder(folder);
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    @Override
    public boolean compact() {
        return false;
    }

    @Override
    public void close() throws IOException {
        deleteFolder(tempDir);
    }

    /** The file name without its page extension: {@code b.html.gz} gives {@code b}. */
    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = stem.lastIndexOf('.');
        return dot > 0 ? stem.substring(0, dot) : stem;
    }
}
