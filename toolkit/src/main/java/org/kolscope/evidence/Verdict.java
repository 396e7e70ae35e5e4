package org.kolscope.evidence;

import java.util.Locale;

/**
 * A KOL's verdict. {@link #SUSPICIOUS}: the evidence of some manipulation exceeds the threshold
 * set by the false-alarm rate; {@link #REVIEW}: borderline evidence; {@link #OK}: checked, nothing
 * found; {@link #NOT_CHECKED}: no signal could be judged, so nothing is claimed.
 */
public enum Verdict {
  OK,
  REVIEW,
  SUSPICIOUS,
  NOT_CHECKED;

  /** Lower-case name, as written in tables and JSON ({@code not_checked}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label (case-insensitive; a space or {@code -} for {@code _}). */
  public static Verdict parse(String s) {
    String t = s.trim().replace(' ', '_').replace('-', '_');
    for (Verdict v : values()) {
      if (v.label().equalsIgnoreCase(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown verdict '" + s + "': expected ok, review, suspicious or not_checked");
  }

  /** Whether the verdict flags the KOL (review or suspicious). */
  public boolean flagged() {
    return this == REVIEW || this == SUSPICIOUS;
  }
}
