package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;
import static org.kolscope.core.Numbers.p;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Kruskal-Wallis rank test that k independent samples come from the same distribution.
 *
 * <p>With N values pooled and mid-ranked (ties get the average rank), {@code R_i} the rank sum and
 * {@code n_i} the size of group i:
 *
 * <pre>
 *   H₀ = 12 / (N(N+1)) · Σ R_i² / n_i − 3(N+1)
 *   C  = 1 − Σ (t³ − t) / (N³ − N)        (t = size of each tie group)
 *   H  = H₀ / C,   p = P(χ²_{k−1} ≥ H)
 * </pre>
 *
 * <p>This is R's {@code kruskal.test} and scipy's {@code stats.kruskal}. Written here because
 * neither Commons Math 3.6.1 nor Commons Statistics 1.1 has a Kruskal-Wallis test; the χ²
 * survival function comes from Commons Statistics (accurate far into the tail, unlike {@code 1 −
 * cdf}).
 *
 * <p>Reference: W. H. Kruskal and W. A. Wallis, "Use of ranks in one-criterion variance analysis",
 * JASA 47(260), 1952, 583–621 (tie correction: eq. 1.2 and §3.3).
 */
public final class KruskalWallis {
  private KruskalWallis() {}

  /**
   * The test result.
   *
   * @param h the tie-corrected statistic H
   * @param df degrees of freedom, k − 1
   * @param pValue {@code P(χ²_df ≥ H)}
   * @param hUncorrected H₀, without the tie correction
   * @param tieCorrection the factor C (1 without ties)
   * @param n number of values pooled
   */
  public record Result(
      double h, int df, double pValue, double hUncorrected, double tieCorrection, int n)
      implements Tabular {
    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "Kruskal-Wallis",
          new String[] {"H", "df", "p_value", "H_uncorrected", "tie_correction", "n"},
          new double[] {h, df, pValue, hUncorrected, tieCorrection, n});
    }

    @Override
    public String toString() {
      return "Kruskal-Wallis rank test (tie-corrected)\n"
          + "  H = " + stat(h) + ", df = " + df + ", p = " + p(pValue) + "\n"
          + "  N = " + n + ", tie correction C = " + stat(tieCorrection)
          + " (uncorrected H = " + stat(hUncorrected) + ")";
    }
  }

  /**
   * Runs the test.
   *
   * @param groups at least 2 groups of at least 2 finite values each (not null)
   * @return H, df and p
   * @throws IllegalArgumentException if a group is too small or non-finite, or all values are tied
   */
  public static Result test(List<double[]> groups) {
    Checks.groups(groups, "Kruskal-Wallis");
    Checks.notAllTied(groups, "Kruskal-Wallis");
    PooledRanks r = PooledRanks.of(groups);
    double n = r.n();
    double s = 0;
    for (int g = 0; g < groups.size(); g++) {
      s += r.rankSums()[g] * r.rankSums()[g] / r.sizes()[g];
    }
    double h0 = 12 / (n * (n + 1)) * s - 3 * (n + 1);
    double c = r.tieCorrection();
    double h = h0 / c;
    int df = groups.size() - 1;
    double p = ChiSquaredDistribution.of(df).survivalProbability(h);
    return new Result(h, df, p, h0, c, r.n());
  }
}
