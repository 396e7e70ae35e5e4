package org.kolscope.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kolscope.metrics.Cells;
import org.kolscope.report.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Precision and recall of the audit's verdicts against ground truth (labelled, e.g. generated,
 * data), per anomaly type.
 *
 * <p>A KOL counts as <em>detected</em> when its verdict is at least {@code minVerdict} ({@code
 * review} by default: anything but {@code ok}). For each anomaly type {@code T} other than the clean
 * label ({@code none}): {@code TP} = KOLs of type T detected, {@code FN} = KOLs of type T not
 * detected, {@code FP} = clean KOLs detected; recall = TP / (TP + FN), precision = TP / (TP + FP) —
 * the verdict names no type, so precision for T is measured against the clean KOLs only (KOLs of
 * other types are left out). A row {@code all} pools the anomaly types. A ratio whose denominator
 * is 0 is missing (NaN), never 0 or 1 by convention.
 *
 * @param rows one per anomaly type, then {@code all}
 * @param minVerdict the least verdict that counts as detected
 */
public record VerdictEvaluation(List<Row> rows, Verdict minVerdict) implements Tabular {

  /** The clean label. */
  public static final String CLEAN = "none";

  /** One anomaly type's counts and rates. */
  public record Row(String anomaly, int kols, int tp, int fn, int fp, double precision, double recall) {}

  public VerdictEvaluation {
    rows = List.copyOf(rows);
  }

  /** {@link #of(Table, String, Verdict)} with column {@code anomaly} and {@code review}. */
  public static VerdictEvaluation of(Table kols) {
    return of(kols, "anomaly", Verdict.REVIEW);
  }

  /**
   * Evaluates the {@value AuditResult#VERDICT} column of {@code kols} against {@code truthColumn}.
   *
   * @throws IllegalArgumentException if either column is absent, a label is missing, or no KOL is
   *     clean (precision needs clean KOLs)
   */
  public static VerdictEvaluation of(Table kols, String truthColumn, Verdict minVerdict) {
    Cells.require(kols, truthColumn, "verdict evaluation");
    Cells.require(kols, AuditResult.VERDICT, "verdict evaluation");
    Map<String, int[]> counts = new LinkedHashMap<>(); // label -> {kols, detected}
    for (int r = 0; r < kols.rowCount(); r++) {
      String label = Cells.text(kols, truthColumn, r).trim();
      if (label.isEmpty()) {
        throw new IllegalArgumentException("row " + (r + 1) + ": ground truth '" + truthColumn
            + "' is missing; expected none or an anomaly type");
      }
      boolean detected = Verdict.parse(Cells.text(kols, AuditResult.VERDICT, r)).compareTo(minVerdict) >= 0;
      int[] c = counts.computeIfAbsent(label, k -> new int[2]);
      c[0]++;
      c[1] += detected ? 1 : 0;
    }
    int[] clean = counts.get(CLEAN);
    if (clean == null) {
      throw new IllegalArgumentException("no clean KOL (label '" + CLEAN + "') in column '"
          + truthColumn + "'; labels are " + counts.keySet());
    }
    int fp = clean[1];
    List<Row> rows = new ArrayList<>();
    int allK = 0;
    int allTp = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getKey().equals(CLEAN)) {
        continue;
      }
      int k = e.getValue()[0];
      int tp = e.getValue()[1];
      rows.add(row(e.getKey(), k, tp, fp));
      allK += k;
      allTp += tp;
    }
    rows.add(row("all", allK, allTp, fp));
    return new VerdictEvaluation(rows, minVerdict);
  }

  private static Row row(String label, int k, int tp, int fp) {
    double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    double recall = k == 0 ? Double.NaN : (double) tp / k;
    return new Row(label, k, tp, k - tp, fp, precision, recall);
  }

  /** The row of one anomaly type (or {@code all}). */
  public Row row(String anomaly) {
    return rows.stream().filter(r -> r.anomaly.equals(anomaly)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no anomaly type '" + anomaly + "'; types are "
            + rows.stream().map(Row::anomaly).toList()));
  }

  @Override
  public Table toTable() {
    StringColumn a = StringColumn.create("anomaly");
    IntColumn k = IntColumn.create("kols");
    IntColumn tp = IntColumn.create("tp");
    IntColumn fn = IntColumn.create("fn");
    IntColumn fp = IntColumn.create("fp");
    DoubleColumn p = DoubleColumn.create("precision");
    DoubleColumn r = DoubleColumn.create("recall");
    for (Row x : rows) {
      a.append(x.anomaly);
      k.append(x.kols);
      tp.append(x.tp);
      fn.append(x.fn);
      fp.append(x.fp);
      p.append(x.precision);
      r.append(x.recall);
    }
    return Table.create("verdict evaluation", a, k, tp, fn, fp, p, r);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Verdict evaluation (detected = verdict ≥ "
        + minVerdict.label() + "; precision against clean KOLs)\n");
    sb.append(String.format(Locale.ROOT, "  %-18s %6s %5s %5s %5s %10s %8s%n",
        "anomaly", "KOLs", "TP", "FN", "FP", "precision", "recall"));
    for (Row x : rows) {
      sb.append(String.format(Locale.ROOT, "  %-18s %6d %5d %5d %5d %10s %8s%n", x.anomaly, x.kols,
          x.tp, x.fn, x.fp, fmt(x.precision), fmt(x.recall)));
    }
    return sb.toString();
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }
}
