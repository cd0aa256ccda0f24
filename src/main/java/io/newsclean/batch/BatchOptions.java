package io.newsclean.batch;

import io.newsclean.NewsCleaner;
import io.newsclean.model.Format;
import io.newsclean.output.OutputFormat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one batch run does.
 *
 * @param inputs    folders (walked recursively), page files and WARC archives
 * @param filesFrom a file listing more inputs, one path per line ({@code -}: standard input), or null
 * @param outDir    the root of a mirrored output tree, or null when writing JSON Lines
 * @param jsonl     the JSON Lines file ({@code -}: standard output), or null when writing a tree
 * @param threads  how many pages are cleaned at once
 * @param glob     which files in folders to take; a pattern without '/' matches file names
 * @param force    redo every input, even those an earlier run already wrote
 * @param format   the input format, or null to sniff each page
 * @param explain  list the dropped blocks in each article
 * @param maxBytes the largest page accepted, before and after decompression
 * @param timeout  the longest one page may take; a page past it becomes an error record
 * @param output   what each output is written as; text and Markdown only in an output tree
 */
public record BatchOptions(List<Path> inputs, Path filesFrom, Path outDir, Path jsonl, int threads, String glob,
                           boolean force, Format format, boolean explain, long maxBytes, Duration timeout,
                           OutputFormat output) {

    /** Pages, their gzipped forms, and WARC archives. */
    public static final String DEFAULT_GLOB = "*.{html,htm,xhtml,txt,html.gz,htm.gz,xhtml.gz,txt.gz,warc,warc.gz}";
    /** The library's limit: the same default for one page and for a batch. */
    public static final long DEFAULT_MAX_BYTES = NewsCleaner.DEFAULT_MAX_BYTES;
    /** A page takes milliseconds; thirty seconds means something is wrong with it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public BatchOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty() && filesFrom == null) {
            throw new IllegalArgumentException("no input given");
        }
        if ((outDir == null) == (jsonl == null)) {
            throw new IllegalArgumentException("give exactly one of an output folder or a JSON Lines file");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(glob, "glob");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        Objects.requireNonNull(output, "output");
        if (jsonl != null && output != OutputFormat.JSON) {
            throw new IllegalArgumentException("JSON Lines hold JSON only: write " + output + " into a folder");
        }
    }

    /** A run that writes JSON. */
    public BatchOptions(List<Path> inputs, Path filesFrom, Path outDir, Path jsonl, int threads, String glob,
                        boolean force, Format format, boolean explain, long maxBytes, Duration timeout) {
        this(inputs, filesFrom, outDir, jsonl, threads, glob, force, format, explain, maxBytes, timeout,
                OutputFormat.JSON);
    }

    /** Whether a path names standard input or output ({@code -}) rather than a file. */
    public static boolean isStandardStream(Path path) {
        return path != null && path.toString().equals("-");
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
