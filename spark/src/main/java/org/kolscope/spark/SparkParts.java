package org.kolscope.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kolscope.core.Parallel;
import org.kolscope.evidence.NoteSignals;
import org.kolscope.rules.NotePart;
import org.kolscope.rules.NoteParts;
import org.kolscope.rules.NoteStage;

/**
 * The per-KOL work of an audit done where the notes are: the kept rows split by {@code kol_id}
 * (one shuffle), each part turned into the loader's table on its worker, then {@link NoteStage}'s
 * two passes over the same parts (Spark reuses the shuffle): the spike points, pooled into the
 * scales ({@link SparkScales}), then each part's {@link NotePart}. Only one row per KOL reaches the
 * driver.
 */
final class SparkParts {
  /** Notes per part by default: a part's table is about 30 MB on its worker. */
  static final int NOTES_PER_PART = 250_000;

  private SparkParts() {}

  /**
   * The parts of {@code notes}.
   *
   * @param parts how many parts, or 0 for one per {@value #NOTES_PER_PART} kept notes (at least
   *     Spark's default parallelism)
   */
  static NoteParts of(SparkNotes notes, NoteStage stage, long keptNotes, int parts) {
    return of(notes, stage, keptNotes, parts, s -> {});
  }

  /** As {@link #of(SparkNotes, NoteStage, long, int)}, saying how long each step took. */
  static NoteParts of(SparkNotes notes, NoteStage stage, long keptNotes, int parts,
      java.util.function.Consumer<String> timings) {
    long t0 = System.nanoTime();
    SparkSession spark = notes.session();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int p = parts > 0 ? parts
        : (int) Math.max(jsc.defaultParallelism(), Math.min(100_000, (keptNotes + NOTES_PER_PART - 1) / NOTES_PER_PART));
    JavaRDD<Row> byKol = notes.byKol(p);
    NoteRows.Layout layout = notes.layout();
    boolean derive = notes.derivesPublishedAt();
    // what the stage needs of the notes' columns (followers, to derive the accounts), checked
    // here on no notes: the toolkit's own error, before a job, not one per task in Spark's words
    stage.check(NoteRows.Part.of(java.util.Collections.emptyIterator(), layout, derive).notes());
    Broadcast<NoteStage> s = jsc.broadcast(stage);
    // Spark runs a task per core: each task's own loops stay on its thread (Parallel.sequentially)
    JavaRDD<NoteStage.SpikePoints[]> points = byKol.mapPartitions(it -> Parallel.sequentially(() -> {
      NoteRows.Part part = NoteRows.Part.of(it, layout, derive);
      return java.util.Collections.singletonList(s.value().points(part.notes(), part.lines())).iterator();
    }));
    NoteSignals.Scales scales = SparkScales.of(spark, points, keptNotes);
    long t1 = System.nanoTime();
    Broadcast<NoteSignals.Scales> sc = jsc.broadcast(scales);
    List<NotePart> computed = byKol.mapPartitions(it -> Parallel.sequentially(() -> {
      NoteRows.Part part = NoteRows.Part.of(it, layout, derive);
      return List.of(s.value().part(part.notes(), part.lines(), sc.value())).iterator();
    })).collect();
    s.destroy();
    sc.destroy();
    long t2 = System.nanoTime();
    timings.accept(String.format(java.util.Locale.ROOT, "%d parts by KOL; spike scales %.1f s, "
        + "parts %.1f s", p, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
    return NoteParts.of(computed);
  }
}
