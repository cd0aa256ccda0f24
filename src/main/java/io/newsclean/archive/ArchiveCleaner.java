package io.newsclean.archive;

import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Cleans a whole WARC archive, one page after another, into records in archive order: one per
 * HTML page, and one error record per page that failed and per damaged stretch of the archive.
 * This is the archive path of {@code newsclean batch} and of the cluster job alike, so both write
 * the same records for the same archive.
 *
 * <p>Each page runs under the time limit on a worker thread; a page past it becomes an error
 * record and is left behind. Thread-safe: each call has its own worker.
 */
public final class ArchiveCleaner {
    private final ArchiveReader reader;
    private final RecordCleaner records;
    private final Duration timeout;

    /**
     * @param maxBytes the largest page accepted, before and after decompression
     * @param timeout  the longest one page may take
     * @param format   the input format of every page, or null for the archive's own (HTML)
     * @param explain  list the dropped blocks in each article
     */
    public ArchiveCleaner(long maxBytes, Duration timeout, Format format, boolean explain) {
        this.reader = new ArchiveReader(maxBytes);
        this.records = new RecordCleaner(maxBytes, format, explain, true);
        this.timeout = timeout;
    }

    /** Cleans every page of an archive. */
    public ArchiveSummary clean(InputStream archive, String name, Consumer<CleanedRecord> sink)
            throws IOException, InterruptedException {
        return clean(archive, name, source -> true, sink);
    }

    /**
     * Cleans the pages of an archive that are wanted.
     *
     * @param name   what the records' sources call the archive
     * @param wanted which pages to clean; the others are counted as skipped
     * @param sink   takes each record, in archive order, on the calling thread
     * @throws SourceException when the stream itself fails; the records before it were given to the sink
     */
    public ArchiveSummary clean(InputStream archive, String name, Predicate<SourceInfo> wanted,
                                Consumer<CleanedRecord> sink) throws IOException, InterruptedException {
        Counts counts = new Counts();
        try (PageTimer timer = new PageTimer()) {
            reader.read(archive, name, new ArchiveReader.Visitor() {
                @Override
                public boolean wants(SourceInfo source) {
                    return wanted.test(source);
                }

                @Override
                public void page(ArchivePage page) throws InterruptedException {
                    CleanedRecord record = page.problem() != null ? records.clean(page) : timed(timer, page);
                    counts.add(record);
                    sink.accept(record);
                }

                @Override
                public void skipped(SourceInfo source) {
                    counts.skipped++;
                }

                @Override
                public void otherRecord() {
                    counts.other++;
                }
            });
        }
        return counts.summary();
    }

    /**
     * The error record that stands for the rest of an archive whose stream failed (or that could
     * not be opened), for a caller that gives up on it and goes on.
     */
    public CleanedRecord unreadable(String name, IOException failure) {
        return records.clean(ArchiveReader.unreadable(name, failure));
    }

    private CleanedRecord timed(PageTimer timer, ArchivePage page) throws InterruptedException {
        try {
            return timer.call(() -> records.clean(page), timeout);
        } catch (TimeoutException e) {
            return records.timedOut(page.source(), timeout);
        }
    }

    private static final class Counts {
        long cleaned;
        long empty;
        long failed;
        long timedOut;
        long skipped;
        long other;

        void add(CleanedRecord record) {
            if (record.error() != null) {
                failed++;
                if (record.timedOut()) {
                    timedOut++;
                }
            } else if (record.empty()) {
                empty++;
            } else {
                cleaned++;
            }
        }

        ArchiveSummary summary() {
            return new ArchiveSummary(cleaned, empty, failed, timedOut, skipped, other);
        }
    }
}
