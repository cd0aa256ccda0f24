package io.newsclean.spark;

import org.apache.spark.sql.SparkSession;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One local Spark for all the tests of a run: two cores, as the job's tests ask, and quiet. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("newsclean-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** Runs the job and returns what it printed. */
    static Run run(JobOptions options) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        JobSummary summary;
        try (PrintStream report = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            summary = CleanWarcs.run(get(), options, report);
        }
        return new Run(summary, printed.toString(StandardCharsets.UTF_8));
    }

    record Run(JobSummary summary, String printed) {
    }
}
