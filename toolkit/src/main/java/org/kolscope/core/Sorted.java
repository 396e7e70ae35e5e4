package org.kolscope.core;

/** Counting in an ascending array by search (values compared with {@code <}, so -0.0 = 0.0). */
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
    return count(sorted, v, 0, false);
  }

  /**
   * {@link #countBelow(double[], double)} searching onward from {@code from} (a count already
   * known to be below), by galloping: steps of 1, 2, 4, … until a value ≥ v, then a binary search
   * within the last step. Walking ascending values through a large array this way touches memory
   * near the previous answer only, where a binary search over the whole array jumps across it.
   *
   * @param sorted values in ascending order, no NaN
   * @param v the value
   * @param from an index with {@code sorted[i] < v} for every i below it
   * @return the count
   */
  public static int countBelowFrom(double[] sorted, double v, int from) {
    return count(sorted, v, from, false);
  }

  /**
   * How many values are at or below {@code v}, galloping onward from index {@code from} (a count
   * already known to be at or below) as {@link #countBelowFrom} does.
   *
   * @param sorted values in ascending order, no NaN
   * @param v the value
   * @param from an index with {@code sorted[i] ≤ v} for every i below it
   * @return the count
   */
  public static int countAtOrBelow(double[] sorted, double v, int from) {
    return count(sorted, v, from, true);
  }

  /** The first index from {@code from} whose value is above v (≥ v unless {@code inclusive}). */
  private static int count(double[] sorted, double v, int from, boolean inclusive) {
    int step = 1;
    int lo = from;
    int hi = from;
    while (hi < sorted.length && counted(sorted[hi], v, inclusive)) {
      lo = hi + 1;
      hi = (int) Math.min(sorted.length, (long) hi + step);
      step <<= 1;
    }
    hi = Math.min(sorted.length, hi + 1);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (counted(sorted[mid], v, inclusive)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean counted(double x, double v, boolean inclusive) {
    return inclusive ? x <= v : x < v;
  }
}
