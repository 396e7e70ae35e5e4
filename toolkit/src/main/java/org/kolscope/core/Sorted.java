package org.kolscope.core;

/** Counting in an ascending array by binary search (values compared with {@code <}, so -0.0 = 0.0). */
public final class Sorted {
  private Sorted() {}

  /**
   * How many values are below {@code v}: the first index whose value is ≥ v.
   *
   * @param sorted values in ascending order, no NaN
   * @param v the value
   * @return the count
   */
  public static int countBelow(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * How many values are at or below {@code v}, searching from index {@code from} (a count already
   * known to be at or below).
   *
   * @param sorted values in ascending order, no NaN
   * @param v the value
   * @param from an index with {@code sorted[i] ≤ v} for every i below it
   * @return the count
   */
  public static int countAtOrBelow(double[] sorted, double v, int from) {
    int lo = from;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
