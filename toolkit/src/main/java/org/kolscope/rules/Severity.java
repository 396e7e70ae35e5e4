package org.kolscope.rules;

import java.util.Locale;

/**
 * How much a flag weighs. {@link #UNKNOWN}: the rule could not be checked (views unknown, price
 * unknown, too few notes) — listed as "not checked", never a firing. {@link #INFO}: worth knowing,
 * no effect on the verdict. {@link #WARNING}: one warning makes a KOL {@code review}; warnings from
 * two different rules make it {@code suspicious}. {@link #ALERT}: {@code suspicious} on its own.
 */
public enum Severity {
  UNKNOWN,
  INFO,
  WARNING,
  ALERT;

  /** Lower-case name, as written in tables and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the rule fired (anything but {@link #UNKNOWN}). */
  public boolean fired() {
    return this != UNKNOWN;
  }
}
