package io.newsclean.batch;

import io.newsclean.model.SourceInfo;
import io.newsclean.output.RecordSource;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The sources an earlier run recorded, kept as 64-bit hashes in a sorted array: eight bytes per
 * record, so resuming a run of millions of pages stays cheap. Two different sources share a hash
 * with a chance of about n²/2⁶⁵ (one in three hundred thousand for ten million records).
 * Filled once, then only read: safe to share between threads after {@link #seal()}.
 */
final class SourceKeys {
    private long[] hashes = new long[1024];
    private int size;
    private boolean sealed;

    void add(RecordSource.Key key) {
        if (sealed) {
            throw new IllegalStateException("sealed");
        }
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash(canonical(key.file()), key.record());
    }

    SourceKeys seal() {
        hashes = Arrays.copyOf(hashes, size);
        Arrays.sort(hashes);
        sealed = true;
        return this;
    }

    boolean contains(SourceInfo source) {
        return size > 0 && Arrays.binarySearch(hashes, hash(canonical(source.file()), source.record())) >= 0;
    }

    /**
     * The same file however the run named it ({@code in/a.html}, {@code ./in/a.html} or an
     * absolute path), so a rerun spelled differently from the same folder still resumes.
     */
    static String canonical(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return file;
        }
    }

    int size() {
        return size;
    }

    /** FNV-1a over the characters, then a 64-bit finaliser so nearby keys spread over the whole range. */
    static long hash(String file, Long record) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < file.length(); i++) {
            h = (h ^ file.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (record == null ? -1L : record)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
