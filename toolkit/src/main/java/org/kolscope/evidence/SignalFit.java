package org.kolscope.evidence;

/**
 * What honest accounts show for one {@link Signal} at each size: the robust centre and spread of
 * the signal (log10 for ratios) against log10 followers, fitted on the data at hand ({@link
 * LocalFit}), or why the signal cannot be used.
 *
 * @param signal the signal
 * @param fit the fit, or null when unusable
 * @param floor the smallest spread used in a z-score (a tenth of the overall robust spread of
 *     the residuals): keeps a z finite where the local spread collapses on tied values
 * @param n KOLs the fit used
 * @param unusable why the signal is not used, or null
 */
public record SignalFit(Signal signal, LocalFit fit, double floor, int n, String unusable) {

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
    double y = signal.transform(raw);
    if (Double.isNaN(y) || Double.isNaN(log10Followers)) {
      return Double.NaN;
    }
    return (y - fit.centre(log10Followers)) / spread(log10Followers);
  }
}
