package io.newsclean.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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
 * <p>Each file is written under a hidden temporary name in its final folder and then renamed
 * into place atomically, so a reader (or a killed run) only ever sees whole files. An output is
 * up to date when it exists and is not older than its input.
 */
final class TreeSink implements OutputSink {
    private static final AtomicLong TEMP_NAMES = new AtomicLong();

    private final Path outDir;
    private final String tempTag = Long.toString(ProcessHandle.current().pid());

    TreeSink(Path outDir) throws IOException {
        this.outDir = outDir;
        Files.createDirectories(outDir);
    }

    Path target(WorkItem item) {
        Path relative = item.root().relativize(item.file());
        Path parent = relative.getParent();
        Path dir = parent == null ? outDir : outDir.resolve(parent.toString());
        String stem = stem(relative.getFileName().toString());
        if (item.source().record() != null) {
            return dir.resolve(stem).resolve(item.source().record() + ".json");
        }
        return dir.resolve(stem + ".json");
    }

    @Override
    public boolean alreadyDone(WorkItem item) throws IOException {
        try {
            FileTime output = Files.getLastModifiedTime(target(item));
            FileTime input = Files.getLastModifiedTime(item.file());
            return output.compareTo(input) >= 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void write(WorkItem item, byte[] json) throws IOException {
        Path target = target(item);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + tempTag + "-" + TEMP_NAMES.incrementAndGet() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(json);
                out.write('\n');
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("temporary file exists: " + temp, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean compact() {
        return false;
    }

    @Override
    public void close() {
    }

    /** The file name without its page extension: {@code b.html.gz} gives {@code b}. */
    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = stem.lastIndexOf('.');
        return dot > 0 ? stem.substring(0, dot) : stem;
    }
}
