package org.kolscope.testdata;

import java.util.Locale;

/**
 * Ground-truth label of the labelled generators ({@link LabelledRed}, {@link LabelledCreators}):
 * written as the lower-case {@link #label()} in their {@value #COLUMN} columns.
 */
public enum Truth {
  HONEST,
  BOUGHT_FOLLOWERS,
  BOUGHT_LIKES,
  COMMENT_FARM;

  /** Name of the label column on accounts, notes and creators. */
  public static final String COLUMN = "truth";

  /** {@code honest}, {@code bought_followers}, {@code bought_likes}, {@code comment_farm}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The manipulation kinds (all but {@link #HONEST}), in the order shares are split. */
  public static final java.util.List<Truth> KINDS =
      java.util.List.of(BOUGHT_FOLLOWERS, BOUGHT_LIKES, COMMENT_FARM);

  /** Parses a {@link #label()}. */
  public static Truth parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
