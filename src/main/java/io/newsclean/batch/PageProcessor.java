package io.newsclean.batch;

import io.newsclean.input.InputException;

/** Turns one page's bytes into its JSON record. Implementations are thread-safe. */
interface PageProcessor {
    Processed process(WorkItem item, byte[] bytes) throws InputException;

    /** The error record that stands for an input that failed. */
    byte[] error(WorkItem item, String message);

    /**
     * @param json  the record, UTF-8, without a line end
     * @param empty whether no article body was found
     */
    record Processed(byte[] json, boolean empty) {
    }
}
