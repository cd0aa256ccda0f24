package io.newsclean.spark;

import io.newsclean.archive.ArchiveCleaner;
import io.newsclean.archive.ArchiveSummary;
import io.newsclean.archive.CleanedRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.broadcast.Broadcast;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Cleans one archive on an executor into {@code <out>/<archive name>.jsonl.gz}: one record per
 * line, in archive order, written by the core's {@link ArchiveCleaner} as {@code batch} writes it.
 *
 * <p>The file is written under {@code <out>/_temporary} with the attempt in its name, then renamed
 * into place: an output is whole or absent, whatever kills the task. When the archive's stream
 * fails (not damage, which the cleaner makes into error records), the task fails so that Spark
 * tries it again; the last attempt writes the records it got and an error record for the rest.
 */
final class ArchiveTask implements VoidFunction<String> {
    private static final long serialVersionUID = 1L;
    static final String SUFFIX = ".jsonl.gz";
    static final String TEMPORARY = "_temporary";

    private final JobOptions options;
    private final Broadcast<Map<String, String>> hadoopConf;
    private final int maxAttempts;
    private final JobCounters counters;

    ArchiveTask(JobOptions options, Broadcast<Map<String, String>> hadoopConf, int maxAttempts, JobCounters counters) {
        this.options = options;
        this.hadoopConf = hadoopConf;
        this.maxAttempts = maxAttempts;
        this.counters = counters;
    }

    static String outputName(String archive) {
        return new Path(archive).getName() + SUFFIX;
    }

    @Override
    public void call(String archive) throws IOException {
        Configuration conf = new Configuration();
        hadoopConf.value().forEach(conf::set);
        Path output = new Path(options.out(), outputName(archive));
        FileSystem outFs = output.getFileSystem(conf);
        if (outFs.exists(output)) {
            // An earlier attempt put it in place, and died before it could report.
            counters.alreadyDone.add(1);
            return;
        }
        TaskContext task = TaskContext.get();
        Path temporary = new Path(new Path(options.out(), TEMPORARY),
                outputName(archive) + ".attempt-" + task.taskAttemptId());
        JobCounters.FileCounts counts = new JobCounters.FileCounts();
        try {
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(outFs.create(temporary, true), 1 << 16))) {
                write(archive, conf, out, counts, task.attemptNumber() + 1 >= maxAttempts);
            }
            if (!outFs.rename(temporary, output)) {
                throw new IOException("cannot move " + temporary + " to " + output);
            }
        } finally {
            outFs.delete(temporary, false);
        }
        counters.add(counts);
    }

    private void write(String archive, Configuration conf, OutputStream out, JobCounters.FileCounts counts,
                       boolean lastAttempt) throws IOException {
        ArchiveCleaner cleaner = new ArchiveCleaner(options.maxBytes(), options.timeout(), options.format(),
                options.explain());
        String name = ArchiveInputs.recordName(archive);
        try {
            Path path = new Path(archive);
            try (InputStream in = path.getFileSystem(conf).open(path)) {
                ArchiveSummary summary = cleaner.clean(in, name, record -> writeLine(out, record, counts));
                counts.otherRecords = summary.otherRecords();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the output failed: never give up on an archive for that
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the task was stopped");
        } catch (IOException e) {
            if (!lastAttempt) {
                throw e;
            }
            writeLine(out, cleaner.unreadable(name, e), counts);
        }
    }

    private static void writeLine(OutputStream out, CleanedRecord record, JobCounters.FileCounts counts) {
        try {
            out.write(record.json());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.add(record);
    }
}
