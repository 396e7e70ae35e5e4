package org.kolscope.rules;

import java.util.List;
import java.util.Locale;

/**
 * A KOL's verdict from its flags: {@link #SUSPICIOUS} with an {@code alert} flag or {@code
 * warning} flags from two or more different rules; {@link #REVIEW} with one rule's warning;
 * otherwise {@link #OK} ({@code info} flags and rules not checked do not count).
 *
 * <p>R1 and R2 both read likes_and_collects / followers: R1 against an absolute floor, R2 against
 * the tier's own fences. Both firing means the ratio is below the floor <em>and</em> extreme for
 * its tier, which is stronger evidence than either, though not independent evidence.
 */
public enum Verdict {
  OK,
  REVIEW,
  SUSPICIOUS;

  /** Lower-case name, as written in tables and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The verdict of one KOL's flags. */
  public static Verdict of(List<Flag> flags) {
    long warnedRules =
        flags.stream().filter(f -> f.severity() == Severity.WARNING).map(Flag::rule).distinct().count();
    if (flags.stream().anyMatch(f -> f.severity() == Severity.ALERT) || warnedRules >= 2) {
      return SUSPICIOUS;
    }
    return warnedRules == 1 ? REVIEW : OK;
  }

  /** Parses {@code ok}, {@code review} or {@code suspicious} (case-insensitive). */
  public static Verdict parse(String s) {
    for (Verdict v : values()) {
      if (v.label().equalsIgnoreCase(s.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + s + "': expected ok, review or suspicious");
  }
}
