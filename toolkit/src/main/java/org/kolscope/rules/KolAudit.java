package org.kolscope.rules;

import java.util.List;
import java.util.Map;
import org.kolscope.evidence.Finding;
import org.kolscope.evidence.KindFinding;
import org.kolscope.evidence.KindScore;
import org.kolscope.evidence.Signal;
import org.kolscope.evidence.SignalReading;
import org.kolscope.evidence.Verdict;

/**
 * One KOL's audit as a typed record: what it is, what was measured against what was expected,
 * the verdict and every finding.
 *
 * @param kolId the KOL
 * @param name its name ("" when unknown)
 * @param tier its tier label ("" when followers are unknown)
 * @param followers its followers (NaN when unknown)
 * @param verdict the verdict, from the evidence
 * @param signals each judged signal: value, expected value at the KOL's size, z-score
 * @param notChecked the signals that could not be judged, with the reason
 * @param scores the evidence score of each kind of manipulation checked
 * @param findings the evidence findings (deciding the verdict) and the fired rules (context)
 */
public record KolAudit(String kolId, String name, String tier, double followers, Verdict verdict,
    List<SignalReading> signals, Map<Signal, String> notChecked, List<KindScore> scores,
    List<Finding> findings) {
  public KolAudit {
    signals = List.copyOf(signals);
    notChecked = Signal.inOrder(notChecked);
    scores = List.copyOf(scores);
    findings = List.copyOf(findings);
  }

  /** The evidence findings (those that decide the verdict). */
  public List<KindFinding> evidence() {
    return findings.stream().filter(f -> f instanceof KindFinding).map(f -> (KindFinding) f).toList();
  }

  /** The field-guide rules that fired (context). */
  public List<Flag> rules() {
    return findings.stream().filter(f -> f instanceof Flag).map(f -> (Flag) f).toList();
  }
}
