package org.kolscope.rules;

import java.util.List;

/**
 * A due-diligence rule: reads the audited KOLs (and their notes) and returns its findings.
 *
 * <p>Contract: at most one {@link Flag} per KOL; a KOL the rule checked and found fine gets none; a
 * KOL it could not check gets a {@link Severity#UNKNOWN} flag saying why.
 */
public interface Rule {
  /** Short id, e.g. {@code R1}. */
  String id();

  /** Name, e.g. {@code fake-followers}. */
  String name();

  /** {@code id + " " + name}, as written in the flags table. */
  default String label() {
    return id() + " " + name();
  }

  /** The thresholds in words, for reports. */
  String describe();

  /** The findings on {@code data}. */
  List<Flag> check(AuditData data);
}
