package org.kolscope.evidence;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of {@link Evidence}: one {@link KolEvidence} per KOL, in the accounts' order, and the
 * model behind them.
 *
 * @param kols per KOL, its signals, scores, verdict and reasons
 * @param model the expectation model
 * @param correlation the robust correlation of the signals' z-scores (signal order)
 * @param nulls the empirical null of each kind's score
 * @param falseAlarm the false-alarm rate of {@code suspicious}
 * @param reviewRate the rate of {@code review} or worse among honest KOLs
 */
public record EvidenceResult(
    List<KolEvidence> kols,
    ExpectationModel model,
    double[][] correlation,
    Map<Manipulation, EmpiricalNull> nulls,
    double falseAlarm,
    double reviewRate)
    implements Tabular {

  public EvidenceResult {
    kols = List.copyOf(kols);
    nulls = new EnumMap<>(nulls);
  }

  /** KOLs per verdict, in verdict order. */
  public Map<Verdict, Integer> verdictCounts() {
    Map<Verdict, Integer> out = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      out.put(v, 0);
    }
    kols.forEach(k -> out.merge(k.verdict(), 1, Integer::sum));
    return out;
  }

  /**
   * One row per KOL: {@code kol_id, verdict}, the standardised score of each kind ({@code
   * score_bought_followers}, …), each signal's z ({@code z_reach}, …) and {@code reasons}.
   */
  @Override
  public Table toTable() {
    StringColumn id = StringColumn.create("kol_id");
    StringColumn verdict = StringColumn.create("verdict");
    StringColumn reasons = StringColumn.create("reasons");
    Map<Manipulation, DoubleColumn> scores = new EnumMap<>(Manipulation.class);
    for (Manipulation m : Manipulation.values()) {
      scores.put(m, DoubleColumn.create("score_" + m.key()));
    }
    Map<Signal, DoubleColumn> zs = new EnumMap<>(Signal.class);
    for (Signal s : Signal.values()) {
      zs.put(s, DoubleColumn.create("z_" + s.key()));
    }
    for (KolEvidence k : kols) {
      id.append(k.kolId());
      verdict.append(k.verdict().label());
      reasons.append(String.join("; ", k.reasons()));
      for (Manipulation m : Manipulation.values()) {
        KindScore s = k.score(m);
        if (s == null) {
          scores.get(m).appendMissing();
        } else {
          scores.get(m).append(s.score());
        }
      }
      for (Signal s : Signal.values()) {
        SignalReading r = k.reading(s);
        if (r == null) {
          zs.get(s).appendMissing();
        } else {
          zs.get(s).append(r.z());
        }
      }
    }
    Table t = Table.create("evidence", id, verdict);
    scores.values().forEach(t::addColumns);
    zs.values().forEach(t::addColumns);
    return t.addColumns(reasons);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Evidence audit: ").append(kols.size()).append(" KOLs; ");
    verdictCounts().forEach((v, c) -> sb.append(v.label()).append(' ').append(c).append("  "));
    return sb.toString().trim();
  }
}
