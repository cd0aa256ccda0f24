package io.newsclean.batch;

/** Where the input scanner hands what it finds. */
interface Intake {
    /** Whether an earlier run already wrote this input, so it can be skipped before it is read. */
    boolean alreadyDone(WorkItem item);

    /** Counts an input skipped as already done. */
    void skipped(WorkItem item);

    /** Counts a WARC record that is not an HTML page. */
    void otherRecord();

    /** Queues an input for cleaning; blocks while the workers are busy, which keeps memory bounded. */
    void accept(WorkItem item) throws InterruptedException;
}
