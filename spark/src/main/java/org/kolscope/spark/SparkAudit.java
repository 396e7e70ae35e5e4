package org.kolscope.spark;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kolscope.io.LoadResult;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.Table;

/**
 * The audit with Apache Spark reading the notes: each note parsed and checked in parallel with the
 * toolkit's row rules ({@link SparkNotes}), then the toolkit's own {@link Audit} on the driver, so
 * ratios, tiers, the expectation model, the rules and every verdict are the single-machine path's
 * by construction.
 *
 * <pre>{@code
 * SparkAuditResult r = SparkAudit.of(spark, spark.read().parquet("notes.parquet"))
 *     .accounts(KolData.load("accounts.csv"))     // optional: else derived from the notes
 *     .tiers(Tiers.RED).falseAlarm(0.01)
 *     .run();
 * r.audit().verdictCounts();  r.rejected().show();  r.write("out");
 * }</pre>
 *
 * <p>What runs where: Spark converts and checks the notes (row-proportional work, in parallel over
 * the partitions) and keeps the rejected rows with their reasons; the driver holds the notes that
 * were kept as one Tablesaw table (about 100 bytes a note) for the evidence model, whose
 * per-note signals (spikes, dispersion, medians) are fitted over all KOLs' notes at once.
 */
public final class SparkAudit {
  private final SparkNotes notes;
  private Table accounts;
  private Tiers tiers = Tiers.RED;
  private Double falseAlarm;
  private Double reviewRate;

  private SparkAudit(SparkNotes notes) {
    this.notes = notes;
  }

  /** An audit of {@code notes} (any columns; read through the loader's row rules). */
  public static SparkAudit of(SparkSession spark, Dataset<Row> notes) {
    return new SparkAudit(SparkNotes.of(Objects.requireNonNull(spark, "spark"),
        Objects.requireNonNull(notes, "notes"), "notes", Map.of()));
  }

  /** An audit of notes already read ({@link SparkNotes#read}). */
  public static SparkAudit of(SparkNotes notes) {
    return new SparkAudit(Objects.requireNonNull(notes, "notes"));
  }

  /** The accounts (one row per KOL); without them they are derived from the notes. */
  public SparkAudit accounts(Table accounts) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    return this;
  }

  /** The tiers (default {@link Tiers#RED}). */
  public SparkAudit tiers(Tiers tiers) {
    this.tiers = Objects.requireNonNull(tiers, "tiers");
    return this;
  }

  /** As {@link Audit#falseAlarm}. */
  public SparkAudit falseAlarm(double alpha) {
    this.falseAlarm = alpha;
    return this;
  }

  /** As {@link Audit#reviewRate}. */
  public SparkAudit reviewRate(double rate) {
    this.reviewRate = rate;
    return this;
  }

  /** Reads the notes with Spark, then audits them on the driver. */
  public SparkAuditResult run() {
    notes.cache();
    try {
      LoadResult read = notes.collect();
      Audit a = accounts == null ? Audit.ofPosts(read.table()) : Audit.of(accounts).posts(read.table());
      a.tiers(tiers);
      if (falseAlarm != null) {
        a.falseAlarm(falseAlarm);
      }
      if (reviewRate != null) {
        a.reviewRate(reviewRate);
      }
      return new SparkAuditResult(a.run(), read.report(), notes);
    } catch (RuntimeException e) {
      notes.unpersist();
      throw e;
    }
  }
}
