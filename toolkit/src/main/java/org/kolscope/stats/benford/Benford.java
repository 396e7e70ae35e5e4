package org.kolscope.stats.benford;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;
import org.kolscope.stats.Checks;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Benford's law tests on the leading digits of positive numbers (counts of followers, likes, ...).
 *
 * <p>Expected proportion of leading digit(s) d (d = 1..9 for the first digit, 10..99 for the first
 * two): P(d) = log10(1 + 1/d). With N values, observed proportions AP_d and expected EP_d:
 *
 * <pre>
 *   χ² = Σ N (AP_d − EP_d)² / EP_d,   df = 8 (first digit) or 89 (first two), p = P(χ²_df &gt; χ²)
 *   MAD = mean_d |AP_d − EP_d|   → Nigrini's {@link Conformity} class
 *   z_d = (|AP_d − EP_d| − 1/(2N)) / √(EP_d (1 − EP_d) / N)   (continuity term only when smaller
 *                                                               than |AP_d − EP_d|)
 * </pre>
 *
 * Leading digits are read from the decimal representation (so exact powers of ten are not
 * mis-read through floating-point logarithms); a value below 10 has first-two digits d0 (5 → 50).
 * Zero and negative values are left out and counted in the warnings. χ² and its p-value are
 * Commons Statistics' {@link ChiSquareTest} (Pearson's goodness of fit, df = bins − 1); the critical
 * value is the χ² distribution's upper α quantile. The χ² test is very sensitive
 * for large N; Nigrini recommends judging by MAD. Fewer than 1,000 values earns a warning (Golbeck
 * 2015; Nigrini 2012). Benford is a test of the whole sample: it flags no individual rows.
 *
 * <p>References: Benford, F. (1938) The Law of Anomalous Numbers, Proc. Am. Philos. Soc. 78,
 * 551–572; Nigrini, M.J. (2012) Benford's Law, Wiley, ch. 4–7; Golbeck, J. (2015) Benford's Law
 * Applies to Online Social Networks, PLoS ONE 10(8): e0135169.
 */
public final class Benford {
  /** Below this many values the result carries a warning. */
  public static final int RECOMMENDED_N = 1000;

  /** Which leading digits are tested. */
  public enum Digits {
    /** The first significant digit, 1..9. */
    FIRST(1, 9, new double[] {0.006, 0.012, 0.015}),
    /** The first two significant digits, 10..99. */
    FIRST_TWO(10, 99, new double[] {0.0012, 0.0018, 0.0022});

    final int lo;
    final int hi;
    private final double[] bounds;

    Digits(int lo, int hi, double[] bounds) {
      this.lo = lo;
      this.hi = hi;
      this.bounds = bounds;
    }

    /** Nigrini's MAD bounds: close, acceptable, marginal. */
    public double[] madBounds() {
      return bounds.clone();
    }

    /** The smallest digit value (1 or 10). */
    public int first() {
      return lo;
    }

    /** The number of bins (9 or 90). */
    public int bins() {
      return hi - lo + 1;
    }

    int length() {
      return this == FIRST ? 1 : 2;
    }
  }

  private Benford() {}

  /** First-digit test of plain numbers at α = 0.05. */
  public static BenfordResult firstDigit(double... values) {
    return test(Sample.of(values), Digits.FIRST, 0.05);
  }

  /** First-two-digits test of plain numbers at α = 0.05. */
  public static BenfordResult firstTwoDigits(double... values) {
    return test(Sample.of(values), Digits.FIRST_TWO, 0.05);
  }

  /**
   * First-digit test of a numeric table column at α = 0.05, e.g. {@code
   * Benford.firstDigit(accounts.numberColumn("followers"))}. Missing cells are left out and
   * counted in the warnings, as are zero and negative values.
   *
   * @param column a Tablesaw numeric column (LONG, INTEGER, DOUBLE, …), not null
   * @throws SampleTooSmallException if fewer than 2 positive values remain
   */
  public static BenfordResult firstDigit(NumericColumn<?> column) {
    return test(sample(column), Digits.FIRST, 0.05);
  }

  /**
   * First-two-digits test of a numeric table column at α = 0.05; see {@link
   * #firstDigit(NumericColumn)}.
   *
   * @param column a Tablesaw numeric column, not null
   * @throws SampleTooSmallException if fewer than 2 positive values remain
   */
  public static BenfordResult firstTwoDigits(NumericColumn<?> column) {
    return test(sample(column), Digits.FIRST_TWO, 0.05);
  }

  private static Sample sample(NumericColumn<?> column) {
    Objects.requireNonNull(column, "column");
    return Sample.from(Table.create(column.name(), column), column.name(), null);
  }

  /** Benford's proportion for leading digit(s) d: log10(1 + 1/d). */
  public static double expected(int d) {
    return Math.log10(1 + 1.0 / d);
  }

  /**
   * The first {@code k} significant digits of a positive finite number as an integer.
   *
   * @throws IllegalArgumentException if v is not positive and finite, or k is not 1 or 2
   */
  public static int leadingDigits(double v, int k) {
    if (!(v > 0 && Double.isFinite(v))) {
      throw new IllegalArgumentException("leading digits need a positive finite number, got " + v);
    }
    if (k < 1 || k > 2) {
      throw new IllegalArgumentException("k must be 1 or 2, got " + k);
    }
    String digits = new BigDecimal(Double.toString(v)).unscaledValue().abs().toString();
    while (digits.length() < k) {
      digits = digits + "0";
    }
    return Integer.parseInt(digits.substring(0, k));
  }

  /**
   * Runs the test.
   *
   * @throws SampleTooSmallException if fewer than 2 positive values remain
   * @throws IllegalArgumentException if alpha is outside (0, 0.5]
   */
  public static BenfordResult test(Sample sample, Digits digits, double alpha) {
    Checks.alpha(alpha);
    int bins = digits.bins();
    long[] counts = new long[bins];
    int left = 0;
    for (double v : sample.original()) {
      if (v > 0) {
        counts[leadingDigits(v, digits.length()) - digits.lo]++;
      } else {
        left++;
      }
    }
    int n = 0;
    for (long c : counts) {
      n += (int) c;
    }
    String method = "Benford " + (digits == Digits.FIRST ? "first digit" : "first two digits");
    if (n < 2) {
      List<String> why = new ArrayList<>(sample.warnings());
      if (left > 0) {
        why.add(left + " value(s) <= 0 left out (no leading digit)");
      }
      throw new SampleTooSmallException(method, n, 2).because(why);
    }
    double[] observed = new double[bins];
    double[] expected = new double[bins];
    double[] z = new double[bins];
    double mad = 0;
    for (int i = 0; i < bins; i++) {
      int d = digits.lo + i;
      observed[i] = (double) counts[i] / n;
      expected[i] = expected(d);
      double diff = observed[i] - expected[i];
      mad += Math.abs(diff);
      double cc = 1.0 / (2.0 * n);
      double absDiff = Math.abs(diff);
      double num = cc < absDiff ? absDiff - cc : absDiff;
      z[i] = num / Math.sqrt(expected[i] * (1 - expected[i]) / n);
    }
    mad /= bins;
    // Pearson's goodness of fit against the Benford proportions (rescaled to the n counts)
    SignificanceResult fit = ChiSquareTest.withDefaults().test(expected, counts);
    double chi = fit.getStatistic();
    double p = fit.getPValue();
    double crit = ChiSquaredDistribution.of(bins - 1).inverseSurvivalProbability(alpha);
    List<String> warnings = new ArrayList<>(sample.warnings());
    if (left > 0) {
      warnings.add(left + " value(s) <= 0 left out (no leading digit)");
    }
    if (n < RECOMMENDED_N) {
      warnings.add(
          "only "
              + n
              + " values: Benford tests need about "
              + RECOMMENDED_N
              + "+ values to be meaningful");
    }
    if (digits == Digits.FIRST_TWO && n < 10 * bins) {
      warnings.add("fewer than 10 values per bin on average: chi-square p-value is unreliable");
    }
    return new BenfordResult(
        method, sample.label(), digits, n, counts, observed, expected, z, chi, bins - 1, crit, p,
        mad, Conformity.of(mad, digits), alpha, warnings);
  }
}
