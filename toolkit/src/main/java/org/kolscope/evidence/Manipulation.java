package org.kolscope.evidence;

import java.util.Locale;

/**
 * The kinds of manipulation the audit looks for, each with the direction in which it moves the
 * signals: the {@code d} of {@link GlsScore}.
 *
 * <p>{@link #BOUGHT_FOLLOWERS}: followers multiplied by {@code m} leave views, likes and collects
 * as they were, so every per-follower signal falls by {@code log10 m} while its expected value, read
 * at the inflated size, moves by {@code b · log10 m} ({@code b}: the local slope of the signal's
 * centre against log10 followers): the residual moves by {@code −(1 + b) · log10 m}. Per-interaction
 * ratios do not move. The direction is {@code −(1 + b)} on {@link Signal#REACH}, {@link
 * Signal#ENGAGEMENT}, {@link Signal#LIFETIME} and {@link Signal#NOTES_PER_FOLLOWER} (at least 0.1: a signal that falls as fast as
 * followers grow cannot tell).
 *
 * <p>{@link #BOUGHT_LIKES}: likes added to some notes raise Σ likes by a factor, so every pooled
 * ratio with likes in it moves by the same log amount: + on {@link Signal#LIKES_PER_VIEW}, − on
 * {@link Signal#COMMENTS_PER_LIKE}, {@link Signal#COLLECTS_PER_LIKE}, {@link
 * Signal#SHARES_PER_LIKE}, and − on {@link Signal#AUTHENTIC_SHARE}; the touched notes stand out
 * from the KOL's others: + on {@link Signal#LIKE_SPIKE} and {@link Signal#LIKE_DISPERSION}.
 *
 * <p>{@link #COMMENT_FARM}: comments added to notes: + on {@link Signal#COMMENTS_PER_LIKE} and
 * {@link Signal#COMMENT_SPIKE}; like any bought engagement, − on {@link Signal#AUTHENTIC_SHARE}.
 *
 * <p>Directions of ratio signals are in log10 units and are turned into z units by dividing by the
 * signal's spread at the KOL's size; the spike and dispersion signals are already z-like and get
 * weight 1 against the largest ratio entry. The magnitudes come from the mechanism, not from fitting
 * labelled data.
 */
public enum Manipulation {
  BOUGHT_FOLLOWERS,
  BOUGHT_LIKES,
  COMMENT_FARM;

  /** The machine name, e.g. {@code bought_followers}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name for people, e.g. "bought followers". */
  public String label() {
    return key().replace('_', ' ');
  }

  /** The manipulation with this machine name (case-insensitive; {@code -} for {@code _}). */
  public static Manipulation ofKey(String key) {
    for (Manipulation m : values()) {
      if (m.key().equalsIgnoreCase(key.trim().replace('-', '_'))) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown manipulation '" + key
        + "': expected bought_followers, bought_likes or comment_farm");
  }

  /**
   * The direction in z units for an account of {@code log10Followers}, indexed by signal ordinal
   * (0 where the manipulation leaves the signal alone, NaN where the signal is unusable).
   */
  public double[] direction(ExpectationModel model, double log10Followers) {
    return direction(model, log10Followers, false);
  }

  /**
   * As {@link #direction(ExpectationModel, double)}, for a KOL measured on per-creator averages
   * when {@code fromAverages}: an average is a mean over all posts, so bought likes raise {@link
   * Signal#ENGAGEMENT} in full (+1) and a comment farm by the comments it adds (+½), where the
   * median over a KOL's notes barely moves when only some notes are touched (0).
   */
  public double[] direction(ExpectationModel model, double log10Followers, boolean fromAverages) {
    Signal[] all = Signal.values();
    double[] d = new double[all.length];
    double largest = 0;
    for (Signal s : all) {
      SignalFit f = model.fit(s);
      if (!f.usable()) {
        d[s.ordinal()] = Double.NaN;
        continue;
      }
      double raw = rawDirection(s, f, log10Followers, fromAverages);
      if (s.ratio() && raw != 0) {
        d[s.ordinal()] = raw / f.spread(log10Followers);
        largest = Math.max(largest, Math.abs(d[s.ordinal()]));
      } else {
        d[s.ordinal()] = raw;
      }
    }
    if (largest > 0) {
      for (Signal s : all) {
        if (s.ratio() && !Double.isNaN(d[s.ordinal()])) {
          d[s.ordinal()] /= largest;
        }
      }
    }
    return d;
  }

  private double rawDirection(Signal s, SignalFit f, double x, boolean fromAverages) {
    switch (this) {
      case BOUGHT_FOLLOWERS:
        if (s == Signal.REACH || s == Signal.ENGAGEMENT || s == Signal.LIFETIME
            || s == Signal.NOTES_PER_FOLLOWER) {
          return -Math.max(0.1, 1 + f.slope(x));
        }
        return 0;
      case BOUGHT_LIKES:
        switch (s) {
          case LIKES_PER_VIEW:
            return 1;
          case COMMENTS_PER_LIKE:
          case COLLECTS_PER_LIKE:
          case SHARES_PER_LIKE:
          case AUTHENTIC_SHARE:
            return -1;
          case LIKE_SPIKE:
          case LIKE_DISPERSION:
            return 1;
          case ENGAGEMENT:
            return fromAverages ? 1 : 0;
          default:
            return 0;
        }
      case COMMENT_FARM:
        if (s == Signal.AUTHENTIC_SHARE) {
          return -1;
        }
        if (s == Signal.ENGAGEMENT) {
          return fromAverages ? 0.5 : 0;
        }
        return s == Signal.COMMENTS_PER_LIKE || s == Signal.COMMENT_SPIKE ? 1 : 0;
      default:
        throw new AssertionError(this);
    }
  }
}
