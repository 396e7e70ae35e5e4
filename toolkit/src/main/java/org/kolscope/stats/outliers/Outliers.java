package org.kolscope.stats.outliers;

import org.kolscope.core.Samples;
import org.kolscope.core.Tiers;
import org.kolscope.metrics.DerivedColumns;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.Sample;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.RegressionResult;
import org.kolscope.stats.regression.XySample;
import tech.tablesaw.api.Table;

/**
 * Notebook entry to the outlier tests on Tablesaw tables.
 *
 * <pre>{@code
 * Outliers.grubbs(table, "likes")                                  // two-sided, alpha 0.05
 * Outliers.in(table, "likes").id("kol_id").log().esd(5)             // log10 scale, up to 5
 * Outliers.in(table, "likes").log().runByGroup("tier", Method.GRUBBS)  // per tier
 * Outliers.regression(table, "followers", "likes")                  // log10-log10 OLS
 * }</pre>
 *
 * Results print readably ({@code toString()}) and convert with {@code toTable()}.
 *
 * <p>Column names may name derived columns the table does not have yet, as the CLI's do: the ratio
 * columns of {@code Metrics} (e.g. {@code likes_and_collects_per_follower} on accounts, {@code
 * engagement_rate} on notes) and, for grouping, a {@code tier} column from {@code followers} with
 * {@link Tiers#RED} (for other tiers, pass {@code DerivedColumns.derive(table,
 * Tiers.INTERNATIONAL)}). They are computed by {@link DerivedColumns} on a new table that shares the
 * given table's columns; the given table is not changed.
 */
public final class Outliers {
  private Outliers() {}

  /**
   * Starts a query on a numeric column, derived if the table lacks it (see the class comment).
   *
   * @throws IllegalArgumentException if the column is absent and not derivable (the message lists
   *     the columns and the derivable ones), or not numeric
   */
  public static Query in(Table table, String column) {
    Table t = DerivedColumns.require(table, Tiers.RED, column);
    Samples.numeric(t, column);
    return new Query(t, column, null, false, Options.DEFAULTS);
  }

  /** Two-sided Grubbs at α = 0.05 on a column. */
  public static OutlierResult grubbs(Table table, String column) {
    return in(table, column).grubbs();
  }

  /** Modified z-scores (|M| &gt; 3.5) on a column. */
  public static OutlierResult mad(Table table, String column) {
    return in(table, column).mad();
  }

  /** Tukey fences (k = 1.5, type 7) on a column. */
  public static OutlierResult iqr(Table table, String column) {
    return in(table, column).iqr();
  }

  /** OLS of log10(y) on log10(x) with influence diagnostics and the Bonferroni outlier test. */
  public static RegressionResult regression(Table table, String x, String y) {
    Table t = DerivedColumns.require(table, Tiers.RED, x, y);
    return OlsInfluence.fit(XySample.from(t, x, y, null, true, null), 0.05);
  }

  /**
   * A configured test on one column: immutable, each setter returns a new query. Holds the table,
   * the numeric column, an optional id column naming rows in the outlier list, whether to test on
   * the log10 scale, and the {@link Options}.
   */
  public static final class Query {
    private final Table table;
    private final String column;
    private final String idColumn;
    private final boolean log;
    private final Options options;

    Query(Table table, String column, String idColumn, boolean log, Options options) {
      this.table = table;
      this.column = column;
      this.idColumn = idColumn;
      this.log = log;
      this.options = options;
    }

    /** Names rows by {@code idColumn}. */
    public Query id(String col) {
      return new Query(table, column, col, log, options);
    }

    /** Tests on the log10 scale (values ≤ 0 are left out and counted). */
    public Query log() {
      return new Query(table, column, idColumn, true, options);
    }

    /** With significance level {@code a}. */
    public Query alpha(double a) {
      return new Query(table, column, idColumn, log, options.withAlpha(a));
    }

    /** Testing one end only, or both. */
    public Query side(Side s) {
      return new Query(table, column, idColumn, log, options.withSide(s));
    }

    /** With other options. */
    public Query options(Options o) {
      return new Query(table, column, idColumn, log, o);
    }

    /** The sample the tests see. */
    public Sample sample() {
      return sample(null);
    }

    Sample sample(int[] rows) {
      Sample s = Sample.from(table, column, idColumn, rows);
      return log ? s.log10() : s;
    }

    /** Runs a method on the whole column. */
    public OutlierResult run(Method m) {
      return m.apply(sample(), options);
    }

    /**
     * Runs a method within each group of {@code by}; {@code "tier"} is derived from {@code
     * followers} with {@link Tiers#RED} when the table has no such column.
     *
     * @throws IllegalArgumentException if the group column is absent and not derivable
     */
    public GroupedResult runByGroup(String by, Method m) {
      Query q = new Query(DerivedColumns.require(table, Tiers.RED, column, idColumn, by), column,
          idColumn, log, options);
      return Groups.run(q.table, by, rows -> m.apply(q.sample(rows), options));
    }

    /** Grubbs' test (single step). */
    public OutlierResult grubbs() {
      return run(Method.GRUBBS);
    }

    /** Generalized ESD for up to r outliers. */
    public OutlierResult esd(int r) {
      return options(options.withMaxOutliers(r)).run(Method.ESD);
    }

    /** Dixon's r10 Q test. */
    public OutlierResult dixon() {
      return run(Method.DIXON);
    }

    /** Tietjen–Moore for exactly k outliers. */
    public OutlierResult tietjenMoore(int k) {
      return options(options.withK(k)).run(Method.TIETJEN_MOORE);
    }

    /** Tukey fences with k = 1.5. */
    public OutlierResult iqr() {
      return run(Method.IQR);
    }

    /** Modified z-score rule. */
    public OutlierResult mad() {
      return run(Method.MAD);
    }

    /** Hampel identifier. */
    public OutlierResult hampel() {
      return run(Method.HAMPEL);
    }

    /** Benford first-digit test. */
    public OutlierResult benford() {
      return run(Method.BENFORD);
    }
  }
}
