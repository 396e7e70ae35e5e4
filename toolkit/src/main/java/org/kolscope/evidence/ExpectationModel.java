package org.kolscope.evidence;

import java.util.EnumMap;
import java.util.Map;
import org.kolscope.core.Parallel;
import org.kolscope.core.Quantiles;

/**
 * For each {@link Signal}, how an honest account's value moves with its size, learnt from the
 * accounts at hand: a robust centre and a robust spread against log10 followers ({@link
 * LocalFit}). Fitted on all accounts: the bisquare weights of the fit and the medians of the
 * spread keep the manipulated minority from moving it. Signals that do not depend on size (the
 * spike scores) are modelled the same way; their curves come out flat.
 *
 * <p>A signal known for fewer than {@value #MIN_KOLS} KOLs with known followers cannot be learnt from
 * the data (a centre and a spread from a dozen points are too rough: on a 12-KOL shortlist they
 * gave z-scores of −19); for RED data, a signal known for fewer than {@value #REFERENCE_BELOW} KOLs
 * is judged against {@link RedReference} when it has one, else it is not used. With fewer than
 * {@value #FULL_SPAN_BELOW} KOLs the span is the whole range (one robust line), above it {@link
 * LocalFit#DEFAULT_SPAN}.
 */
public final class ExpectationModel {
  /** Fewest KOLs a signal needs to be learnt from the data. */
  public static final int MIN_KOLS = 30;
  /** Below this many KOLs, RED data are judged against {@link RedReference} where it has a curve. */
  public static final int REFERENCE_BELOW = 60;
  /** Below this many KOLs a signal's fit uses every KOL in each local fit. */
  public static final int FULL_SPAN_BELOW = 60;

  private final Map<Signal, SignalFit> fits;

  private ExpectationModel(Map<Signal, SignalFit> fits) {
    this.fits = fits;
  }

  /**
   * Fits every signal of {@code values}.
   *
   * @param values the KOLs' signals
   * @param log10Followers per KOL (NaN when unknown or ≤ 0)
   */
  public static ExpectationModel fit(SignalValues values, double[] log10Followers) {
    return fit(values, log10Followers, false);
  }

  /**
   * Fits every signal of {@code values}; with {@code redReference}, a signal too few KOLs have is
   * judged against {@link RedReference} when it has one.
   */
  public static ExpectationModel fit(SignalValues values, double[] log10Followers, boolean redReference) {
    Signal[] all = Signal.values();
    SignalFit[] fitted = new SignalFit[all.length];
    Parallel.forEach(all.length, 1, i -> fitted[i] = fit(all[i], values, log10Followers, redReference));
    Map<Signal, SignalFit> fits = new EnumMap<>(Signal.class);
    for (SignalFit f : fitted) {
      fits.put(f.signal(), f);
    }
    return new ExpectationModel(fits);
  }

  /** One signal's fit (see {@link #fit(SignalValues, double[], boolean)}). */
  private static SignalFit fit(Signal s, SignalValues values, double[] log10Followers,
      boolean redReference) {
    int n = log10Followers.length;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] noise = new double[n];
    boolean noisy = false;
    int m = 0;
    for (int k = 0; k < n; k++) {
      double v = s.transform(values.value(k, s));
      if (!Double.isNaN(v) && !Double.isNaN(log10Followers[k])) {
        x[m] = log10Followers[k];
        noise[m] = values.noise(k, s);
        noisy |= noise[m] > 0;
        y[m++] = v;
      }
    }
    ReferenceCurve ref = redReference && m > 0 && m < REFERENCE_BELOW ? RedReference.of(s) : null;
    if (ref != null || m < MIN_KOLS) {
      if (ref != null) {
        return new SignalFit(s, ref, ref.floor(), m, null, "the 2018 RED reference ("
            + String.format(java.util.Locale.ROOT, "%,d", RedReference.AUTHORS)
            + " authors): too few KOLs here (" + m + ") to learn what is normal", null);
      }
      return new SignalFit(s, null, Double.NaN, m, m == 0 ? "known for no KOL"
          : "known for " + m + " KOLs; " + MIN_KOLS + " are needed to learn what is normal", null, null);
    }
    x = java.util.Arrays.copyOf(x, m);
    y = java.util.Arrays.copyOf(y, m);
    double span = m < FULL_SPAN_BELOW ? 1.0 : LocalFit.DEFAULT_SPAN;
    LocalFit f = LocalFit.fit(x, y, span, LocalFit.DEFAULT_ROBUSTNESS_PASSES, LocalFit.DEFAULT_GRID);
    double[] resid = new double[m];
    for (int i = 0; i < m; i++) {
      resid[i] = y[i] - f.centre(x[i]);
    }
    double overall = Quantiles.madNormal(resid);
    double floor = Math.max(0.1 * overall, 1e-6);
    // the typical count noise at each size: a local (tricube-weighted) mean of the KOLs' own noise
    Curve typicalNoise = noisy ? LocalFit.fit(x, java.util.Arrays.copyOf(noise, m), span, 0,
        LocalFit.DEFAULT_GRID) : null;
    return new SignalFit(s, f, floor, m, null,
        "fitted on " + String.format(java.util.Locale.ROOT, "%,d", m) + " KOLs", typicalNoise);
  }

  /** The fit of {@code s}. */
  public SignalFit fit(Signal s) {
    return fits.get(s);
  }
}
