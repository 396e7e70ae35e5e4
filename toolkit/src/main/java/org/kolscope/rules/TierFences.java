package org.kolscope.rules;

import java.util.Arrays;
import org.kolscope.core.Cells;
import org.kolscope.core.Fences;
import org.kolscope.core.Numbers;

/**
 * Tukey's fences of a tier's ratio, computed on the log10 scale.
 *
 * <p>With {@code L = log10(x)} over the tier's values {@code x > 0}, type-7 quartiles {@code Q1},
 * {@code Q3} of {@code L} and {@code IQR = Q3 − Q1}: {@code lower = 10^(Q1 − k·IQR)}, {@code upper
 * = 10^(Q3 + k·IQR)}; {@code k = 1.5} gives Tukey's inner fences, {@code k = 3} the outer ("far
 * out") fences. Ratios such as comments / likes or likes_and_collects / followers are skewed and
 * multiplicative (the real RED sample spans four orders of magnitude), so on the raw scale the
 * lower fence is usually negative and could never fire; on the log scale it is a ratio
 * "k interquartile ranges of orders of magnitude" below the tier's quartile. A value of 0 is below
 * any lower fence (and is left out of the quartiles, where log10 is undefined).
 *
 * <p>The fences themselves are {@link Fences} (Tukey, Exploratory Data Analysis, 1977, ch. 2) with
 * type-7 quartiles; this record carries them back to the ratio scale with the tier's name.
 *
 * @param tier the tier's label
 * @param n how many values &gt; 0 the quartiles use
 * @param q1 first quartile (back on the ratio scale)
 * @param q3 third quartile (back on the ratio scale)
 * @param k the fence multiplier
 * @param lower lower fence (ratio scale)
 * @param upper upper fence (ratio scale)
 */
public record TierFences(String tier, int n, double q1, double q3, double k, double lower, double upper) {

  /**
   * The fences of {@code values} (values ≤ 0 or NaN are left out of the quartiles).
   *
   * @throws IllegalArgumentException if {@code k} is not finite and &gt; 0, or no value is &gt; 0
   */
  public static TierFences of(String tier, double[] values, double k) {
    double[] logs = Arrays.stream(values).filter(v -> v > 0).map(Math::log10).sorted().toArray();
    if (logs.length == 0) {
      throw new IllegalArgumentException(
          "tier " + tier + ": no value > 0 among " + values.length + " to compute fences from");
    }
    Fences f = Fences.of(logs, k);
    return new TierFences(
        tier, logs.length, Math.pow(10, f.q1()), Math.pow(10, f.q3()), k,
        Math.pow(10, f.lower()), Math.pow(10, f.upper()));
  }

  /** The fences as text, e.g. {@code [0.0073, 4.62] (Tukey k = 1.5 on log10, 299 KOLs)}. */
  public String describe() {
    return "[" + Numbers.readable(lower) + ", " + Numbers.readable(upper) + "] (Tukey k = " + Numbers.readable(k)
        + " on log10, " + n + " KOLs)";
  }
}
