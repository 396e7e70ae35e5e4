package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.cli.Json;

/**
 * {@link SparkAuditResult#write}, the Java API's output, into a folder named as a path and as a
 * {@code file:} URI: the tables Spark reads back hold the audit's rows, and audit.json is the
 * document {@code kolscope audit --json} prints for the same result.
 */
class SparkAuditResult_WriteTest {
  private static SparkSession spark;
  private static SparkAuditResult result;
  @TempDir static Path dir;

  @BeforeAll
  static void audit() {
    spark = LocalSpark.start("SparkAuditResult_WriteTest");
    Dataset<Row> notes = spark.read().option("header", "true")
        .csv(LocalSpark.ROOT.resolve("data/notes.csv").toString());
    result = SparkAudit.of(spark, notes).run();
  }

  @AfterAll
  static void stop() {
    result.release();
    spark.stop();
  }

  @Test
  void intoAPath_andIntoAFileUri_theSameTablesAndDocument() throws IOException {
    StringWriter doc = new StringWriter();
    try (PrintWriter w = new PrintWriter(doc)) {
      Json.print(w, result.audit().toJsonRecords());
    }
    for (String where : List.of(dir.resolve("as-path").toString(), dir.resolve("as-uri").toUri().toString())) {
      result.write(where);
      Path folder = where.startsWith("file:") ? Path.of(java.net.URI.create(where)) : Path.of(where);
      assertThat(Files.readString(folder.resolve("audit.json"), StandardCharsets.UTF_8)).as(where)
          .isEqualTo(doc.toString());
      assertThat(spark.read().parquet(folder.resolve("kols.parquet").toString()).count())
          .isEqualTo(result.audit().toTable().rowCount());
      assertThat(spark.read().option("header", "true").csv(folder.resolve("flags.csv").toString()).count())
          .isEqualTo(result.audit().flags().rowCount());
      assertThat(spark.read().parquet(folder.resolve("rejected.parquet").toString()).count())
          .isEqualTo(result.rejected().count());
      try (Stream<Path> names = Files.list(folder)) {
        assertThat(names.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("audit.json",
            "kols.parquet", "kols.csv", "flags.parquet", "flags.csv", "rejected.parquet", "rejected.csv");
      }
    }
  }
}
