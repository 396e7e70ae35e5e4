package org.kolscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.kolscope.io.LoadReport;
import org.kolscope.rules.AuditResult;

/**
 * A {@link SparkAudit}'s result: the toolkit's {@link AuditResult}, the notes' load report, and
 * the notes as Spark read them (kept rows and report lines, cached until {@link #release}).
 */
public record SparkAuditResult(AuditResult audit, LoadReport report, SparkNotes notes) {

  /** The rows rejected, one line per bad cell: file, line, column, value, reason. */
  public Dataset<Row> rejected() {
    return notes.problems().filter(functions.col("severity").equalTo("rejected")).drop("severity");
  }

  /**
   * Writes {@code kols}, {@code flags} and {@code rejected} into {@code dir}, each as Parquet
   * ({@code NAME.parquet/}) and as one CSV with a header ({@code NAME.csv/part-*.csv}), and the
   * JSON document of {@code kolscope audit --json} as {@code audit.json}.
   *
   * @param dir a folder as Spark names one: a path on the session's default file system, or a URI
   *     ({@code file:///…}, {@code hdfs://…}, {@code s3a://…})
   */
  public void write(String dir) {
    var spark = notes.session();
    write(Tables.toSpark(spark, audit.toTable()), dir, "kols");
    write(Tables.toSpark(spark, audit.flags()), dir, "flags");
    write(rejected(), dir, "rejected");
    org.apache.hadoop.fs.Path json = new org.apache.hadoop.fs.Path(dir, "audit.json");
    try (var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
        withoutChecksums(json.getFileSystem(spark.sparkContext().hadoopConfiguration())).create(json, true),
        java.nio.charset.StandardCharsets.UTF_8))) {
      org.kolscope.cli.Json.print(out, audit.toJsonRecords());
      if (out.checkError()) { // a PrintWriter keeps its stream's failures to itself
        throw new java.io.IOException("the file system failed the write");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + json + ": " + e.getMessage(), e);
    }
  }

  /** A local file system's files without Hadoop's {@code .NAME.crc} beside each. */
  private static org.apache.hadoop.fs.FileSystem withoutChecksums(org.apache.hadoop.fs.FileSystem fs) {
    return fs instanceof org.apache.hadoop.fs.ChecksumFileSystem c ? c.getRawFileSystem() : fs;
  }

  private static void write(Dataset<Row> d, String dir, String name) {
    d.write().mode(SaveMode.Overwrite).parquet(new org.apache.hadoop.fs.Path(dir, name + ".parquet").toString());
    d.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true")
        .csv(new org.apache.hadoop.fs.Path(dir, name + ".csv").toString());
  }

  /** Lets Spark drop the cached notes. */
  public void release() {
    notes.unpersist();
  }
}
