package io.newsclean.spark;

import io.newsclean.model.Format;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobOptionsTest {
    @Test
    void batchOptionsAndDefaults() throws Exception {
        JobOptions options = JobOptions.parse("--out", "s3a://bucket/out", "--prefix", "s3a://commoncrawl/",
                "--max-bytes", "2m", "--timeout", "500ms", "--format", "html", "--explain", "--parquet", "t",
                "warc.paths.gz", "local.warc.gz");
        assertEquals(List.of("warc.paths.gz", "local.warc.gz"), options.inputs());
        assertEquals("s3a://commoncrawl/", options.prefix());
        assertEquals(2L << 20, options.maxBytes());
        assertEquals(Duration.ofMillis(500), options.timeout());
        assertEquals(Format.HTML, options.format());
        assertTrue(options.explain());
        assertEquals("t", options.parquet());

        JobOptions defaults = JobOptions.parse("--out", "o", "a.warc.gz");
        assertEquals(10L << 20, defaults.maxBytes());
        assertEquals(Duration.ofSeconds(30), defaults.timeout());
        assertNull(defaults.format());
        assertNull(defaults.parquet());
        assertEquals("", defaults.prefix());
    }

    @Test
    void aWrongCommandLineIsOneLineSayingWhat() {
        assertEquals("--out DIR is required", message("a.warc.gz"));
        assertEquals("no input given", message("--out", "o"));
        assertEquals("unknown option --threads", message("--out", "o", "--threads", "4", "a.warc.gz"));
        assertEquals("--timeout needs a value", message("--out", "o", "a.warc.gz", "--timeout"));
        assertEquals("invalid size 'lots': expected e.g. 500k, 10m or 1g", message("--out", "o", "--max-bytes", "lots", "a"));
        assertEquals("invalid format 'pdf': expected auto, html or text", message("--out", "o", "--format", "pdf", "a"));
    }

    @Test
    void localRunsTryATaskOnceUnlessTheMasterSaysMore() {
        org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf();
        assertEquals(1, CleanWarcs.maxAttempts(conf.clone().setMaster("local[2]")));
        assertEquals(3, CleanWarcs.maxAttempts(conf.clone().setMaster("local[2,3]")));
        assertEquals(4, CleanWarcs.maxAttempts(conf.clone().setMaster("yarn")));
        assertEquals(8, CleanWarcs.maxAttempts(conf.clone().setMaster("yarn").set("spark.task.maxFailures", "8")));
    }

    private static String message(String... args) {
        return assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(args)).getMessage();
    }
}
