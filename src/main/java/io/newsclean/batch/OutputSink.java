package io.newsclean.batch;

import java.io.Closeable;
import java.io.IOException;

/** Where the records of a run go. Implementations are thread-safe: workers write at the same time. */
interface OutputSink extends Closeable {
    /** Whether an earlier run already wrote this input (the resume check). */
    boolean alreadyDone(WorkItem item) throws IOException;

    /** Writes one record, whole; a record is never visible half-written. */
    void write(WorkItem item, byte[] json) throws IOException;

    /** Called now and then by the run, so buffered records reach the disk even in a slow run. */
    default void tick() throws IOException {
    }

    /** Whether records should be pretty-printed (one file each) or compact (one line each). */
    boolean compact();
}
