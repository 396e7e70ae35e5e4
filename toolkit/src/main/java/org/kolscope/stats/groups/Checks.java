package org.kolscope.stats.groups;

import java.util.List;

/** Argument checks shared by the tests in this package (validate first, quote the bad value). */
final class Checks {
  /** Smallest sample a group may have. */
  static final int MIN_GROUP_SIZE = 2;

  private Checks() {}

  /**
   * Checks that there are at least two groups and that each has at least {@link #MIN_GROUP_SIZE}
   * finite values.
   */
  static void groups(List<double[]> groups, String test) {
    if (groups == null || groups.size() < 2) {
      throw new IllegalArgumentException(
          test + " needs at least 2 groups, got " + (groups == null ? 0 : groups.size()));
    }
    for (int g = 0; g < groups.size(); g++) {
      sample(groups.get(g), test, "group " + (g + 1));
    }
  }

  /** Checks one sample: not null, at least {@link #MIN_GROUP_SIZE} values, all finite. */
  static void sample(double[] x, String test, String name) {
    if (x == null || x.length < MIN_GROUP_SIZE) {
      throw new IllegalArgumentException(
          test + ": " + name + " has " + (x == null ? 0 : x.length)
              + " values; each group needs at least " + MIN_GROUP_SIZE);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException(
            test + ": " + name + " has the non-finite value " + x[i] + " at position " + i
                + "; drop missing values first");
      }
    }
  }

  /** Throws if every value of every group is the same (ranks and variances carry no information). */
  static void notAllTied(List<double[]> groups, String test) {
    double first = groups.get(0)[0];
    int n = 0;
    for (double[] g : groups) {
      n += g.length;
      for (double v : g) {
        if (v != first) {
          return;
        }
      }
    }
    throw new IllegalArgumentException(
        test + " is undefined: all " + n + " values equal " + first);
  }

  /** Checks a confidence level in (0, 1). */
  static double level(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    return level;
  }
}
