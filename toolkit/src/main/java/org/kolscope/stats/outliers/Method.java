package org.kolscope.stats.outliers;

import java.util.Locale;
import org.kolscope.stats.Checks;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;
import org.kolscope.stats.benford.Benford;

/** The univariate outlier tests by their command-line names, each applied with {@link Options}. */
public enum Method {
  GRUBBS("grubbs"),
  ESD("esd"),
  DIXON("dixon"),
  TIETJEN_MOORE("tietjen-moore"),
  IQR("iqr"),
  MAD("mad"),
  HAMPEL("hampel"),
  BENFORD("benford");

  private final String label;

  Method(String label) {
    this.label = label;
  }

  /** The command-line name. */
  public String label() {
    return label;
  }

  /** Whether the method assumes normal data. */
  public boolean normalTheory() {
    return this == GRUBBS || this == ESD || this == DIXON || this == TIETJEN_MOORE;
  }

  /**
   * Runs this method on a sample.
   *
   * @throws IllegalArgumentException for bad options or data (see each method)
   */
  public OutlierResult apply(Sample s, Options o) {
    try {
      return run(s, o);
    } catch (SampleTooSmallException e) {
      throw e.because(s.warnings()); // say why values are missing: n = 0 alone does not
    }
  }

  private OutlierResult run(Sample s, Options o) {
    return switch (this) {
      case GRUBBS -> o.maxOutliers() > 1
          ? Grubbs.iterate(s, o.side(), o.alpha(), o.maxOutliers())
          : Grubbs.test(s, o.side(), o.alpha());
      case ESD -> {
        int r = o.maxOutliers() > 0 ? o.maxOutliers() : Math.min(10, s.n() - 2);
        Checks.size("Generalized ESD", s.n(), GeneralizedEsd.MIN_N);
        yield GeneralizedEsd.test(s, r, o.side(), o.alpha());
      }
      case DIXON -> DixonQ.test(s, o.ratio(), o.side(), o.alpha());
      case TIETJEN_MOORE -> {
        if (Double.isNaN(o.k()) || o.k() != Math.rint(o.k())) {
          throw new IllegalArgumentException(
              "tietjen-moore needs the number of outliers k as a whole number (--k), got "
                  + o.k());
        }
        yield TietjenMoore.test(s, (int) o.k(), o.side(), o.alpha(), o.simulations(), o.seed());
      }
      case IQR -> TukeyFences.test(s, o.kOr(1.5), o.quantileType(), o.side());
      case MAD -> ModifiedZScore.test(s, o.kOr(ModifiedZScore.THRESHOLD), o.side());
      case HAMPEL -> HampelIdentifier.test(s, o.kOr(HampelIdentifier.THRESHOLD), o.side());
      case BENFORD -> Benford.test(s, Benford.Digits.FIRST, o.alpha());
    };
  }

  /**
   * Parses a command-line name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad value and the allowed ones
   */
  public static Method parse(String s) {
    String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    for (Method m : values()) {
      if (m.label.equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown test '" + s + "': expected grubbs, esd, dixon, tietjen-moore, iqr, mad, hampel or benford");
  }
}
