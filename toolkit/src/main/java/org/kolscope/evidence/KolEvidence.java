package org.kolscope.evidence;

import java.util.List;
import java.util.Map;

/**
 * Everything the evidence model found on one KOL.
 *
 * @param kolId the KOL
 * @param followers its followers (NaN when unknown)
 * @param signals the signals judged, in signal order
 * @param notChecked the signals that could not be judged, with the reason
 * @param scores the kinds of manipulation checked, in kind order
 * @param verdict the verdict
 * @param findings the kinds whose evidence reached the review threshold, strongest first (empty
 *     for {@code ok}; for {@code not_checked}, empty and {@link #reasons} says why)
 */
public record KolEvidence(
    String kolId,
    double followers,
    List<SignalReading> signals,
    Map<Signal, String> notChecked,
    List<KindScore> scores,
    Verdict verdict,
    List<KindFinding> findings) {

  public KolEvidence {
    signals = List.copyOf(signals);
    notChecked = Signal.inOrder(notChecked);
    scores = List.copyOf(scores);
    findings = List.copyOf(findings);
  }

  /** The verdict's reasons in words and numbers. */
  public List<String> reasons() {
    if (verdict == Verdict.NOT_CHECKED) {
      return List.of(Reasons.notChecked(notChecked));
    }
    return findings.stream().map(KindFinding::reason).toList();
  }

  /** The reading of {@code s}, or null when it was not judged. */
  public SignalReading reading(Signal s) {
    for (SignalReading r : signals) {
      if (r.signal() == s) {
        return r;
      }
    }
    return null;
  }

  /** The score of {@code kind}, or null when it was not checked. */
  public KindScore score(Manipulation kind) {
    for (KindScore k : scores) {
      if (k.kind() == kind) {
        return k;
      }
    }
    return null;
  }

  /** The kind with the highest score, or null when none was checked. */
  public KindScore strongest() {
    KindScore best = null;
    for (KindScore k : scores) {
      if (best == null || k.score() > best.score()) {
        best = k;
      }
    }
    return best;
  }
}
