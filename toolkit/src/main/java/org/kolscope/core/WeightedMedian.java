package org.kolscope.core;

/**
 * The lower weighted median: the smallest value v with W(≤ v) ≥ W/2, where W(≤ v) is the total
 * weight of the values at or below v and W the total weight.
 *
 * <p>Found by a three-way quickselect on the values, carrying the weights along (expected O(m)),
 * instead of sorting: in {@code evidence.LocalFit}'s local scales it replaces an index sort with a
 * comparator at each grid point, the largest share of a small audit's evidence model. Pivot: the
 * median of the first, middle and last values, so the result and the work do not depend on a
 * random source. The definition is that of the weighted median in, e.g., T. H. Cormen et al.,
 * <i>Introduction to Algorithms</i>, 3rd ed., problem 9-2 (the lower of two when W/2 falls between).
 */
public final class WeightedMedian {
  private WeightedMedian() {}

  /**
   * The lower weighted median of the first {@code m} values. Reorders both arrays (together).
   *
   * @param v values, finite
   * @param w weights, finite and ≥ 0
   * @param m how many of them, ≥ 1
   * @param total the sum of the m weights (as the caller summed them)
   * @return the smallest value whose cumulative weight reaches {@code total / 2}; the smallest
   *     value when the total is 0, the largest when rounding keeps the cumulative sum below half
   */
  public static double lower(double[] v, double[] w, int m, double total) {
    if (m < 1) {
      throw new IllegalArgumentException("weighted median of " + m + " values");
    }
    double half = total / 2;
    int lo = 0;
    int hi = m;
    double below = 0; // weight of the values known to lie below every value in [lo, hi)
    if (!(half > 0)) {
      double min = v[0];
      for (int i = 1; i < m; i++) {
        min = Math.min(min, v[i]);
      }
      return min;
    }
    while (hi - lo > 1) {
      double pivot = medianOfThree(v[lo], v[(lo + hi) >>> 1], v[hi - 1]);
      // three-way partition: [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i < gt) {
        if (v[i] < pivot) {
          swap(v, w, lt++, i++);
        } else if (v[i] > pivot) {
          swap(v, w, i, --gt);
        } else {
          i++;
        }
      }
      double less = 0;
      for (int k = lo; k < lt; k++) {
        less += w[k];
      }
      double equal = 0;
      for (int k = lt; k < gt; k++) {
        equal += w[k];
      }
      if (below + less >= half) {
        hi = lt;
      } else if (below + less + equal >= half || gt == hi) {
        return pivot;
      } else {
        below += less + equal;
        lo = gt;
      }
    }
    return v[lo];
  }

  private static double medianOfThree(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private static void swap(double[] v, double[] w, int i, int j) {
    double t = v[i];
    v[i] = v[j];
    v[j] = t;
    t = w[i];
    w[i] = w[j];
    w[j] = t;
  }
}
