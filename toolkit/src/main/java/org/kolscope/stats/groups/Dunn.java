package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;
import static org.kolscope.core.Numbers.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Dunn's test: all pairwise comparisons of mean ranks after a Kruskal-Wallis test, with the tie
 * correction and an adjustment for multiple comparisons.
 *
 * <p>Ranks are those of the pooled sample (mid-ranks for ties), so the pairs are judged on the
 * same scale as the omnibus test. For groups i and j with mean ranks {@code R̄_i}, {@code R̄_j}:
 *
 * <pre>
 *   σ²  = N(N+1)/12 − Σ(t³ − t) / (12 (N − 1))
 *   z   = (R̄_i − R̄_j) / sqrt(σ² (1/n_i + 1/n_j))
 *   p   = 2 (1 − Φ(|z|)),   then adjusted over the k(k−1)/2 pairs
 * </pre>
 *
 * <p>Same as R's {@code dunn.test} / {@code FSA::dunnTest} and scikit-posthocs' {@code
 * posthoc_dunn}. Written here because neither Commons Math nor Commons Statistics has it.
 *
 * <p>Reference: O. J. Dunn, "Multiple comparisons using rank sums", Technometrics 6(3), 1964,
 * 241–252 (eq. 4; the tie term follows the Kruskal-Wallis variance).
 */
public final class Dunn {
  private Dunn() {}

  /**
   * One pair.
   *
   * @param a label of the first group
   * @param b label of the second group
   * @param z signed z, positive when {@code a} has the higher mean rank
   * @param pValue two-sided unadjusted p-value
   * @param pAdjusted p-value after the adjustment
   */
  public record Pair(String a, String b, double z, double pValue, double pAdjusted) {}

  /**
   * The result.
   *
   * @param pairs the pairs (i, j), i &lt; j, in group order
   * @param adjustment the adjustment applied
   * @param sigma2 the tie-corrected rank variance σ²
   */
  public record Result(List<Pair> pairs, Adjustment adjustment, double sigma2) implements Tabular {
    public Result {
      pairs = List.copyOf(pairs);
    }

    @Override
    public Table toTable() {
      return Table.create(
          "Dunn (" + adjustment.key() + ")",
          StringColumn.create("a", pairs.stream().map(Pair::a)),
          StringColumn.create("b", pairs.stream().map(Pair::b)),
          DoubleColumn.create("z", pairs.stream().mapToDouble(Pair::z)),
          DoubleColumn.create("p_value", pairs.stream().mapToDouble(Pair::pValue)),
          DoubleColumn.create("p_adjusted", pairs.stream().mapToDouble(Pair::pAdjusted)));
    }

    @Override
    public String toString() {
      StringBuilder sb =
          new StringBuilder("Dunn's test (tie-corrected, " + adjustment.key() + " adjustment)\n");
      for (Pair p : pairs) {
        sb.append("  ").append(p.a()).append(" vs ").append(p.b())
            .append(": z = ").append(stat(p.z()))
            .append(", p = ").append(p(p.pValue()))
            .append(", adjusted p = ").append(p(p.pAdjusted())).append('\n');
      }
      return sb.toString().stripTrailing();
    }
  }

  /**
   * Runs the test with groups labelled 1, 2, ….
   *
   * @param groups at least 2 groups of at least 2 finite values each (not null)
   * @param adjustment the p-value adjustment (not null)
   * @return the pairs
   * @see #test(List, List, Adjustment)
   */
  public static Result test(List<double[]> groups, Adjustment adjustment) {
    List<String> labels = new ArrayList<>();
    for (int g = 1; g <= (groups == null ? 0 : groups.size()); g++) {
      labels.add(Integer.toString(g));
    }
    return test(groups, labels, adjustment);
  }

  /**
   * Runs the test.
   *
   * @param groups at least 2 groups of at least 2 finite values each (not null)
   * @param labels one label per group (not null)
   * @param adjustment the p-value adjustment (not null)
   * @return the pairs (i, j), i &lt; j, in group order
   * @throws IllegalArgumentException if a group is too small or non-finite, the label count is
   *     wrong, or all values are tied
   */
  public static Result test(List<double[]> groups, List<String> labels, Adjustment adjustment) {
    Objects.requireNonNull(adjustment, "adjustment");
    Checks.groups(groups, "Dunn's test");
    if (labels == null || labels.size() != groups.size()) {
      throw new IllegalArgumentException(
          "Dunn's test needs " + groups.size() + " labels, got " + labels);
    }
    Checks.notAllTied(groups, "Dunn's test");
    PooledRanks r = PooledRanks.of(groups);
    double n = r.n();
    double sigma2 = n * (n + 1) / 12 - r.tieSum() / (12 * (n - 1));
    int k = groups.size();
    int m = k * (k - 1) / 2;
    double[] z = new double[m];
    double[] p = new double[m];
    NormalDistribution norm = NormalDistribution.of(0, 1);
    int at = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        double se = Math.sqrt(sigma2 * (1.0 / r.sizes()[i] + 1.0 / r.sizes()[j]));
        z[at] = (r.meanRank(i) - r.meanRank(j)) / se;
        p[at] = Math.min(1, 2 * norm.survivalProbability(Math.abs(z[at])));
        at++;
      }
    }
    double[] adj = adjustment.adjust(p);
    List<Pair> pairs = new ArrayList<>(m);
    at = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        pairs.add(new Pair(labels.get(i), labels.get(j), z[at], p[at], adj[at]));
        at++;
      }
    }
    return new Result(pairs, adjustment, sigma2);
  }
}
