package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import org.kolscope.core.Schema;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import tech.tablesaw.api.Table;

/**
 * Parquet on the Spark path: the notes written as Parquet (typed columns) and read back give the
 * audit of the CSV they came from; the result is written as Parquet and CSV.
 */
class SparkNotes_ParquetTest {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkNotes_ParquetTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** A JSON file went to the CSV reader (a header made of JSON); now refused, saying what reads it. */
  @Test
  void jsonNotes_refusedNamingWhatReadsThem() throws Exception {
    Path json = Files.writeString(dir.resolve("notes.json"),
        "[{\"note_id\":\"n1\",\"kol_id\":\"k1\",\"likes\":5}]");
    org.kolscope.io.LoadException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.kolscope.io.LoadException.class, () -> SparkNotes.read(spark, json.toString()));
    assertThat(e).hasMessage(json + ": JSON, which the spark engine does not read (it reads CSV "
        + "text or Parquet): read it with the loader (KolData.load), or write it as Parquet first "
        + "(kolscope load " + json + " --out notes.parquet)");
  }

  @Test
  void notesAsParquet_sameAuditAsTheCsv_andResultWritten() throws Exception {
    Path csv = LocalSpark.ROOT.resolve("data/notes.csv");
    Table accounts = KolData.loader().kind(Schema.Kind.ACCOUNTS).read(LocalSpark.ROOT.resolve("data/accounts.csv")).table();
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).read(csv);
    AuditResult expected = Audit.of(accounts).posts(local.table()).run();

    String parquet = dir.resolve("notes.parquet").toString();
    SparkNotes.read(spark, csv.toString()).notes().drop("line").write().parquet(parquet);
    SparkAuditResult actual = SparkAudit.of(SparkNotes.read(spark, parquet)).accounts(accounts).run();
    try {
      assertThat(actual.report().rowsKept()).isEqualTo(local.report().rowsKept());
      SameAnswers.audits(expected, actual.audit());
      Path out = dir.resolve("out");
      actual.write(out.toString());
      assertThat(spark.read().parquet(out.resolve("kols.parquet").toString()).count())
          .isEqualTo(expected.toTable().rowCount());
      assertThat(spark.read().option("header", "true").csv(out.resolve("flags.csv").toString()).count())
          .isEqualTo(expected.flags().rowCount());
      assertThat(spark.read().parquet(out.resolve("rejected.parquet").toString()).count()).isZero();
      assertThat(Files.readString(out.resolve("audit.json"))).contains("\"summary\"");
    } finally {
      actual.release();
    }
  }

  @Test
  void datasetOfText_countFormsParsedAsInACsv() {
    var rows = java.util.List.of(
        org.apache.spark.sql.RowFactory.create("n1", "k1", "1.2万", "10w+"),
        org.apache.spark.sql.RowFactory.create("n2", "k1", "3,210", "3.5k"),
        org.apache.spark.sql.RowFactory.create("n3", "k1", "abc", "1"));
    var schema = org.apache.spark.sql.types.DataTypes.createStructType(java.util.List.of(
        org.apache.spark.sql.types.DataTypes.createStructField("note_id", org.apache.spark.sql.types.DataTypes.StringType, true),
        org.apache.spark.sql.types.DataTypes.createStructField("kol_id", org.apache.spark.sql.types.DataTypes.StringType, true),
        org.apache.spark.sql.types.DataTypes.createStructField("likes", org.apache.spark.sql.types.DataTypes.StringType, true),
        org.apache.spark.sql.types.DataTypes.createStructField("comments", org.apache.spark.sql.types.DataTypes.StringType, true)));
    SparkNotes n = SparkNotes.of(spark, spark.createDataFrame(rows, schema), "rows", java.util.Map.of());
    LoadResult r = n.collect();
    // 1.2万 = 12,000; 10w+ = at least 100,000; 3,210; 3.5k = 3,500 (CountParser_ParseTest's forms)
    assertThat(r.table().longColumn("likes").asList()).containsExactly(12_000L, 3_210L);
    assertThat(r.table().longColumn("comments").asList()).containsExactly(100_000L, 3_500L);
    assertThat(r.table().booleanColumn("comments_lower_bound").asList()).containsExactly(true, false);
    assertThat(r.report().rejectedRows()).isEqualTo(1);
    assertThat(r.report().problems().get(0).line()).isEqualTo(4);
    assertThat(r.report().problems().get(0).value()).isEqualTo("abc");
  }
  @Test
  void folderWhosePartsDifferInBoundFlags_everyBoundKept() throws Exception {
    // as kolscope load --out writes parts: only a part with a "10000+" count has the flag column
    var flagged = org.apache.spark.sql.types.DataTypes.createStructType(java.util.List.of(
        org.apache.spark.sql.types.DataTypes.createStructField("note_id", org.apache.spark.sql.types.DataTypes.StringType, true),
        org.apache.spark.sql.types.DataTypes.createStructField("kol_id", org.apache.spark.sql.types.DataTypes.StringType, true),
        org.apache.spark.sql.types.DataTypes.createStructField("likes", org.apache.spark.sql.types.DataTypes.LongType, true),
        org.apache.spark.sql.types.DataTypes.createStructField("likes_lower_bound", org.apache.spark.sql.types.DataTypes.BooleanType, true)));
    String folder = dir.resolve("parts.parquet").toString();
    spark.createDataFrame(java.util.List.of(org.apache.spark.sql.RowFactory.create("n1", "k1", 10_000L, true)), flagged)
        .coalesce(1).write().parquet(folder);
    spark.createDataFrame(java.util.List.of(org.apache.spark.sql.RowFactory.create("n2", "k1", 5L, false)), flagged)
        .drop("likes_lower_bound").coalesce(1).write().mode("append").parquet(folder);

    LoadResult r = SparkNotes.read(spark, folder).collect();
    Table t = r.table().sortAscendingOn("note_id");
    assertThat(t.longColumn("likes").asList()).containsExactly(10_000L, 5L);
    assertThat(t.booleanColumn("likes_lower_bound").asList()).containsExactly(true, false);
  }

  /**
   * A folder of parts is numbered as the loader numbers it: parts in name order, rows in order,
   * although Spark reads the largest part first. The shipped notes split into a small part {@code
   * a} (the first 5,000) and a large {@code b} give the loader's table, report and audit of the CSV.
   */
  @Test
  void folderOfParts_numberedInNameOrder_sameAsTheCsv() throws Exception {
    Path csv = LocalSpark.ROOT.resolve("data/notes.csv");
    java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
    Path folder = java.nio.file.Files.createDirectories(dir.resolve("ordered.parquet"));
    int[][] ranges = {{1, 5_001}, {5_001, lines.size()}};
    String[] names = {"a.parquet", "b.parquet"};
    for (int k = 0; k < 2; k++) {
      Path part = dir.resolve("part-" + k + ".csv");
      java.util.List<String> body = new java.util.ArrayList<>(lines.subList(ranges[k][0], ranges[k][1]));
      body.add(0, lines.get(0));
      java.nio.file.Files.write(part, body);
      String out = dir.resolve("tmp-" + k).toString();
      spark.read().option("header", "true").csv(part.toString()).coalesce(1).write().parquet(out);
      try (var files = java.nio.file.Files.list(Path.of(out))) {
        Path written = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        java.nio.file.Files.move(written, folder.resolve(names[k]));
      }
    }
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).read(csv);
    SparkNotes notes = SparkNotes.read(spark, folder.toString());
    SameAnswers.tables(local.table(), notes.collect().table());
    SameAnswers.reports(local.report(), notes.report());
    SparkAuditResult actual = SparkAudit.of(notes).run();
    try {
      SameAnswers.audits(Audit.ofPosts(local.table()).run(), actual.audit());
    } finally {
      actual.release();
    }
  }
}
