package org.kolscope.stats.groups;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Multiple-comparison adjustment of p-values, as R's {@code p.adjust}. For m p-values sorted
 * ascending, {@code p(1) ≤ … ≤ p(m)}:
 *
 * <ul>
 *   <li>{@link #BONFERRONI}: {@code min(1, m·p)} — controls the family-wise error rate.
 *   <li>{@link #HOLM}: {@code p̃(i) = max_{j ≤ i} min(1, (m − j + 1) p(j))} — step-down, also FWER,
 *       uniformly more powerful than Bonferroni (Holm 1979).
 *   <li>{@link #BH}: {@code p̃(i) = min_{j ≥ i} min(1, m p(j) / j)} — step-up, controls the false
 *       discovery rate for independent or positively dependent tests (Benjamini and Hochberg 1995).
 *   <li>{@link #NONE}: unchanged.
 * </ul>
 *
 * <p>Neither Commons Math nor Commons Statistics adjusts p-values, hence this class.
 *
 * <p>References: S. Holm, "A simple sequentially rejective multiple test procedure", Scand. J.
 * Statist. 6, 1979, 65–70; Y. Benjamini and Y. Hochberg, "Controlling the false discovery rate",
 * JRSS B 57(1), 1995, 289–300.
 */
public enum Adjustment {
  /** Holm's step-down procedure (FWER). */
  HOLM,
  /** Bonferroni: m · p (FWER). */
  BONFERRONI,
  /** Benjamini-Hochberg step-up procedure (FDR). */
  BH,
  /** No adjustment. */
  NONE;

  /**
   * Parses {@code holm}, {@code bonferroni}, {@code bh} (also {@code fdr}, {@code
   * benjamini-hochberg}) or {@code none}, case-insensitive.
   *
   * @param s the name (null gives the error below)
   * @return the adjustment
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static Adjustment parse(String s) {
    String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    switch (k) {
      case "holm":
        return HOLM;
      case "bonferroni":
      case "bonf":
        return BONFERRONI;
      case "bh":
      case "fdr":
      case "benjamini-hochberg":
        return BH;
      case "none":
        return NONE;
      default:
        throw new IllegalArgumentException(
            "unknown p-value adjustment '" + s + "': expected holm, bonferroni, bh or none");
    }
  }

  /**
   * The lower-case name used on the command line and in JSON.
   *
   * @return e.g. {@code holm}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Adjusts p-values (returned in the input order; the input is not modified).
   *
   * @param p p-values in [0, 1] (not null; may be empty)
   * @return the adjusted p-values, same order and length
   * @throws IllegalArgumentException if a value is outside [0, 1] or NaN
   */
  public double[] adjust(double[] p) {
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException(
            "p-value at position " + i + " must be in [0, 1], got " + p[i]);
      }
    }
    int m = p.length;
    double[] out = new double[m];
    Integer[] order =
        IntStream.range(0, m).boxed().sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
    switch (this) {
      case BONFERRONI:
        for (int i = 0; i < m; i++) {
          out[i] = Math.min(1, m * p[i]);
        }
        return out;
      case HOLM:
        double running = 0;
        for (int r = 0; r < m; r++) {
          running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
          out[order[r]] = running;
        }
        return out;
      case BH:
        double min = 1;
        for (int r = m - 1; r >= 0; r--) {
          min = Math.min(min, (double) m * p[order[r]] / (r + 1));
          out[order[r]] = Math.min(1, min);
        }
        return out;
      default:
        return Arrays.copyOf(p, m);
    }
  }
}
