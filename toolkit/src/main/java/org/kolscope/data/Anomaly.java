package org.kolscope.data;

import java.util.Locale;

/**
 * The ground-truth labels the {@link Generator} writes in column {@value Generator#ANOMALY} of both
 * tables. An account carries the label of the manipulation injected into it; a note carries it only
 * where that note's row was changed (see {@link Generator} for exactly how).
 */
public enum Anomaly {
  /** Organic: nothing injected. */
  NONE,
  /**
   * Followers inflated 4× or more, to over 2× likes_and_collects and below a third of the tier norm
   * after the account's organic numbers were drawn.
   */
  BOUGHT_FOLLOWERS,
  /** A few notes' likes multiplied 8–30× above the account's median note. */
  BOUGHT_LIKES,
  /** Half or more of the account's notes carry comments of 40–150 % of likes. */
  COMMENT_FARM;

  /** The label written in the data: {@code none}, {@code bought_followers}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The anomaly with this label (as written by {@link #label()}). */
  public static Anomaly fromLabel(String label) {
    for (Anomaly a : values()) {
      if (a.label().equals(label)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown anomaly label '"
            + label
            + "': expected none, bought_followers, bought_likes or"
            + " comment_farm");
  }
}
