package io.newsclean.archive;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.OutputFormat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Turns one page into its record: the {@link NewsCleaner} library, then the writer of the output
 * format (JSON unless a batch asks for text or Markdown files). Every
 * way a page can fail gives an error record with the same wording, whoever runs it (a batch on
 * one machine, a task on a cluster). Thread-safe.
 */
public final class RecordCleaner {
    private final NewsCleaner cleaner;
    private final Format format;
    private final boolean explain;
    private final boolean compact;
    private final OutputFormat output;

    /**
     * @param format  the input format for every page, or null: a format the container knows (an
     *                archive's HTTP type), else a sniff of each page
     * @param compact one line per record, as JSON Lines needs
     */
    public RecordCleaner(long maxBytes, Format format, boolean explain, boolean compact) {
        this(maxBytes, format, explain, compact, OutputFormat.JSON);
    }

    /** @param output what each record is written as */
    public RecordCleaner(long maxBytes, Format format, boolean explain, boolean compact, OutputFormat output) {
        this.cleaner = new NewsCleaner(maxBytes);
        this.format = format;
        this.explain = explain;
        this.compact = compact;
        this.output = output;
    }

    /**
     * Cleans one page.
     *
     * @param containerFormat the format the container gives, or null
     * @param charset         a charset the container declares, or null
     * @throws InputException when the page cannot be cleaned (see {@link #failure})
     */
    public CleanedRecord cleanOrThrow(SourceInfo source, byte[] bytes, Format containerFormat, String charset)
            throws InputException {
        Format pageFormat = format == null && containerFormat != null ? containerFormat : format;
        CleanOptions options = new CleanOptions(pageFormat, source.url(), charset, explain);
        Article article = cleaner.clean(bytes, options, source);
        byte[] json = withoutLineEnd(output.write(article, explain, compact));
        return new CleanedRecord(article.source(), article, json, null, false);
    }

    /** Cleans one page read from an archive; never throws: a failure is an error record. */
    public CleanedRecord clean(ArchivePage page) {
        if (page.problem() != null) {
            return error(page.source(), page.problem());
        }
        try {
            return cleanOrThrow(page.source(), page.body(), Format.HTML, page.charset());
        } catch (InputException | OutOfMemoryError | StackOverflowError | RuntimeException e) {
            return error(page.source(), failure(e));
        }
    }

    /** The error record that stands for a page that could not be cleaned. */
    public CleanedRecord error(SourceInfo source, String message) {
        return new CleanedRecord(source, null, withoutLineEnd(output.writeError(source, message, compact)),
                message, false);
    }

    /** The error record of a page past the time limit. */
    public CleanedRecord timedOut(SourceInfo source, Duration limit) {
        String message = timeoutMessage(limit);
        return new CleanedRecord(source, null, withoutLineEnd(output.writeError(source, message, compact)),
                message, true);
    }

    /**
     * What an error record says about a page that failed while being cleaned.
     *
     * @param failure an {@link InputException}, or what a runaway page throws
     */
    public static String failure(Throwable failure) {
        if (failure instanceof InputException) {
            return failure.getMessage();
        }
        if (failure instanceof OutOfMemoryError) {
            // The page's whole working set is garbage once its frame is left, so the run can go on.
            return "out of memory on this page: lower --max-bytes or give Java more heap";
        }
        if (failure instanceof StackOverflowError) {
            return "the page is nested too deeply";
        }
        return "internal error: " + ArchiveReader.describe(failure);
    }

    /** What the error record of a page past the time limit says. */
    public static String timeoutMessage(Duration limit) {
        return "timed out after " + describe(limit);
    }

    /** Whoever stores a record ends it as it needs: one per line, or one per file. */
    private static byte[] withoutLineEnd(String record) {
        String body = record.endsWith("\n") ? record.substring(0, record.length() - 1) : record;
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** A time limit as people write it: whole seconds, else milliseconds. */
    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
