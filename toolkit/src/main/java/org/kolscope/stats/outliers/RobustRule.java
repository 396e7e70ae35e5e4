package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.RobustZ;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.ResultText;
import org.kolscope.stats.Sample;
import org.kolscope.core.Numbers;

/**
 * Shared engine of the median/MAD rules ({@link ModifiedZScore}, {@link HampelIdentifier}): score_i
 * = the robust z-score of {@link RobustZ} with the rule's constant, flag |score| &gt; threshold.
 */
final class RobustRule {
  private RobustRule() {}

  /** The sample checks of the rules: finite, n ≥ 3, not all equal. */
  static RobustZ.Scale scale(double[] x, double c, String method) {
    Checks.finite(x);
    Checks.size(method, x.length, 3);
    Checks.notConstant(method, x);
    return RobustZ.scale(x, c);
  }

  static double[] scores(double[] x, double c, String method) {
    RobustZ.Scale s = scale(x, c, method);
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = s.z(x[i]);
    }
    return z;
  }

  static OutlierTestResult apply(
      Sample sample, double c, double threshold, Side side, String method, String test) {
    Checks.positive("threshold", threshold);
    double[] x = sample.values();
    RobustZ.Scale scale = scale(x, c, method);
    List<Outlier> outliers = new ArrayList<>();
    double stat = 0;
    for (int i = 0; i < x.length; i++) {
      double z = scale.z(x[i]);
      double sided = side == Side.TWO ? Math.abs(z) : side == Side.MAX ? z : -z;
      stat = Math.max(stat, sided);
      if (sided > threshold) {
        outliers.add(sample.outlier(i, z));
      }
    }
    outliers.sort(Comparator.comparingDouble((Outlier o) -> -Math.abs(o.score())));
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("median", scale.median());
    details.put("MAD (raw)", scale.mad());
    List<String> warnings = new ArrayList<>(sample.warnings());
    if (scale.fromMeanAd()) {
      details.put("mean absolute deviation", scale.meanAd());
      warnings.add("MAD = 0 (at least half of the " + x.length + " values equal the median "
          + Numbers.precise(scale.median()) + "): scores use " + RobustZ.MEAN_AD_CONSTANT
          + " × the mean absolute deviation instead");
    }
    return new OutlierTestResult(
        method, test, sample.label(), sample.n(), stat, threshold, Double.NaN, Double.NaN,
        outliers, List.of(), details, warnings);
  }
}
