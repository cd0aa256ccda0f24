package io.newsclean.spark;

import io.newsclean.archive.CleanedRecord;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;

/**
 * The job's counts, as Spark accumulators. They are added to only inside the action, once a
 * file's output is in place, and Spark applies an action's accumulator updates once per task
 * even when it runs the task again: each file is counted once.
 */
final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    final LongAccumulator files;
    final LongAccumulator cleaned;
    final LongAccumulator empty;
    final LongAccumulator errors;
    final LongAccumulator timedOut;
    final LongAccumulator otherRecords;
    final LongAccumulator alreadyDone;

    JobCounters(SparkContext spark) {
        files = spark.longAccumulator("files");
        cleaned = spark.longAccumulator("cleaned");
        empty = spark.longAccumulator("empty");
        errors = spark.longAccumulator("errors");
        timedOut = spark.longAccumulator("timed out");
        otherRecords = spark.longAccumulator("skipped records");
        alreadyDone = spark.longAccumulator("files done by an earlier attempt");
    }

    /** The counts of one file, gathered as its records are written. */
    static final class FileCounts {
        long cleaned;
        long empty;
        long errors;
        long timedOut;
        long otherRecords;

        void add(CleanedRecord record) {
            if (record.error() != null) {
                errors++;
                timedOut += record.timedOut() ? 1 : 0;
            } else if (record.empty()) {
                empty++;
            } else {
                cleaned++;
            }
        }
    }

    void add(FileCounts file) {
        files.add(1);
        cleaned.add(file.cleaned);
        empty.add(file.empty);
        errors.add(file.errors);
        timedOut.add(file.timedOut);
        otherRecords.add(file.otherRecords);
    }

    /** The pages cleaned or failed: one record each. */
    long pages() {
        return cleaned.value() + empty.value() + errors.value();
    }
}
