package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;
import org.kolscope.stats.ShapiroWilk;

/**
 * The normality check run by the normal-theory tests (Grubbs, generalized ESD, Dixon,
 * Tietjen–Moore): a Shapiro–Wilk test (Royston 1995) at level {@value #LEVEL} on the values that
 * remain after the declared outliers are removed — the sample the null hypothesis describes. A
 * failure becomes a warning on the result suggesting the log scale (or a robust rule when the data
 * are already on it).
 */
final class Normality {
  /** Level of the Shapiro–Wilk check. */
  static final double LEVEL = 0.05;

  private Normality() {}

  /**
   * Adds a warning to {@code warnings} when the sample without {@code outliers} does not look normal.
   */
  static void check(String method, Sample sample, List<Outlier> outliers, List<String> warnings) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (Outlier o : outliers) {
      out.add(o.index());
    }
    List<Double> rest = new ArrayList<>();
    for (int i = 0; i < sample.n(); i++) {
      if (!out.contains(sample.rows()[i])) {
        rest.add(sample.values()[i]);
      }
    }
    double[] v = rest.stream().mapToDouble(Double::doubleValue).toArray();
    if (v.length < ShapiroWilk.MIN_N || v.length > ShapiroWilk.MAX_N) {
      warnings.add(
          "normality not checked: Shapiro-Wilk needs 3..5000 values, "
              + v.length
              + " remain without the outliers");
      return;
    }
    boolean constant = true;
    for (double d : v) {
      constant &= d == v[0];
    }
    if (constant) {
      warnings.add("normality not checked: the values left without the outliers are all equal");
      return;
    }
    ShapiroWilk.Result sw = ShapiroWilk.test(v);
    if (sw.rejects(LEVEL)) {
      String advice =
          sample.log()
              ? "even on the log10 scale; prefer a robust rule (mad, hampel, iqr)"
              : "; " + method + " assumes normal data: try the log10 scale (--log) or a robust rule";
      warnings.add(
          String.format(
              Locale.ROOT,
              "the %d values without the outliers do not look normal (Shapiro-Wilk W = %.4f, p = %.3g"
                  + " < %.2f)%s",
              v.length,
              sw.w(),
              sw.pValue(),
              LEVEL,
              sample.log() ? " " + advice : advice));
    }
  }
}
