package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;
import static org.kolscope.core.Numbers.p;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.statistics.distribution.FDistribution;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Welch's one-way ANOVA: compares k means without assuming equal variances.
 *
 * <p>With group sizes {@code n_i}, means {@code m_i}, variances {@code s_i²}, weights {@code w_i =
 * n_i / s_i²}, {@code W = Σ w_i}, {@code m' = Σ w_i m_i / W} and {@code Λ = Σ (1 − w_i/W)² / (n_i
 * − 1)}:
 *
 * <pre>
 *   F   = [Σ w_i (m_i − m')² / (k − 1)] / [1 + 2(k − 2) Λ / (k² − 1)]
 *   df1 = k − 1,   df2 = (k² − 1) / (3Λ),   p = P(F_{df1, df2} ≥ F)
 * </pre>
 *
 * <p>R's {@code oneway.test(var.equal = FALSE)}. Written here because neither Commons Math 3.6.1
 * nor Commons Statistics 1.1 has it; the F survival function is Commons Statistics'.
 *
 * <p>Reference: B. L. Welch, "On the comparison of several mean values: an alternative approach",
 * Biometrika 38(3/4), 1951, 330–336.
 */
public final class WelchAnova {
  private WelchAnova() {}

  /**
   * The test result.
   *
   * @param f Welch's F
   * @param df1 numerator degrees of freedom, k − 1
   * @param df2 denominator degrees of freedom (fractional)
   * @param pValue {@code P(F ≥ f)}
   */
  public record Result(double f, double df1, double df2, double pValue) implements Tabular {
    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "Welch ANOVA",
          new String[] {"F", "df1", "df2", "p_value"},
          new double[] {f, df1, df2, pValue});
    }

    @Override
    public String toString() {
      return "Welch's ANOVA (unequal variances)\n"
          + "  F(" + stat(df1) + ", " + stat(df2) + ") = " + stat(f) + ", p = " + p(pValue);
    }
  }

  /**
   * Runs the test.
   *
   * @param groups at least 2 groups of at least 2 finite values each (not null)
   * @return F, df1, df2 and p
   * @throws IllegalArgumentException if a group is too small, non-finite, or has zero variance
   *     (its weight would be infinite)
   */
  public static Result test(List<double[]> groups) {
    Checks.groups(groups, "Welch ANOVA");
    int k = groups.size();
    double[] w = new double[k];
    double[] m = new double[k];
    double sw = 0;
    for (int g = 0; g < k; g++) {
      double[] x = groups.get(g);
      double var = StatUtils.variance(x);
      if (!(var > 0)) {
        throw new IllegalArgumentException(
            "Welch ANOVA is undefined: group " + (g + 1) + " has zero variance (all "
                + x.length + " values equal " + x[0] + ")");
      }
      m[g] = StatUtils.mean(x);
      w[g] = x.length / var;
      sw += w[g];
    }
    double mw = 0;
    for (int g = 0; g < k; g++) {
      mw += w[g] * m[g] / sw;
    }
    double a = 0;
    double lambda = 0;
    for (int g = 0; g < k; g++) {
      a += w[g] * (m[g] - mw) * (m[g] - mw);
      double u = 1 - w[g] / sw;
      lambda += u * u / (groups.get(g).length - 1);
    }
    double kk = k;
    double f = (a / (kk - 1)) / (1 + 2 * (kk - 2) * lambda / (kk * kk - 1));
    double df1 = kk - 1;
    double df2 = (kk * kk - 1) / (3 * lambda);
    return new Result(f, df1, df2, FDistribution.of(df1, df2).survivalProbability(f));
  }
}
