package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;
import static org.kolscope.core.Numbers.p;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Two-sample, two-sided Kolmogorov-Smirnov test: {@code D = sup_t |F_x(t) − F_y(t)|} of the two
 * empirical distribution functions.
 *
 * <p>The p-value is exact ({@code P(D ≥ d)} under the null, for continuous data) when {@code n_x
 * n_y ≤} {@value #EXACT_LIMIT}, as R's {@code ks.test} default, else asymptotic. Both come from
 * Commons Statistics 1.1 {@link KolmogorovSmirnovTest}; they equal scipy's {@code ks_2samp(x, y,
 * method='exact')} and {@code method='asymp'} (the latter uses the one-sample distribution at an
 * effective size {@code round(n_x n_y / (n_x + n_y))}, R uses the limiting Kolmogorov law).
 *
 * <p><b>Ties:</b> the exact p-value assumes no ties (as scipy); R 4.2+ conditions on the tie
 * pattern and can give a different p-value. The result flags tied data ({@link Result#ties()}).
 * Commons Statistics was chosen over Commons Math 3.6.1, whose two-sample test breaks ties by
 * random jitter (MATH-1246), which makes the p-value depend on a random generator.
 *
 * <p>Reference: N. Smirnov, "Table for estimating the goodness of fit of empirical distributions",
 * Ann. Math. Statist. 19(2), 1948, 279–281; J. L. Hodges, "The significance probability of the
 * Smirnov two-sample test", Arkiv för Matematik 3, 1958, 469–486.
 */
public final class KolmogorovSmirnov {
  /** Largest {@code n_x n_y} with an exact p-value. */
  public static final long EXACT_LIMIT = 10_000;

  private KolmogorovSmirnov() {}

  /**
   * The result.
   *
   * @param d the statistic D
   * @param pValue two-sided p-value
   * @param exact whether p is exact (else asymptotic)
   * @param ties whether the pooled sample has ties (the exact p then ignores them)
   * @param nx size of x
   * @param ny size of y
   */
  public record Result(double d, double pValue, boolean exact, boolean ties, int nx, int ny)
      implements Tabular {
    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "Kolmogorov-Smirnov", new String[] {"D", "p_value", "n_x", "n_y"},
          new double[] {d, pValue, nx, ny});
    }

    @Override
    public String toString() {
      return "Two-sample Kolmogorov-Smirnov test, two-sided ("
          + (exact ? "exact" : "asymptotic") + (ties ? "; data have ties" : "") + ")\n"
          + "  D = " + stat(d) + ", p = " + p(pValue) + ", n = " + nx + " vs " + ny;
    }
  }

  /**
   * Runs the test.
   *
   * @param x first sample, at least 2 finite values (not null)
   * @param y second sample, at least 2 finite values (not null)
   * @return D, p and how p was computed
   * @throws IllegalArgumentException for too small or non-finite samples
   */
  public static Result test(double[] x, double[] y) {
    Checks.sample(x, "Kolmogorov-Smirnov", "x");
    Checks.sample(y, "Kolmogorov-Smirnov", "y");
    boolean exact = (long) x.length * y.length <= EXACT_LIMIT;
    var r =
        KolmogorovSmirnovTest.withDefaults()
            .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
            .test(x, y);
    boolean ties = PooledRanks.hasTies(x, y);
    return new Result(r.getStatistic(), r.getPValue(), exact, ties, x.length, y.length);
  }
}
