package io.newsclean.batch;

import io.newsclean.output.OutputFormat;
import io.newsclean.output.RecordSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one JSON file per input into a tree that mirrors the input folder:
 * {@code in/a/b.html} becomes {@code OUT/a/b.json}; record 1234 of {@code in/a/c.warc.gz} becomes
 * {@code OUT/a/c/1234.json}.
 *
 * <p>Each file is written under a hidden temporary name in its final folder and then put in place
 * atomically, so a reader (or a killed run) only ever sees whole files. A write that fails (a full
 * disk, a folder made read-only) removes its temporary file and stops the run. A run killed
 * mid-write can leave a temporary file behind: the next run removes those whose run is no longer
 * alive, in the background as it starts ({@link StaleTempFiles}), and never takes one for an output.
 *
 * <p>An output belongs to the input its {@code source} names, and only that input ever replaces
 * it. Two inputs can map to one name: {@code b.html} and {@code b.txt} in one folder, or the same
 * path under two input folders. The one that comes second takes its whole file name instead
 * ({@code b.txt.json}), then numbered variants ({@code b.txt.2.json}), in this run and in every
 * rerun, whatever order the inputs come in. An output is up to date when the input's own output
 * exists and is not older than the input.
 */
final class TreeSink implements OutputSink {
    private static final AtomicLong TEMP_NAMES = new AtomicLong();
    private static final int MAX_NAME_ATTEMPTS = 100;
    private static final byte[] NEWLINE = {'\n'};
    /** Claims of one name are serialised by a lock picked by the name's hash, so two workers never both take it. */
    private static final int CLAIM_LOCKS = 64;

    private final Path outDir;
    private final OutputFormat output;
    private final OutputFiles files;
    private final String tempTag = Long.toString(ProcessHandle.current().pid());
    private final Object[] claimLocks = new Object[CLAIM_LOCKS];
    private final Thread sweeper;

    TreeSink(Path outDir) throws OutputException {
        this(outDir, OutputFormat.JSON, OutputFiles.DISK);
    }

    TreeSink(Path outDir, OutputFormat output) throws OutputException {
        this(outDir, output, OutputFiles.DISK);
    }

    TreeSink(Path outDir, OutputFormat output, OutputFiles files) throws OutputException {
        this.outDir = outDir;
        this.output = output;
        this.files = files;
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new OutputException(outDir.toString(), "cannot create the output folder", e);
        }
        for (int i = 0; i < CLAIM_LOCKS; i++) {
            claimLocks[i] = new Object();
        }
        sweeper = new Thread(() -> StaleTempFiles.removeUnder(outDir), "newsclean-temp-sweeper");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    /** The temporary name of an output being written: hidden, and tagged with this process. */
    private Path tempFor(Path target) {
        return target.resolveSibling(StaleTempFiles.name(target.getFileName().toString(), tempTag,
                TEMP_NAMES.incrementAndGet()));
    }

    /** Where the item's output goes when no other input holds that name. */
    Path target(WorkItem item) {
        return target(item, 0);
    }

    /**
     * The item's output name on the given attempt: 0 is the stem ({@code b.json}), 1 the whole input
     * name ({@code b.txt.json}), and n > 1 a numbered variant ({@code b.txt.n.json}). For an archive
     * record the name is the archive's folder.
     */
    private Path target(WorkItem item, int attempt) {
        Path relative = item.root().relativize(item.file());
        Path parent = relative.getParent();
        Path dir = parent == null ? outDir : outDir.resolve(parent.toString());
        String fileName = relative.getFileName().toString();
        // Plain text has no room to name its source, so a text output takes the whole input name,
        // which no two inputs in a folder share, from the first attempt.
        int nameAttempt = output == OutputFormat.TEXT ? Math.max(attempt, 1) : attempt;
        String name = nameAttempt == 0 ? stem(fileName) : nameAttempt == 1 ? fileName : fileName + "." + nameAttempt;
        String extension = "." + output.extension();
        if (item.source().record() != null) {
            return dir.resolve(name).resolve(item.source().record() + extension);
        }
        return dir.resolve(name + extension);
    }

    @Override
    public boolean alreadyDone(WorkItem item) throws IOException {
        for (int attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
            Path target = target(item, attempt);
            FileTime output;
            try {
                output = Files.getLastModifiedTime(target);
            } catch (NoSuchFileException e) {
                return false;
            }
            if (belongsTo(item, target)) {
                return output.compareTo(Files.getLastModifiedTime(item.file())) >= 0;
            }
        }
        return false;
    }

    @Override
    public void write(WorkItem item, byte[] json) throws OutputException {
        Path first = target(item);
        try {
            writeAndClaim(item, json, first);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputException(first.toString(), "cannot write", e);
        }
    }

    private void writeAndClaim(WorkItem item, byte[] json, Path first) throws IOException {
        Path dir = first.getParent();
        Files.createDirectories(dir);
        Path temp = tempFor(first);
        try {
            try (FileChannel out = files.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(json);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.write(ByteBuffer.wrap(NEWLINE));
            }
            for (int attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
                Path target = target(item, attempt);
                if (!target.getParent().equals(dir)) {
                    Files.createDirectories(target.getParent());
                }
                if (claim(item, temp, target)) {
                    return;
                }
            }
            throw new OutputException(first.toString(), "cannot write",
                    new IOException("every name for this output holds another input's output"));
        } catch (FileAlreadyExistsException e) {
            throw new OutputException(first.toString(), "cannot write", new IOException("temporary file exists: " + temp));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Puts the temporary file in place as {@code target} unless another input's output is there.
     * A hard link creates the name only if it is free; an output of the same input (an earlier run's)
     * is replaced by an atomic rename. Where links are not supported the check and the rename are
     * two steps, still under the name's lock.
     */
    private boolean claim(WorkItem item, Path temp, Path target) throws IOException {
        synchronized (claimLocks[Math.floorMod(target.hashCode(), CLAIM_LOCKS)]) {
            try {
                Files.createLink(target, temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                if (!belongsTo(item, target)) {
                    return false;
                }
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (Files.exists(target) && !belongsTo(item, target)) {
                    return false;
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }

    /** Whether an existing output's {@code source} is this item's: the same file, and the same record. */
    private boolean belongsTo(WorkItem item, Path target) throws IOException {
        if (output == OutputFormat.TEXT) {
            return Files.exists(target);   // named after the whole input name: no other input takes it
        }
        RecordSource.Key key;
        try {
            key = RecordSource.peek(target);
        } catch (NoSuchFileException e) {
            return false;
        }
        return key != null && Objects.equals(key.record(), item.source().record())
                && SourceKeys.canonical(key.file()).equals(SourceKeys.canonical(item.source().file()));
    }

    @Override
    public boolean compact() {
        return false;
    }

    /** Waits for the sweep of stale temporary files, which is quick beside any run. */
    @Override
    public void close() {
        try {
            sweeper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The file name without its page extension: {@code b.html.gz} gives {@code b}. */
    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = stem.lastIndexOf('.');
        return dot > 0 ? stem.substring(0, dot) : stem;
    }
}
