package io.newsclean.batch;

import io.newsclean.model.SourceInfo;

/** Hears how a batch run goes; called from several threads at once. */
public interface BatchListener {
    /** Whether {@link #totalKnown} is worth a second walk over the input folders. */
    default boolean wantsTotal() {
        return false;
    }

    /** The number of inputs, when it can be known in advance (folders of files, no archives). */
    default void totalKnown(long inputs) {
    }

    /**
     * One input is finished.
     *
     * @param error why it failed, for {@link Outcome#FAILED}; else null
     */
    void finished(SourceInfo source, Outcome outcome, String error);

    /** A WARC record that is not an HTML page (request, metadata, image…) was passed over. */
    default void otherRecordSkipped() {
    }
}
