package io.newsclean.spark;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * Writes every record of the output folder as one zstd Parquet table with a fixed schema (the
 * JSON output's, version 1), for Spark SQL, DuckDB or pandas. The schema is stated, not inferred,
 * so the table's columns are the same whatever the records hold; an error record is a row with
 * {@code error} set and the article's columns null.
 */
final class ParquetTable {
    private ParquetTable() {
    }

    static final StructType SCHEMA = new StructType(new StructField[] {
            field("schemaVersion", DataTypes.IntegerType),
            field("source", new StructType(new StructField[] {
                    field("file", DataTypes.StringType),
                    field("record", DataTypes.LongType),
                    field("url", DataTypes.StringType),
                    field("format", DataTypes.StringType),
                    field("charset", DataTypes.StringType)})),
            field("url", DataTypes.StringType),
            field("title", DataTypes.StringType),
            field("authors", strings()),
            field("published", DataTypes.StringType),
            field("siteName", DataTypes.StringType),
            field("language", DataTypes.StringType),
            field("description", DataTypes.StringType),
            field("paragraphs", strings()),
            field("quotes", DataTypes.createArrayType(new StructType(new StructField[] {
                    field("text", DataTypes.StringType),
                    field("speaker", DataTypes.StringType),
                    field("speakerMention", DataTypes.StringType),
                    field("cue", DataTypes.StringType),
                    field("type", DataTypes.StringType),
                    field("paragraph", DataTypes.IntegerType),
                    field("start", DataTypes.IntegerType),
                    field("end", DataTypes.IntegerType)}))),
            field("removed", DataTypes.createArrayType(new StructType(new StructField[] {
                    field("text", DataTypes.StringType),
                    field("reason", DataTypes.StringType),
                    field("rule", DataTypes.StringType)}))),
            field("warnings", strings()),
            field("error", DataTypes.StringType)});

    /** Rewrites the table from the outputs given: all of the folder's, this run's and earlier runs' alike. */
    static void write(SparkSession spark, List<String> outputs, String table) {
        spark.read()
                .schema(SCHEMA)
                .option("mode", "FAILFAST")
                .json(outputs.toArray(String[]::new))
                .write()
                .mode(SaveMode.Overwrite)
                .option("compression", "zstd")
                .parquet(table);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static DataType strings() {
        return DataTypes.createArrayType(DataTypes.StringType);
    }
}
