package org.kolscope.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.kolscope.core.Samples;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Sample;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Paired observations (x, y) for a regression, with the 0-based data row and id of each pair. On
 * the log scale both x and y are log10; pairs with a missing value, or a value ≤ 0 on the log scale,
 * are left out and counted in {@link #warnings()}.
 *
 * @param xLabel name of x, e.g. {@code "log10(followers)"}
 * @param yLabel name of y
 * @param x the regressor values used
 * @param y the response values used
 * @param yOriginal the response on its original scale (reported as the outlier value)
 * @param rows the 0-based data row of each pair
 * @param ids the id of each row (null entries when none)
 * @param log whether x and y are log10 of the data
 * @param warnings what was left out and why
 */
public record XySample(
    String xLabel,
    String yLabel,
    double[] x,
    double[] y,
    double[] yOriginal,
    int[] rows,
    String[] ids,
    boolean log,
    List<String> warnings) {

  /** Copies the warnings. */
  public XySample {
    if (x.length != y.length
        || yOriginal.length != y.length
        || rows.length != x.length
        || ids.length != x.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length, got " + x.length + " and " + y.length);
    }
    warnings = List.copyOf(warnings);
  }

  /**
   * Plain paired numbers, used as given (positions serve as row indices).
   *
   * @throws IllegalArgumentException if lengths differ or a value is not finite
   */
  public static XySample of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length, got " + x.length + " and " + y.length);
    }
    Checks.finite(x);
    Checks.finite(y);
    int[] rows = new int[x.length];
    Arrays.setAll(rows, i -> i);
    return new XySample("x", "y", x.clone(), y.clone(), y.clone(), rows, new String[x.length], false, List.of());
  }

  /**
   * Pairs from two numeric table columns, restricted to {@code rows} (all when null).
   *
   * @param log take log10 of both columns (pairs with a value ≤ 0 are left out)
   * @throws IllegalArgumentException if a column is absent or not numeric
   */
  public static XySample from(
      Table table, String xColumn, String yColumn, String idColumn, boolean log, int[] rows) {
    NumericColumn<?> xc = Samples.numeric(table, xColumn);
    NumericColumn<?> yc = Samples.numeric(table, yColumn);
    if (idColumn != null && !table.containsColumn(idColumn)) {
      throw new IllegalArgumentException(
          "no id column '" + idColumn + "'; columns are " + table.columnNames());
    }
    tech.tablesaw.columns.Column<?> idCol = idColumn == null ? null : table.column(idColumn);
    int[] sel = rows;
    if (sel == null) {
      sel = new int[table.rowCount()];
      Arrays.setAll(sel, i -> i);
    }
    int m = sel.length;
    double[] x = new double[m];
    double[] y = new double[m];
    String[] id = new String[m];
    for (int i = 0; i < m; i++) {
      int row = sel[i];
      x[i] = xc.isMissing(row) ? Double.NaN : xc.getDouble(row);
      y[i] = yc.isMissing(row) ? Double.NaN : yc.getDouble(row);
      id[i] = idCol == null || idCol.isMissing(row) ? null : idCol.getString(row);
    }
    XySample raw = new XySample(xColumn, yColumn, x, y, y, sel.clone(), id, false, List.of());
    XySample complete =
        raw.keep(
            i -> Double.isFinite(x[i]) && Double.isFinite(y[i]),
            false,
            " row(s) with a missing '" + xColumn + "' or '" + yColumn + "' left out");
    return log ? complete.log10() : complete;
  }

  /** This sample with log10 applied to x and y; pairs with a value ≤ 0 are left out and counted. */
  public XySample log10() {
    if (log) {
      return this;
    }
    return keep(i -> x[i] > 0 && y[i] > 0, true, " row(s) with values <= 0 left out on the log10 scale");
  }

  /** The pairs where {@code keep} holds (log10'd when {@code toLog}); drops counted as count + reason. */
  private XySample keep(IntPredicate keep, boolean toLog, String reason) {
    int[] pos = Sample.positions(x.length, keep);
    double[] kx = Sample.pick(x, pos);
    double[] ky = Sample.pick(y, pos);
    if (toLog) {
      for (int i = 0; i < pos.length; i++) {
        kx[i] = Math.log10(kx[i]);
        ky[i] = Math.log10(ky[i]);
      }
    }
    return new XySample(
        toLog ? "log10(" + xLabel + ")" : xLabel,
        toLog ? "log10(" + yLabel + ")" : yLabel,
        kx,
        ky,
        Sample.pick(yOriginal, pos),
        Sample.pick(rows, pos),
        Sample.pick(ids, pos),
        log || toLog,
        Sample.withDropped(warnings, x.length - pos.length, reason));
  }

  /** Number of pairs. */
  public int n() {
    return x.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XySample s
        && Arrays.equals(x, s.x)
        && Arrays.equals(y, s.y)
        && Arrays.equals(rows, s.rows)
        && Arrays.equals(ids, s.ids)
        && log == s.log
        && warnings.equals(s.warnings);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(x) * 31 + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "XySample[" + yLabel + " ~ " + xLabel + ", n = " + x.length + "]";
  }
}
