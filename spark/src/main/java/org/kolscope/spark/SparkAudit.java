package org.kolscope.spark;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kolscope.io.LoadReport;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.NoteStage;
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
 * the partitions) and keeps the rejected rows with their reasons; it then splits the kept notes by
 * KOL and computes on each part what each KOL's own notes give ({@link
 * NoteStage}: derived accounts, note aggregates, note signals, the per-KOL note
 * rules), with the note spikes' scale fitted over all parts (a distributed sort gives the fit's
 * sample and the exact median absolute deviation). The driver holds one row per KOL, never the
 * notes, and compares the KOLs (the expectation model, tiers, verdicts) as the single machine does.
 */
public final class SparkAudit {
  private final SparkNotes notes;
  private Table accounts;
  private Tiers tiers = Tiers.RED;
  private Double falseAlarm;
  private Double reviewRate;
  private int parts;

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

  /**
   * How many parts the notes are split into by {@code kol_id} (default 0: one per {@value
   * SparkParts#NOTES_PER_PART} notes, at least Spark's default parallelism).
   *
   * @throws IllegalArgumentException if negative
   */
  public SparkAudit parts(int parts) {
    if (parts < 0) {
      throw new IllegalArgumentException("parts must be ≥ 0 (0: by the notes' number), got " + parts);
    }
    this.parts = parts;
    return this;
  }

  /**
   * Reads the notes with Spark and does each KOL's work where its notes are ({@link
   * NoteStage}); the driver receives one row per KOL and compares the KOLs.
   */
  public SparkAuditResult run() {
    notes.cache();
    try {
      Audit a = accounts == null ? Audit.ofPosts() : Audit.of(accounts);
      a.tiers(tiers);
      if (falseAlarm != null) {
        a.falseAlarm(falseAlarm);
      }
      if (reviewRate != null) {
        a.reviewRate(reviewRate);
      }
      LoadReport report = notes.report();
      a.posts(SparkParts.of(notes, a.noteStage(), report.rowsKept(), parts));
      return new SparkAuditResult(a.run(), report, notes);
    } catch (RuntimeException e) {
      notes.unpersist();
      throw e;
    }
  }
}
