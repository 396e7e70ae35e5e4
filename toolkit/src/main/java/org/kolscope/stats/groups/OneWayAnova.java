package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;
import static org.kolscope.core.Numbers.p;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Classical one-way analysis of variance (equal variances assumed).
 *
 * <pre>
 *   SS_b = Σ n_i (m_i − m)²,  SS_w = Σ Σ (x_ij − m_i)²
 *   F = (SS_b / (k − 1)) / (SS_w / (N − k)),   p = P(F_{k−1, N−k} ≥ F)
 * </pre>
 *
 * <p>F and p come from Commons Statistics 1.1 {@code OneWayAnova} (its F survival function keeps
 * full relative precision for tiny p, where Commons Math 3.6.1 {@code OneWayAnova} returns {@code 1
 * − cdf} and loses digits below about 1e-15). The sums of squares are reported as well.
 *
 * <p>Reference: R. A. Fisher, <i>Statistical Methods for Research Workers</i>, 1925; R's {@code
 * oneway.test(var.equal = TRUE)}, scipy's {@code stats.f_oneway}.
 */
public final class OneWayAnova {
  private OneWayAnova() {}

  /**
   * The test result.
   *
   * @param f the F statistic
   * @param dfBetween k − 1
   * @param dfWithin N − k
   * @param pValue {@code P(F ≥ f)}
   * @param ssBetween between-group sum of squares
   * @param ssWithin within-group sum of squares
   */
  public record Result(
      double f, int dfBetween, int dfWithin, double pValue, double ssBetween, double ssWithin)
      implements Tabular {
    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "one-way ANOVA",
          new String[] {"F", "df_between", "df_within", "p_value", "SS_between", "SS_within"},
          new double[] {f, dfBetween, dfWithin, pValue, ssBetween, ssWithin});
    }

    @Override
    public String toString() {
      return "One-way ANOVA (equal variances)\n"
          + "  F(" + dfBetween + ", " + dfWithin + ") = " + stat(f) + ", p = " + p(pValue) + "\n"
          + "  SS between = " + stat(ssBetween) + ", SS within = " + stat(ssWithin);
    }
  }

  /**
   * Runs the test.
   *
   * @param groups at least 2 groups of at least 2 finite values each (not null)
   * @return F, degrees of freedom, p and the sums of squares
   * @throws IllegalArgumentException if a group is too small or non-finite, or all values are tied
   */
  public static Result test(List<double[]> groups) {
    Checks.groups(groups, "ANOVA");
    Checks.notAllTied(groups, "ANOVA");
    var r = org.apache.commons.statistics.inference.OneWayAnova.withDefaults().test(groups);
    double grand = 0;
    int n = 0;
    for (double[] g : groups) {
      grand += StatUtils.sum(g);
      n += g.length;
    }
    grand /= n;
    double ssb = 0;
    double ssw = 0;
    for (double[] g : groups) {
      double m = StatUtils.mean(g);
      ssb += g.length * (m - grand) * (m - grand);
      for (double v : g) {
        ssw += (v - m) * (v - m);
      }
    }
    int k = groups.size();
    return new Result(r.getStatistic(), k - 1, n - k, r.getPValue(), ssb, ssw);
  }
}
