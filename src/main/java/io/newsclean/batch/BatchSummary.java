package io.newsclean.batch;

import java.time.Duration;

/**
 * The counts of one batch run.
 *
 * @param cleaned      pages cleaned with an article body
 * @param empty        pages cleaned where no article body was found
 * @param failed       inputs that became error records
 * @param timedOut     of the failed inputs, those stopped by the time limit
 * @param upToDate     inputs skipped because an earlier run already wrote them
 * @param otherRecords WARC records passed over because they are not HTML pages
 * @param elapsed      the wall-clock time of the run
 * @param stopped      whether the run was stopped before the end ({@link BatchRunner#stop()}): a rerun does the rest
 */
public record BatchSummary(long cleaned, long empty, long failed, long timedOut, long upToDate, long otherRecords,
                           Duration elapsed, boolean stopped) {

    /** The inputs this run actually processed (not the skipped ones). */
    public long processed() {
        return cleaned + empty + failed;
    }

    public double pagesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? processed() / seconds : 0;
    }
}
