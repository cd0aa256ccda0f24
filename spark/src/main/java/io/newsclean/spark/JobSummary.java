package io.newsclean.spark;

/**
 * What one run of the job did.
 *
 * @param files        archives cleaned by this run
 * @param skippedFiles archives passed over because they already have an output
 * @param otherRecords records that are not HTML pages
 */
public record JobSummary(long files, long skippedFiles, long cleaned, long empty, long errors, long timedOut,
                         long otherRecords, double seconds) {

    /** Pages cleaned or failed: one record each. */
    public long pages() {
        return cleaned + empty + errors;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d files cleaned, %d skipped; %d pages: %d cleaned, %d empty, %d errors (%d timed out); "
                        + "%d other records; %.1f s, %.1f pages/s",
                files, skippedFiles, pages(), cleaned, empty, errors, timedOut, otherRecords, seconds,
                seconds > 0 ? pages() / seconds : 0.0);
    }
}
