package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;
import static org.kolscope.core.Numbers.p;

import java.util.Objects;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test with the rank-biserial correlation.
 *
 * <p>{@code U_x = #{(i, j): x_i > y_j} + ½ #{x_i = y_j}} (R's {@code W}; equals {@code R_x −
 * n_x(n_x+1)/2} with mid-ranks). The p-value is
 *
 * <ul>
 *   <li><b>exact</b> (the permutation distribution of U) when the pooled sample has no ties and
 *       both samples have fewer than {@value #EXACT_LIMIT} values — R's {@code wilcox.test} rule.
 *       (scipy's {@code method='auto'} is exact only when min(n) ≤ 8; both agree on the reference
 *       case D vs E.)
 *   <li>otherwise the <b>normal approximation</b> with the tie-corrected variance {@code n_x n_y
 *       /12 · [(N+1) − Σ(t³ − t)/(N(N−1))]} and, by default, the continuity correction (|U −
 *       n_x n_y/2| reduced by ½) — R's default {@code correct = TRUE}, scipy's {@code
 *       use_continuity=True}.
 * </ul>
 *
 * <p>The result records which method was used. The rank-biserial correlation is {@code r = 2U_x /
 * (n_x n_y) − 1} ∈ [−1, 1], positive when x tends to be larger (Kerby's simple difference formula;
 * for two independent samples it equals Cliff's delta).
 *
 * <p>Computed with Commons Statistics 1.1 {@link MannWhitneyUTest}, not Commons Math 3.6.1's
 * {@code MannWhitneyUTest}: the latter has no exact p-value, no continuity correction and no tie
 * correction of the variance, so its p-values differ from R and scipy on small or tied samples.
 *
 * <p>References: H. B. Mann and D. R. Whitney, "On a test of whether one of two random variables is
 * stochastically larger than the other", Ann. Math. Statist. 18(1), 1947, 50–60; D. S. Kerby, "The
 * simple difference formula", Comprehensive Psychology 3, 2014.
 */
public final class MannWhitney {
  /** Exact p-values are used for tie-free samples with both sizes below this. */
  public static final int EXACT_LIMIT = 50;

  private MannWhitney() {}

  /** How the p-value is computed. */
  public enum Method {
    /** Exact if tie-free and both n &lt; {@value MannWhitney#EXACT_LIMIT}, else normal (the default). */
    AUTO,
    /** The exact permutation distribution (only valid without ties). */
    EXACT,
    /** Normal approximation with tie-corrected variance. */
    NORMAL
  }

  /**
   * The result.
   *
   * @param u {@code U_x}
   * @param pValue two-sided p-value
   * @param method {@link Method#EXACT} or {@link Method#NORMAL}: the one actually used
   * @param continuityCorrection whether the normal approximation was continuity-corrected
   * @param ties whether the pooled sample has tied values
   * @param rankBiserial {@code 2U_x/(n_x n_y) − 1}
   * @param nx size of x
   * @param ny size of y
   */
  public record Result(
      double u,
      double pValue,
      Method method,
      boolean continuityCorrection,
      boolean ties,
      double rankBiserial,
      int nx,
      int ny)
      implements Tabular {

    /**
     * How p was computed, in words.
     *
     * @return e.g. {@code exact} or {@code normal approximation with continuity correction}
     */
    public String methodText() {
      return method == Method.EXACT
          ? "exact"
          : "normal approximation" + (continuityCorrection ? " with continuity correction" : "")
              + (ties ? ", tie-corrected" : "");
    }

    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "Mann-Whitney U (" + methodText() + ")",
          new String[] {"U", "p_value", "rank_biserial", "n_x", "n_y"},
          new double[] {u, pValue, rankBiserial, nx, ny});
    }

    @Override
    public String toString() {
      return "Mann-Whitney U test, two-sided (" + methodText() + ")\n"
          + "  U = " + stat(u) + ", p = " + p(pValue) + ", n = " + nx + " vs " + ny + "\n"
          + "  rank-biserial r = " + stat(rankBiserial);
    }
  }

  /**
   * The test with {@link Method#AUTO} and the continuity correction.
   *
   * @param x first sample, at least 2 finite values (not null)
   * @param y second sample, at least 2 finite values (not null)
   * @return U, p, the method used and the rank-biserial correlation
   */
  public static Result test(double[] x, double[] y) {
    return test(x, y, Method.AUTO, true);
  }

  /**
   * Runs the test.
   *
   * @param x first sample, at least 2 finite values (not null)
   * @param y second sample, at least 2 finite values (not null)
   * @param method how to compute p (not null); {@link Method#EXACT} with ties is refused
   * @param continuity whether the normal approximation uses the continuity correction
   * @return U, p, the method used and the rank-biserial correlation
   * @throws IllegalArgumentException for too small or non-finite samples, all values tied, or an
   *     exact p requested for tied data
   */
  public static Result test(double[] x, double[] y, Method method, boolean continuity) {
    Objects.requireNonNull(method, "method");
    Checks.sample(x, "Mann-Whitney", "x");
    Checks.sample(y, "Mann-Whitney", "y");
    Checks.notAllTied(java.util.List.of(x, y), "Mann-Whitney");
    boolean ties = PooledRanks.hasTies(x, y);
    if (method == Method.EXACT && ties) {
      throw new IllegalArgumentException(
          "Mann-Whitney: the exact p-value needs tie-free data; use AUTO or NORMAL");
    }
    Method used =
        method == Method.AUTO
            ? (!ties && x.length < EXACT_LIMIT && y.length < EXACT_LIMIT
                ? Method.EXACT
                : Method.NORMAL)
            : method;
    MannWhitneyUTest t =
        MannWhitneyUTest.withDefaults()
            .with(used == Method.EXACT ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
            .with(continuity ? ContinuityCorrection.ENABLED : ContinuityCorrection.DISABLED);
    var r = t.test(x, y);
    double nm = (double) x.length * y.length;
    return new Result(
        r.getStatistic(),
        r.getPValue(),
        used,
        used == Method.NORMAL && continuity,
        ties,
        2 * r.getStatistic() / nm - 1,
        x.length,
        y.length);
  }
}
