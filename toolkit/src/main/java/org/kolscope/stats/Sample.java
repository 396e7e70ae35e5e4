package org.kolscope.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.kolscope.core.Samples;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The values an outlier test runs on, with where each came from: the 0-based data row of the input
 * table, the row's id, the value on its original scale, and the value actually tested (log10 of it
 * on a log scale). Rows left out (missing, or ≤ 0 on a log scale) are counted in {@link
 * #warnings()}, never dropped silently.
 *
 * @param label what the values are, e.g. {@code "likes"} or {@code "log10(likes)"}
 * @param values the values tested (finite)
 * @param original the same values on the original scale
 * @param rows the 0-based data row of each value
 * @param ids the id of each row, or {@code null} entries when there is no id column
 * @param log whether {@code values} are log10 of {@code original}
 * @param warnings what was left out and why
 */
public record Sample(
    String label,
    double[] values,
    double[] original,
    int[] rows,
    String[] ids,
    boolean log,
    List<String> warnings) {

  /** Validates lengths and copies the warning list. */
  public Sample {
    int n = values.length;
    if (original.length != n || rows.length != n || ids.length != n) {
      throw new IllegalArgumentException("sample arrays differ in length");
    }
    warnings = List.copyOf(warnings);
  }

  /**
   * A sample from plain numbers: positions 0..n-1 serve as row indices, no ids.
   *
   * @throws IllegalArgumentException if a value is NaN or infinite, naming it and its position
   */
  public static Sample of(double... values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "value at position " + i + " is " + values[i] + ": drop missing values first");
      }
    }
    int[] rows = new int[values.length];
    Arrays.setAll(rows, i -> i);
    return new Sample(
        "x", values.clone(), values.clone(), rows, new String[values.length], false, List.of());
  }

  /** All rows of a numeric table column; missing values are left out and counted. */
  public static Sample from(Table table, String column, String idColumn) {
    return from(table, column, idColumn, null);
  }

  /**
   * The given rows of a numeric table column (all rows when {@code rows} is null). Missing and
   * non-finite values are left out and counted in the warnings.
   *
   * @throws IllegalArgumentException if a column is absent or the value column is not numeric
   */
  public static Sample from(Table table, String column, String idColumn, int[] rows) {
    NumericColumn<?> col = Samples.numeric(table, column);
    Column<?> idCol = idColumn == null ? null : idColumn(table, idColumn);
    int[] sel = rows == null ? allRows(table.rowCount()) : rows;
    double[] v = new double[sel.length];
    String[] ids = new String[sel.length];
    for (int i = 0; i < sel.length; i++) {
      int row = sel[i];
      v[i] = col.isMissing(row) ? Double.NaN : col.getDouble(row);
      ids[i] = idCol == null || idCol.isMissing(row) ? null : idCol.getString(row);
    }
    Sample raw = new Sample(column, v, v, sel.clone(), ids, false, List.of());
    return raw.keep(
        i -> Double.isFinite(v[i]),
        false,
        column,
        " row(s) with a missing value in '" + column + "' left out");
  }

  /**
   * The positions where {@code keep} holds, with values log10'd when {@code toLog}; the number of
   * positions dropped is added to the warnings as {@code count + reason}.
   */
  private Sample keep(IntPredicate keep, boolean toLog, String newLabel, String reason) {
    int[] pos = positions(values.length, keep);
    double[] v = pick(values, pos);
    if (toLog) {
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.log10(v[i]);
      }
    }
    return new Sample(
        newLabel, v, pick(original, pos), pick(rows, pos), pick(ids, pos), log || toLog,
        withDropped(warnings, values.length - pos.length, reason));
  }

  /** The positions 0 ≤ i &lt; m where {@code keep} holds. */
  public static int[] positions(int m, IntPredicate keep) {
    return java.util.stream.IntStream.range(0, m).filter(keep).toArray();
  }

  /** {@code a} at the given positions. */
  public static double[] pick(double[] a, int[] pos) {
    return Arrays.stream(pos).mapToDouble(i -> a[i]).toArray();
  }

  /** {@code a} at the given positions. */
  public static int[] pick(int[] a, int[] pos) {
    return Arrays.stream(pos).map(i -> a[i]).toArray();
  }

  /** {@code a} at the given positions. */
  public static String[] pick(String[] a, int[] pos) {
    return Arrays.stream(pos).mapToObj(i -> a[i]).toArray(String[]::new);
  }

  /** {@code warnings} plus {@code dropped + reason} when something was dropped. */
  public static List<String> withDropped(List<String> warnings, int dropped, String reason) {
    List<String> w = new ArrayList<>(warnings);
    if (dropped > 0) {
      w.add(dropped + reason);
    }
    return w;
  }

  /** The id column, checked to exist. */
  static Column<?> idColumn(Table table, String idColumn) {
    if (!table.containsColumn(idColumn)) {
      throw new IllegalArgumentException(
          "no id column '" + idColumn + "'; columns are " + table.columnNames());
    }
    return table.column(idColumn);
  }

  /** The positions 0..count-1. */
  public static int[] allRows(int count) {
    int[] all = new int[count];
    Arrays.setAll(all, i -> i);
    return all;
  }

  /**
   * This sample on the log10 scale. Values ≤ 0 cannot be logged; they are left out and counted in
   * the warnings. Outliers keep reporting the original values.
   */
  public Sample log10() {
    if (log) {
      return this;
    }
    return keep(
        i -> values[i] > 0,
        true,
        "log10(" + label + ")",
        " row(s) with values <= 0 left out on the log10 scale");
  }

  /** Number of values. */
  public int n() {
    return values.length;
  }

  /** The observation at position {@code i} as an {@link Outlier} with the given score. */
  public Outlier outlier(int i, double score) {
    return new Outlier(rows[i], ids[i], original[i], score);
  }

  /** A copy with the label replaced (e.g. to name a group). */
  public Sample withLabel(String newLabel) {
    return new Sample(newLabel, values, original, rows, ids, log, warnings);
  }

  @Override
  public String toString() {
    return "Sample[" + label + ", n = " + values.length + (log ? ", log10" : "") + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sample s
        && label.equals(s.label)
        && Arrays.equals(values, s.values)
        && Arrays.equals(original, s.original)
        && Arrays.equals(rows, s.rows)
        && Arrays.equals(ids, s.ids)
        && log == s.log
        && warnings.equals(s.warnings);
  }

  @Override
  public int hashCode() {
    return 31 * label.hashCode() + Arrays.hashCode(values);
  }
}
