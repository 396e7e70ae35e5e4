package org.kolscope.stats.outliers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.ResultText;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * The result of a univariate outlier test or rule.
 *
 * @param method the method's name, e.g. {@code "Grubbs (two-sided)"}
 * @param test the short name used on the command line, e.g. {@code grubbs}
 * @param label what was tested, e.g. {@code "log10(likes)"}
 * @param n the number of values tested
 * @param statistic the test statistic (iterated Grubbs: the first step's; generalized ESD: the
 *     deciding step's, see {@link GeneralizedEsd})
 * @param criticalValue its critical value
 * @param pValue the p-value where defined, else NaN
 * @param alpha the significance level, NaN for rules without one
 * @param outliers the flagged observations, most extreme first
 * @param steps the steps of a sequential procedure (ESD, iterated Grubbs); empty otherwise
 * @param details further numbers (mean, sd, quartiles, fences, median, MAD, ...), in order
 * @param warnings caveats
 */
public record OutlierTestResult(
    String method,
    String test,
    String label,
    int n,
    double statistic,
    double criticalValue,
    double pValue,
    double alpha,
    List<Outlier> outliers,
    List<Step> steps,
    Map<String, Double> details,
    List<String> warnings)
    implements OutlierResult {

  /** Copies the collections (the record is immutable). */
  public OutlierTestResult {
    outliers = List.copyOf(outliers);
    steps = List.copyOf(steps);
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    warnings = List.copyOf(warnings);
  }

  /** The number of outliers declared. */
  public int nOutliers() {
    return outliers.size();
  }

  /** Whether at least one outlier was declared. */
  public boolean rejected() {
    return !outliers.isEmpty();
  }

  /** One row per outlier: index, id, value, score. */
  @Override
  public Table toTable() {
    return ResultText.outlierTable(method + " on " + label, outliers);
  }

  /** One row per step (r, statistic, critical value, candidate row and value). */
  public Table stepsTable() {
    tech.tablesaw.api.IntColumn r = tech.tablesaw.api.IntColumn.create("r");
    tech.tablesaw.api.DoubleColumn s = tech.tablesaw.api.DoubleColumn.create("statistic");
    tech.tablesaw.api.DoubleColumn c = tech.tablesaw.api.DoubleColumn.create("critical_value");
    tech.tablesaw.api.IntColumn idx = tech.tablesaw.api.IntColumn.create("index");
    tech.tablesaw.api.DoubleColumn v = tech.tablesaw.api.DoubleColumn.create("value");
    for (Step st : steps) {
      r.append(st.r());
      s.append(st.statistic());
      c.append(st.criticalValue());
      idx.append(st.candidate().index());
      v.append(st.candidate().value());
    }
    return Table.create(method + " steps", r, s, c, idx, v);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(" on ").append(label).append(" (n = ").append(n).append(")\n");
    ResultText.line(sb, "statistic", Numbers.precise(statistic));
    ResultText.line(
        sb,
        "critical value",
        Numbers.precise(criticalValue)
            + (Double.isNaN(alpha) ? "" : " (alpha = " + Numbers.precise(alpha) + ")"));
    if (!Double.isNaN(pValue)) {
      ResultText.line(sb, "p-value", Numbers.precise(pValue));
    }
    details.forEach((k, v) -> ResultText.line(sb, k, Numbers.precise(v)));
    if (!steps.isEmpty()) {
      sb.append("  steps:\n");
      for (Step st : steps) {
        sb.append(
            String.format(
                java.util.Locale.ROOT,
                "    %2d  statistic %-10s critical %-10s candidate row %d value %s%s%n",
                st.r(),
                Numbers.precise(st.statistic()),
                Numbers.precise(st.criticalValue()),
                st.candidate().index(),
                Numbers.precise(st.candidate().value()),
                st.exceeds() ? "  *" : ""));
      }
    }
    ResultText.outliersAndWarnings(sb, outliers, warnings);
    return sb.toString();
  }
}
