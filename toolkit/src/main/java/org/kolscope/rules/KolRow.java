package org.kolscope.rules;

import java.util.List;
import org.kolscope.core.Fields;
import org.kolscope.evidence.Verdict;

/**
 * One KOL's audit as every view shows it, described once: the entries of {@code kolscope audit
 * --json}'s {@code kols} (keys from {@link Fields}), the table a notebook shows
 * for an {@link AuditResult} ({@link AuditResult#view()}: the scalar and text-list fields) and the
 * columns the report's KOL table names ({@code data-key}).
 *
 * @param kolId the KOL
 * @param name its name, or null when unknown
 * @param tier its tier label, or null when its followers are unknown
 * @param followers its followers (NaN when unknown; null in JSON)
 * @param verdict the verdict, from the evidence
 * @param reasons the evidence behind the verdict, in words and numbers
 * @param signals each judged signal: value, expected value at the KOL's size, z-score
 * @param notChecked the keys of the signals that could not be judged, sorted
 * @param scores the evidence score of each kind of manipulation checked
 * @param flags the field-guide rules that fired (context), most severe first
 */
public record KolRow(String kolId, String name, String tier, double followers, Verdict verdict,
    List<String> reasons, List<SignalValue> signals, List<String> notChecked, List<Score> scores,
    List<FiredRule> flags) {
  public KolRow {
    reasons = List.copyOf(reasons);
    signals = List.copyOf(signals);
    notChecked = List.copyOf(notChecked);
    scores = List.copyOf(scores);
    flags = List.copyOf(flags);
  }

  /**
   * One judged signal.
   *
   * @param name the signal's key ({@code reach}, …)
   * @param value the KOL's value
   * @param expected the value expected at its size
   * @param z the robust z-score of the difference
   */
  public record SignalValue(String name, double value, double expected, double z) {}

  /**
   * The evidence of one kind of manipulation.
   *
   * @param kind the kind's key ({@code bought_likes}, …)
   * @param score the evidence score
   * @param pValue its p-value
   */
  public record Score(String kind, double score, double pValue) {}

  /**
   * A field-guide rule that fired.
   *
   * @param rule the rule's label
   * @param severity the severity's label
   * @param reason why, in words and numbers
   * @param value the value the rule compared
   * @param threshold the threshold it compared with
   */
  public record FiredRule(String rule, String severity, String reason, double value, double threshold) {}
}
