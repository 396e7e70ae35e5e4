package org.kolscope.evidence;

import java.util.List;

/**
 * The evidence of one kind of manipulation on one KOL that reached the {@code review} threshold.
 *
 * @param kolId the KOL
 * @param kind the manipulation
 * @param score the standardised evidence score
 * @param threshold the threshold it reached
 * @param suspicious whether that is the {@code suspicious} threshold (else {@code review})
 * @param rate the share of honest KOLs the threshold allows
 * @param drivers the readings behind the score, strongest first
 * @param reason the finding in words and numbers
 */
public record KindFinding(String kolId, Manipulation kind, double score, double threshold,
    boolean suspicious, double rate, List<SignalReading> drivers, String reason) implements Finding {
  public KindFinding {
    drivers = List.copyOf(drivers);
  }
}
