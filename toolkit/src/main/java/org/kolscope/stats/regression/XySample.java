package org.kolscope.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kolscope.stats.Samples;
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
    org.kolscope.stats.outliers.Checks.finite(x);
    org.kolscope.stats.outliers.Checks.finite(y);
    int[] rows = new int[x.length];
    Arrays.setAll(rows, i -> i);
    return new XySample("x", "y", x.clone(), y.clone(), y.clone(), rows, new String[x.length], false, List.of());
  }

  /**
   * Pairs from two numeric table columns, restricted to {@code rows} (all when null).
   *
   * @param log take log10 of both columns (pairs with a value ≤ 0 are left out)
   */
  public static XySample from(
      Table table, String xColumn, String yColumn, String idColumn, boolean log, int[] rows) {
    NumericColumn<?> xc = Samples.numeric(table, xColumn);
    NumericColumn<?> yc = Samples.numeric(table, yColumn);
    if (idColumn != null && !table.containsColumn(idColumn)) {
      throw new IllegalArgumentException(
          "no id column '" + idColumn + "'; columns are " + table.columnNames());
    }
    int[] sel = rows;
    if (sel == null) {
      sel = new int[table.rowCount()];
      Arrays.setAll(sel, i -> i);
    }
    tech.tablesaw.columns.Column<?> idCol = idColumn == null ? null : table.column(idColumn);
    int m = sel.length;
    double[] x = new double[m];
    double[] y = new double[m];
    double[] yo = new double[m];
    int[] r = new int[m];
    String[] id = new String[m];
    int n = 0;
    int missing = 0;
    int nonPositive = 0;
    for (int row : sel) {
      double xv = xc.isMissing(row) ? Double.NaN : xc.getDouble(row);
      double yv = yc.isMissing(row) ? Double.NaN : yc.getDouble(row);
      if (!Double.isFinite(xv) || !Double.isFinite(yv)) {
        missing++;
        continue;
      }
      if (log && !(xv > 0 && yv > 0)) {
        nonPositive++;
        continue;
      }
      x[n] = log ? Math.log10(xv) : xv;
      y[n] = log ? Math.log10(yv) : yv;
      yo[n] = yv;
      r[n] = row;
      id[n] = idCol == null || idCol.isMissing(row) ? null : idCol.getString(row);
      n++;
    }
    List<String> w = new ArrayList<>();
    if (missing > 0) {
      w.add(missing + " row(s) with a missing '" + xColumn + "' or '" + yColumn + "' left out");
    }
    if (nonPositive > 0) {
      w.add(nonPositive + " row(s) with values <= 0 left out on the log10 scale");
    }
    return new XySample(
        log ? "log10(" + xColumn + ")" : xColumn,
        log ? "log10(" + yColumn + ")" : yColumn,
        Arrays.copyOf(x, n),
        Arrays.copyOf(y, n),
        Arrays.copyOf(yo, n),
        Arrays.copyOf(r, n),
        Arrays.copyOf(id, n),
        log,
        w);
  }

  /** This sample with log10 applied to x and y; pairs with a value ≤ 0 are left out. */
  public XySample log10() {
    if (log) {
      return this;
    }
    int m = x.length;
    double[] lx = new double[m];
    double[] ly = new double[m];
    double[] yo = new double[m];
    int[] r = new int[m];
    String[] id = new String[m];
    int n = 0;
    for (int i = 0; i < m; i++) {
      if (x[i] > 0 && y[i] > 0) {
        lx[n] = Math.log10(x[i]);
        ly[n] = Math.log10(y[i]);
        yo[n] = yOriginal[i];
        r[n] = rows[i];
        id[n] = ids[i];
        n++;
      }
    }
    List<String> w = new ArrayList<>(warnings);
    if (n < m) {
      w.add((m - n) + " row(s) with values <= 0 left out on the log10 scale");
    }
    return new XySample(
        "log10(" + xLabel + ")", "log10(" + yLabel + ")", Arrays.copyOf(lx, n),
        Arrays.copyOf(ly, n), Arrays.copyOf(yo, n), Arrays.copyOf(r, n), Arrays.copyOf(id, n), true, w);
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
