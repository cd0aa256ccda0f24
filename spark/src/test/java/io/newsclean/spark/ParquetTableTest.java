package io.newsclean.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParquetTableTest {
    @TempDir
    Path tmp;

    @Test
    void theTableHasOneRowPerRecordAndSpeakersAreQueryable() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> archives = new ArrayList<>(TestArchives.crawl(in, 2, 10));
        archives.add(TestArchives.truncated(in));
        Path out = tmp.resolve("out");
        Path table = tmp.resolve("table");
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--parquet", table.toString()));
        archives.forEach(a -> args.add(a.toString()));

        LocalSpark.run(JobOptions.parse(args.toArray(String[]::new)));

        SparkSession spark = LocalSpark.get();
        Dataset<Row> rows = spark.read().parquet(table.toString());
        assertEquals(Outputs.jobLines(out).size(), rows.count());
        assertEquals(ParquetTable.SCHEMA, rows.schema(), "the fixed schema, not one inferred from the records");
        try (var files = Files.list(table)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".zstd.parquet")), "zstd compression");
        }

        rows.createOrReplaceTempView("articles");
        List<String> speakers = spark.sql("SELECT DISTINCT q.speaker FROM articles LATERAL VIEW explode(quotes) t AS q"
                + " WHERE q.speaker IS NOT NULL ORDER BY 1").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertTrue(speakers.containsAll(List.of("Anna Berg", "Tomas Lind", "Maria Costa", "Alexei Arbatov")),
                "the speakers of the generated articles and of the sample page: " + speakers);

        Row errors = spark.sql("SELECT count(*), min(source.file), max(title) FROM articles WHERE error IS NOT NULL").first();
        assertEquals(1L, errors.getLong(0), "the damaged stretch of the cut archive");
        assertTrue(errors.getString(1).endsWith("cut.warc.gz"));
        assertEquals(null, errors.get(2), "an error row has no article");
    }
}
