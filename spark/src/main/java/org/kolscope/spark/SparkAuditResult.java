package org.kolscope.spark;

import java.nio.file.Path;
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
   */
  public void write(String dir) {
    var spark = notes.session();
    write(Tables.toSpark(spark, audit.toTable()), dir, "kols");
    write(Tables.toSpark(spark, audit.flags()), dir, "flags");
    write(rejected(), dir, "rejected");
    Path json = Path.of(dir, "audit.json");
    try (var out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(json))) {
      org.kolscope.cli.Json.print(out, audit.toJsonRecords());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + json + ": " + e.getMessage(), e);
    }
  }

  private static void write(Dataset<Row> d, String dir, String name) {
    d.write().mode(SaveMode.Overwrite).parquet(Path.of(dir, name + ".parquet").toString());
    d.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true")
        .csv(Path.of(dir, name + ".csv").toString());
  }

  /** Lets Spark drop the cached notes. */
  public void release() {
    notes.unpersist();
  }
}
