package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Quantiles;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.Sample;

/**
 * Shared engine of the median/MAD rules ({@link ModifiedZScore}, {@link HampelIdentifier}): score_i
 * = c·(x_i − median)/MAD, flag |score| &gt; threshold.
 */
final class RobustRule {
  private RobustRule() {}

  static double[] scores(double[] x, double c, String method) {
    Checks.finite(x);
    Checks.size(method, x.length, 3);
    Checks.notConstant(method, x);
    double med = Quantiles.median(x);
    double mad = Quantiles.mad(x);
    if (mad == 0) {
      throw new IllegalArgumentException(
          method
              + " is undefined: MAD = 0 because at least half of the "
              + x.length
              + " values equal the median "
              + med
              + "; use the iqr rule or a larger group");
    }
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = c * (x[i] - med) / mad;
    }
    return s;
  }

  static OutlierTestResult apply(
      Sample sample, double c, double threshold, Side side, String method, String test) {
    Checks.positive("threshold", threshold);
    double[] s = scores(sample.values(), c, method);
    List<Outlier> outliers = new ArrayList<>();
    double stat = 0;
    for (int i = 0; i < s.length; i++) {
      double sided = side == Side.TWO ? Math.abs(s[i]) : side == Side.MAX ? s[i] : -s[i];
      stat = Math.max(stat, sided);
      if (sided > threshold) {
        outliers.add(sample.outlier(i, s[i]));
      }
    }
    outliers.sort(Comparator.comparingDouble((Outlier o) -> -Math.abs(o.score())));
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("median", Quantiles.median(sample.values()));
    details.put("MAD (raw)", Quantiles.mad(sample.values()));
    return new OutlierTestResult(
        method, test, sample.label(), sample.n(), stat, threshold, Double.NaN, Double.NaN,
        outliers, List.of(), details, sample.warnings());
  }
}
