package io.newsclean.archive;

/**
 * What cleaning one archive did.
 *
 * @param cleaned      pages cleaned with an article body
 * @param empty        pages cleaned without one
 * @param failed       error records written (timed-out pages included)
 * @param timedOut     pages past the time limit
 * @param skipped      pages not wanted (already done)
 * @param otherRecords records that are not HTML pages
 */
public record ArchiveSummary(long cleaned, long empty, long failed, long timedOut, long skipped, long otherRecords) {

    /** The records written. */
    public long records() {
        return cleaned + empty + failed;
    }
}
