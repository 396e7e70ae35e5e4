package org.kolscope.stats;

import java.util.List;
import org.kolscope.core.Fields;

/**
 * The fields every outlier test reports, described once: the head of {@code kolscope outliers
 * --json} (and of each group of {@code --by}), with the keys {@link Fields}
 * names them by; the flagged observations are {@link Outlier}s, whose table is {@link
 * OutlierResult#toTable()} and whose JSON entries carry the same fields.
 *
 * @param test the short name of the test, as on the command line
 * @param n the number of values tested; null for a group that was not tested
 * @param statistic the test statistic (NaN where there is none; null in JSON)
 * @param criticalValue its critical value (NaN where there is none)
 * @param pValue the p-value (NaN where undefined)
 * @param alpha the significance level (NaN for rules without one)
 * @param outliers the flagged observations, most extreme first
 * @param warnings caveats
 */
public record OutlierSummary(String test, Integer n, double statistic, double criticalValue,
    double pValue, double alpha, List<Outlier> outliers, List<String> warnings) {
  public OutlierSummary {
    outliers = List.copyOf(outliers);
    warnings = List.copyOf(warnings);
  }

  /** The summary of a result. */
  public static OutlierSummary of(OutlierResult r) {
    return new OutlierSummary(r.test(), r.n(), r.statistic(), r.criticalValue(), r.pValue(),
        r.alpha(), r.outliers(), r.warnings());
  }

  /**
   * The summary of a group that was not tested: no numbers, no outliers, the reason as its warning.
   *
   * @param test the test's short name
   * @param alpha the significance level asked for (NaN for rules without one)
   * @param why why the group was not tested
   */
  public static OutlierSummary untested(String test, double alpha, String why) {
    return new OutlierSummary(test, null, Double.NaN, Double.NaN, Double.NaN, alpha, List.of(),
        List.of(why));
  }
}
