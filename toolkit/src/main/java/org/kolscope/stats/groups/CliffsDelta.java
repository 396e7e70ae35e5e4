package org.kolscope.stats.groups;

import static org.kolscope.core.Numbers.stat;

import java.util.Arrays;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Cliff's delta, the dominance effect size of two samples.
 *
 * <pre>
 *   δ = (#{(i, j): x_i &gt; y_j} − #{(i, j): x_i &lt; y_j}) / (n_x n_y)   ∈ [−1, 1]
 * </pre>
 *
 * <p>Counted in O((n_x + n_y) log n_y) by binary search in the sorted y, so tiers of tens of
 * thousands of accounts are fine. Magnitude labels use the thresholds of Romano et al. (2006):
 * |δ| &lt; 0.147 negligible, &lt; 0.33 small, &lt; 0.474 medium, otherwise large. Neither Commons
 * Math nor Commons Statistics has it.
 *
 * <p>References: N. Cliff, "Dominance statistics: ordinal analyses to answer ordinal questions",
 * Psychological Bulletin 114(3), 1993, 494–509; J. Romano et al., "Appropriate statistics for
 * ordinal level data", Florida AIR annual meeting, 2006.
 */
public final class CliffsDelta {
  private CliffsDelta() {}

  /**
   * The effect size.
   *
   * @param delta Cliff's δ, positive when x tends to be larger
   * @param greater number of pairs with x &gt; y
   * @param less number of pairs with x &lt; y
   * @param nx size of x
   * @param ny size of y
   */
  public record Result(double delta, long greater, long less, int nx, int ny) implements Tabular {
    /**
     * The magnitude label (Romano et al. 2006).
     *
     * @return {@code negligible}, {@code small}, {@code medium} or {@code large}
     */
    public String magnitude() {
      double a = Math.abs(delta);
      return a < 0.147 ? "negligible" : a < 0.33 ? "small" : a < 0.474 ? "medium" : "large";
    }

    @Override
    public Table toTable() {
      return ResultTable.keyValue(
          "Cliff's delta",
          new String[] {"delta", "pairs_greater", "pairs_less", "n_x", "n_y"},
          new double[] {delta, greater, less, nx, ny});
    }

    @Override
    public String toString() {
      return "Cliff's delta = " + stat(delta) + " (" + magnitude() + "), n = " + nx + " vs " + ny
          + "\n  pairs x > y: " + greater + ", x < y: " + less + ", ties: "
          + ((long) nx * ny - greater - less);
    }
  }

  /**
   * Computes δ.
   *
   * @param x first sample, at least 2 finite values (not null)
   * @param y second sample, at least 2 finite values (not null)
   * @return δ and the pair counts
   * @throws IllegalArgumentException for too small or non-finite samples
   */
  public static Result of(double[] x, double[] y) {
    Checks.sample(x, "Cliff's delta", "x");
    Checks.sample(y, "Cliff's delta", "y");
    double[] s = y.clone();
    Arrays.sort(s);
    long greater = 0;
    long less = 0;
    for (double v : x) {
      greater += count(s, v, false);
      less += s.length - count(s, v, true);
    }
    return new Result(
        (double) (greater - less) / ((double) x.length * y.length), greater, less, x.length,
        y.length);
  }

  /** Number of sorted values below v ({@code inclusive}: at or below v). */
  private static int count(double[] sorted, double v, boolean inclusive) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v || (inclusive && sorted[mid] == v)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
