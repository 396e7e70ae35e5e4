package org.kolscope.stats.benford;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.ResultText;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * A Benford test result. The statistic is χ², the critical value its upper-α point.
 *
 * @param method e.g. {@code "Benford first digit"}
 * @param label what was tested
 * @param digits first or first two digits
 * @param n number of positive values tested
 * @param counts observed count per digit (index 0 = digit 1 or 10)
 * @param observed observed proportion per digit
 * @param expected Benford proportion per digit
 * @param z Nigrini's z statistic per digit
 * @param chiSquare Pearson χ²
 * @param df degrees of freedom (8 or 89)
 * @param criticalValue upper α point of χ²_df
 * @param pValue P(χ²_df &gt; chiSquare)
 * @param mad mean absolute deviation of the proportions
 * @param conformity Nigrini's class of the MAD
 * @param alpha significance level of the χ² test
 * @param warnings caveats (small N, values left out)
 */
public record BenfordResult(
    String method,
    String label,
    Benford.Digits digits,
    int n,
    long[] counts,
    double[] observed,
    double[] expected,
    double[] z,
    double chiSquare,
    int df,
    double criticalValue,
    double pValue,
    double mad,
    Conformity conformity,
    double alpha,
    List<String> warnings)
    implements OutlierResult {

  /** Copies the arrays and list. */
  public BenfordResult {
    counts = counts.clone();
    observed = observed.clone();
    expected = expected.clone();
    z = z.clone();
    warnings = List.copyOf(warnings);
  }

  @Override
  public String test() {
    return "benford";
  }

  @Override
  public double statistic() {
    return chiSquare;
  }

  /** Benford tests the whole sample; no row is flagged. */
  @Override
  public List<Outlier> outliers() {
    return List.of();
  }

  /** The leading digit of bin i (1..9 or 10..99). */
  public int digit(int i) {
    return digits.first() + i;
  }

  /** One row per digit: digit, count, observed, expected, z. */
  @Override
  public Table toTable() {
    IntColumn d = IntColumn.create("digit");
    LongColumn c = LongColumn.create("count");
    DoubleColumn o = DoubleColumn.create("observed");
    DoubleColumn e = DoubleColumn.create("expected");
    DoubleColumn zc = DoubleColumn.create("z");
    for (int i = 0; i < counts.length; i++) {
      d.append(digit(i));
      c.append(counts[i]);
      o.append(observed[i]);
      e.append(expected[i]);
      zc.append(z[i]);
    }
    return Table.create(method + " on " + label, d, c, o, e, zc);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(" test on ").append(label).append(" (n = ").append(n).append(")\n");
    ResultText.line(
        sb,
        "chi-square",
        Numbers.precise(chiSquare) + " (df " + df + ", p = " + Numbers.precise(pValue) + ")");
    ResultText.line(
        sb,
        "critical value",
        Numbers.precise(criticalValue) + " (alpha = " + Numbers.precise(alpha) + ")");
    ResultText.line(sb, "MAD", Numbers.precise(mad) + " -> " + conformity.label());
    sb.append(String.format(Locale.ROOT, "  %5s %7s %9s %9s %7s%n", "digit", "count", "observed", "expected", "z"));
    for (int i = 0; i < counts.length; i++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %5d %7d %9.4f %9.4f %7.2f%s%n",
              digit(i),
              counts[i],
              observed[i],
              expected[i],
              z[i],
              z[i] > 1.96 ? " *" : ""));
    }
    for (String w : warnings) {
      sb.append("  warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BenfordResult r
        && method.equals(r.method)
        && Arrays.equals(counts, r.counts)
        && Double.compare(chiSquare, r.chiSquare) == 0
        && Double.compare(alpha, r.alpha) == 0
        && warnings.equals(r.warnings);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + method.hashCode();
  }
}
