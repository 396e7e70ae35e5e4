package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.QuantileType;
import org.kolscope.core.Fences;
import org.kolscope.core.Quantiles;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.ResultText;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;
import org.kolscope.core.Numbers;

/**
 * Tukey's fences as an outlier test: flag x &lt; Q1 − k·IQR or x &gt; Q3 + k·IQR (strict), IQR = Q3 −
 * Q1 ({@link Fences}).
 *
 * <p>k = 1.5 gives the inner fences ("outside" values), k = 3 the outer fences ("far out"). The
 * quartiles depend on the quantile definition; the default is R type 7 ({@link
 * QuantileType#DEFAULT}); R's {@code boxplot} uses Tukey's hinges ({@link QuantileType#HINGES}).
 * The statistic reported is the largest distance beyond the quartiles in IQR units, max(max(x −
 * Q3, Q1 − x)/IQR), compared with k as the critical value; each outlier's score is its own such
 * distance. A distribution-free rule: no alpha, no p-value. With IQR = 0 every value off the
 * quartile is flagged, which the result warns about.
 *
 * <p>Reference: Tukey, J.W. (1977) Exploratory Data Analysis, Addison-Wesley, ch. 2. Hyndman, R.J.
 * and Fan, Y. (1996) Sample Quantiles in Statistical Packages, Am. Stat. 50(4), 361–365.
 */
public final class TukeyFences {
  /** Smallest sample. */
  public static final int MIN_N = 4;

  private TukeyFences() {}

  /** k = 1.5 with R type 7 quartiles, on plain numbers. */
  public static OutlierTestResult test(double... values) {
    return test(Sample.of(values), 1.5, QuantileType.DEFAULT, Side.TWO);
  }

  /**
   * Applies the fences.
   *
   * @param k the fence multiplier (&gt; 0; usually 1.5 or 3)
   * @throws SampleTooSmallException if n &lt; 4
   * @throws IllegalArgumentException if k is not positive or all values are equal
   */
  public static OutlierTestResult test(Sample sample, double k, QuantileType type, Side side) {
    Checks.positive("k", k);
    String method = "Tukey fences (k = " + Numbers.precise(k) + ", " + type.label() + ")";
    Checks.size(method, sample.n(), MIN_N);
    Checks.notConstant(method, sample.values());
    Fences f = Fences.of(Quantiles.sortedCopy(sample.values()), k, type);
    double q1 = f.q1();
    double q3 = f.q3();
    double iqr = f.iqr();
    List<Outlier> outliers = new ArrayList<>();
    double stat = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < sample.n(); i++) {
      double x = sample.values()[i];
      double d = iqr > 0 ? Math.max(x - q3, q1 - x) / iqr : Double.NaN;
      if (iqr > 0) {
        stat = Math.max(stat, d);
      }
      boolean low = f.below(x) && side != Side.MAX;
      boolean high = f.above(x) && side != Side.MIN;
      if (low || high) {
        outliers.add(sample.outlier(i, d));
      }
    }
    outliers.sort(Comparator.comparingDouble((Outlier o) -> -Math.abs(o.score())));
    Map<String, Double> details = new LinkedHashMap<>();
    details.put("Q1", q1);
    details.put("Q3", q3);
    details.put("IQR", iqr);
    details.put("lower fence", f.lower());
    details.put("upper fence", f.upper());
    List<String> warnings = new ArrayList<>(sample.warnings());
    if (iqr == 0) {
      warnings.add("IQR is 0 (at least half the values are equal): every other value is flagged");
    }
    return new OutlierTestResult(
        method, "iqr", sample.label(), sample.n(), iqr > 0 ? stat : Double.NaN, k, Double.NaN,
        Double.NaN, outliers, List.of(), details, warnings);
  }
}
