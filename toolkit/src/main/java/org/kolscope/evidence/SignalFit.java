package org.kolscope.evidence;

/**
 * What honest accounts show for one {@link Signal} at each size: the robust centre and spread of
 * the signal (log10 for ratios) against log10 followers, fitted on the data at hand ({@link
 * LocalFit}), or why the signal cannot be used.
 *
 * @param signal the signal
 * @param fit the curve (fitted on these data, or the RED reference), or null when unusable
 * @param floor the smallest spread used in a z-score (a tenth of the overall robust spread of
 *     the residuals): keeps a z finite where the local spread collapses on tied values
 * @param n KOLs the fit used (for the reference: the reference's accounts)
 * @param unusable why the signal is not used, or null
 * @param source where the curve comes from, e.g. "fitted on 1,820 KOLs" or "the 2018 RED
 *     reference (1,722 authors): only 5 KOLs here"
 * @param noise the typical count noise (variance, log10 scale) of the KOLs at each size, or null
 *     when the signal carries none ({@link SignalValues#countNoise})
 */
public record SignalFit(Signal signal, Curve fit, double floor, int n, String unusable, String source,
    Curve noise) {

  /** Whether the signal can be used. */
  public boolean usable() {
    return fit != null;
  }

  /** The expected value at {@code log10Followers}, on the signal's own scale. */
  public double expected(double log10Followers) {
    return signal.inverse(fit.centre(log10Followers));
  }

  /** The spread (on the modelled scale) at {@code log10Followers}. */
  public double spread(double log10Followers) {
    return Math.max(fit.scale(log10Followers), floor);
  }

  /** The local slope of the centre against log10 followers. */
  public double slope(double log10Followers) {
    return fit.slope(log10Followers);
  }

  /** The robust z of a raw value at {@code log10Followers}: NaN when the value is unknown. */
  public double z(double log10Followers, double raw) {
    return z(log10Followers, raw, Double.NaN);
  }

  /**
   * The robust z of a raw value whose own count noise is {@code v} (NaN or 0: none known). The
   * spread at a size mixes how honest accounts differ with how rough their counts are; with the
   * typical count noise {@code v̄(x)} of accounts that size, the first is {@code s_b² = max(s(x)² −
   * v̄(x), (s(x)/4)²)}, and the KOL's value is judged against {@code √(s_b² + v)}: a ratio pooled
   * over thousands of likes is judged more sharply than one over a dozen.
   */
  public double z(double log10Followers, double raw, double v) {
    double y = signal.transform(raw);
    if (Double.isNaN(y) || Double.isNaN(log10Followers)) {
      return Double.NaN;
    }
    double s = spread(log10Followers);
    if (noise != null && v > 0) {
      double typical = Math.max(0, noise.centre(log10Followers));
      double between = Math.max(s * s - typical, s * s / 16);
      s = Math.max(Math.sqrt(between + v), floor);
    }
    return (y - fit.centre(log10Followers)) / s;
  }
}
