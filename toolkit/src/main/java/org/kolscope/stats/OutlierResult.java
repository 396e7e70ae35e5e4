package org.kolscope.stats;

import java.util.List;
import org.kolscope.core.Tabular;

/**
 * What every outlier test reports: the common fields of the CLI's JSON and of a notebook summary.
 * Undefined numbers are {@code NaN} (for example the p-value of Dixon's Q, which is a table look-up).
 */
public interface OutlierResult extends Tabular {
  /** The method's name, e.g. {@code "Grubbs (two-sided)"}. */
  String method();

  /** Short machine name of the test, as on the command line ({@code grubbs}, {@code esd}, ...). */
  String test();

  /** Number of values tested (after missing or non-positive values were left out). */
  int n();

  /** The test statistic; NaN where the method has none. */
  double statistic();

  /** The critical value the statistic is compared with; NaN where there is none. */
  double criticalValue();

  /** The p-value where defined, else NaN. */
  double pValue();

  /** The significance level; NaN for rules without one (fences, modified z, Hampel). */
  double alpha();

  /** The flagged observations, most extreme first. */
  List<Outlier> outliers();

  /** Caveats: failed normality check, small n, left-out rows. */
  List<String> warnings();

  /** The fields above as one record ({@link OutlierSummary}), the head of every test's JSON. */
  default OutlierSummary summary() {
    return OutlierSummary.of(this);
  }
}
