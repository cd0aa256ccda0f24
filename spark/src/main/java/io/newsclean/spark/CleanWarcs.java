package io.newsclean.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans WARC archives on Spark with the newsclean library: one task per archive, each writing
 * {@code <out>/<archive name>.jsonl.gz} with the records {@code newsclean batch --jsonl} writes
 * for it. A rerun skips the archives that have an output, so a killed job resumes where it
 * stopped.
 *
 * <pre>spark-submit --class io.newsclean.spark.CleanWarcs newsclean-spark.jar --out OUT INPUT...</pre>
 */
public final class CleanWarcs {
    private static final Pattern LOCAL_WITH_RETRIES = Pattern.compile("local\\[[^,\\]]+,\\s*(\\d+)]");

    private CleanWarcs() {
    }

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            System.err.println("newsclean-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newsclean").getOrCreate();
        try {
            run(spark, options, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("newsclean-spark: " + e.getMessage());
            System.exit(2);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session; prints what it did on {@code report}. */
    public static JobSummary run(SparkSession spark, JobOptions options, PrintStream report) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = context.hadoopConfiguration();
        List<String> archives = ArchiveInputs.expand(options.inputs(), options.prefix(), conf);
        checkNamesAreDistinct(archives);

        Path out = new Path(options.out());
        FileSystem outFs = out.getFileSystem(conf);
        outFs.mkdirs(out);
        List<String> todo = new ArrayList<>();
        for (String archive : archives) {
            if (!outFs.exists(new Path(out, ArchiveTask.outputName(archive)))) {
                todo.add(archive);
            }
        }
        int skipped = archives.size() - todo.size();
        report.printf("newsclean-spark: %d archives, %d to clean, %d skipped (they have an output)%n",
                archives.size(), todo.size(), skipped);

        JobCounters counters = new JobCounters(spark.sparkContext());
        if (!todo.isEmpty()) {
            Broadcast<Map<String, String>> hadoop = context.broadcast(settings(conf));
            ArchiveTask task = new ArchiveTask(options, hadoop, maxAttempts(context.getConf()), counters);
            context.parallelize(todo, todo.size()).foreach(task);
        }
        outFs.delete(new Path(out, ArchiveTask.TEMPORARY), true);
        if (options.parquet() != null) {
            List<String> outputs = new ArrayList<>();
            for (FileStatus file : outFs.listStatus(out)) {
                if (file.isFile() && file.getPath().getName().endsWith(ArchiveTask.SUFFIX)) {
                    outputs.add(file.getPath().toString());
                }
            }
            ParquetTable.write(spark, outputs, options.parquet());
        }
        JobSummary summary = new JobSummary(counters.files.value(), skipped + counters.alreadyDone.value(),
                counters.cleaned.value(), counters.empty.value(), counters.errors.value(), counters.timedOut.value(),
                counters.otherRecords.value(), (System.nanoTime() - start) / 1e9);
        report.println("newsclean-spark: " + summary);
        return summary;
    }

    /** Outputs are named after archives, so two archives of one name would write one output. */
    private static void checkNamesAreDistinct(List<String> archives) {
        Set<String> names = new HashSet<>();
        for (String archive : archives) {
            if (!names.add(ArchiveTask.outputName(archive))) {
                throw new IllegalArgumentException(archive + ": another archive has the same file name");
            }
        }
    }

    /** How many times Spark runs a task before it gives up; the last attempt writes error records. */
    static int maxAttempts(SparkConf conf) {
        String master = conf.get("spark.master", "");
        if (master.startsWith("local")) {
            Matcher retries = LOCAL_WITH_RETRIES.matcher(master);
            return retries.matches() ? Integer.parseInt(retries.group(1)) : 1;
        }
        return conf.getInt("spark.task.maxFailures", 4);
    }

    private static Map<String, String> settings(Configuration conf) {
        Map<String, String> settings = new HashMap<>();
        conf.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
        return settings;
    }
}
