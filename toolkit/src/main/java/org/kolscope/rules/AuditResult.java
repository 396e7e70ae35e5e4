package org.kolscope.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kolscope.core.Cells;
import org.kolscope.core.Fields;
import org.kolscope.core.Numbers;
import org.kolscope.core.RowTiers;
import org.kolscope.core.Schema;
import org.kolscope.core.Tabular;
import org.kolscope.core.Tiers;
import org.kolscope.evidence.Evaluation;
import org.kolscope.evidence.EvidenceResult;
import org.kolscope.evidence.Finding;
import org.kolscope.evidence.KindScore;
import org.kolscope.evidence.KolEvidence;
import org.kolscope.evidence.Manipulation;
import org.kolscope.evidence.Signal;
import org.kolscope.evidence.SignalFit;
import org.kolscope.evidence.SignalReading;
import org.kolscope.evidence.Verdict;
import org.kolscope.metrics.Interactions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of an {@link Audit}.
 *
 * <p>The verdict of each KOL comes from the evidence model ({@link EvidenceResult}): {@code
 * suspicious} when the evidence of a kind of manipulation passes the level the false-alarm rate
 * allows, {@code review} when it passes the review level, {@code not_checked} when no signal could
 * be judged, else {@code ok}. The field guide's rules R1–R7 are context: shown, never deciding.
 *
 * @param kols one row per KOL: its input columns, {@code tier}, ratios, note aggregates, {@value
 *     #VERDICT}, {@value #REASONS} (the evidence in words and numbers), {@value #RULES} (the fired
 *     rules), {@value #NOT_CHECKED} (signals that could not be judged, and why), {@code
 *     score_<kind>}, {@code z_<signal>} and {@code missing_reasons}
 * @param notes the notes with their ratios, or {@code null}
 * @param findings every rule's findings, including {@link Severity#UNKNOWN} ones
 * @param evidence the evidence model's result, one {@link KolEvidence} per row of {@code kols}
 * @param duplicates repeated {@code kol_id}s of the accounts and how each was resolved
 * @param tiers the tiers used
 * @param interactions the definition of interactions used
 * @param rules the rules applied
 * @param notesOfUnknownKols notes whose {@code kol_id} is not among the accounts (left out)
 * @param noteCount the notes given, or -1 when none were (with notes held elsewhere, e.g. by Apache
 *     Spark, {@code notes} is null and this is their number)
 */
public record AuditResult(
    Table kols,
    Table notes,
    List<Flag> findings,
    EvidenceResult evidence,
    List<DuplicateKol> duplicates,
    Tiers tiers,
    Interactions interactions,
    List<Rule> rules,
    int notesOfUnknownKols,
    long noteCount)
    implements Tabular {

  /** Verdict column of {@link #kols}. */
  public static final String VERDICT = "verdict";
  /** Reasons column of {@link #kols}: the evidence behind the verdict. */
  public static final String REASONS = "reasons";
  /** Rules column of {@link #kols}: the field-guide rules that fired (context). */
  public static final String RULES = "rules";
  /** Prefix of the evidence score columns, e.g. {@code score_bought_likes}. */
  public static final String SCORE_PREFIX = "score_";
  /** Prefix of the signal z-score columns, e.g. {@code z_reach}. */
  public static final String Z_PREFIX = "z_";
  /** Not-checked column of {@link #kols}. */
  public static final String NOT_CHECKED = "not_checked";
  /** Label of KOLs whose followers are unknown ({@link RowTiers#NO_TIER}). */
  public static final String NO_TIER = RowTiers.NO_TIER;

  public AuditResult {
    findings = List.copyOf(findings);
    duplicates = List.copyOf(duplicates);
    rules = List.copyOf(rules);
  }

  /** The KOLs table. */
  @Override
  public Table toTable() {
    return kols;
  }

  /** The fired flags: {@code kol_id, rule, severity, reason, value, threshold}. */
  public Table flags() {
    return Flag.toTable("flags", findings.stream().filter(f -> f.severity().fired()).toList());
  }

  /** The fired flags of one KOL, most severe first (a scan of all findings; see {@link #flagsByKol}). */
  public List<Flag> flagsOf(String kolId) {
    return findings.stream()
        .filter(f -> f.kolId().equals(kolId) && f.severity().fired())
        .sorted(Comparator.comparing(Flag::severity).reversed())
        .toList();
  }

  /** The fired flags of every KOL that has one, most severe first, in one pass. */
  public Map<String, List<Flag>> flagsByKol() {
    Map<String, List<Flag>> out = new LinkedHashMap<>();
    for (Flag f : findings) {
      if (f.severity().fired()) {
        out.computeIfAbsent(f.kolId(), k -> new ArrayList<>()).add(f);
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(Flag::severity).reversed()));
    return out;
  }

  /** The verdict of one KOL. */
  public Verdict verdictOf(String kolId) {
    for (int r = 0; r < kols.rowCount(); r++) {
      if (Cells.text(kols, Schema.KOL_ID, r).equals(kolId)) {
        return evidence.kols().get(r).verdict();
      }
    }
    throw new IllegalArgumentException("no KOL '" + kolId + "' in this audit");
  }

  /** Every KOL's audit as a typed record, in the order of {@link #kols}. */
  public List<KolAudit> kolAudits() {
    Map<String, List<Flag>> fired = flagsByKol();
    List<KolAudit> out = new ArrayList<>(kols.rowCount());
    for (int r = 0; r < kols.rowCount(); r++) {
      out.add(kolAudit(r, fired));
    }
    return out;
  }

  /** The audit of the KOL on row {@code r}, with its fired rules from {@code fired}. */
  private KolAudit kolAudit(int r, Map<String, List<Flag>> fired) {
    KolEvidence e = evidence.kols().get(r);
    List<Finding> f = new ArrayList<>(e.findings());
    f.addAll(fired.getOrDefault(e.kolId(), List.of()));
    return new KolAudit(e.kolId(), Cells.text(kols, Schema.NAME, r), Cells.text(kols, Schema.TIER, r),
        e.followers(), e.verdict(), e.signals(), e.notChecked(), e.scores(), f);
  }

  /**
   * The verdicts against labels: precision, recall and the false-alarm rate, overall, per kind and
   * per tier ({@link Evaluation}).
   *
   * @param labels kol_id → {@code honest} or a manipulation ({@code bought_followers}, …)
   */
  public Evaluation evaluate(Map<String, String> labels) {
    Map<String, String> tierOf = new LinkedHashMap<>();
    for (int r = 0; r < kols.rowCount(); r++) {
      tierOf.put(Cells.text(kols, Schema.KOL_ID, r), tierOf(r));
    }
    return Evaluation.of(evidence.kols(), labels, tierOf, evidence.falseAlarm());
  }

  /** {@link #evaluate(Map)} with the labels in a column of the accounts (e.g. {@code truth}). */
  public Evaluation evaluate(String labelColumn) {
    Cells.require(kols, labelColumn, "evaluation");
    Map<String, String> labels = new LinkedHashMap<>();
    for (int r = 0; r < kols.rowCount(); r++) {
      labels.put(Cells.text(kols, Schema.KOL_ID, r), Cells.text(kols, labelColumn, r));
    }
    return evaluate(labels);
  }

  private String tierOf(int r) {
    String t = Cells.text(kols, Schema.TIER, r);
    return t.isEmpty() ? NO_TIER : t;
  }

  private List<String> tierLabels() {
    List<String> out = new ArrayList<>(tiers.labels());
    for (int r = 0; r < kols.rowCount(); r++) {
      if (tierOf(r).equals(NO_TIER)) {
        out.add(NO_TIER);
        break;
      }
    }
    return out;
  }

  /** KOLs per verdict, in verdict order. */
  public Map<String, Integer> verdictCounts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      out.put(v.label(), 0);
    }
    for (KolEvidence k : evidence.kols()) {
      out.merge(k.verdict().label(), 1, Integer::sum);
    }
    return out;
  }

  /** KOLs per tier and verdict, in tier order. */
  public Map<String, Map<String, Integer>> verdictsByTier() {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String t : tierLabels()) {
      Map<String, Integer> m = new LinkedHashMap<>();
      m.put("kols", 0);
      for (Verdict v : Verdict.values()) {
        m.put(v.label(), 0);
      }
      out.put(t, m);
    }
    for (int r = 0; r < kols.rowCount(); r++) {
      Map<String, Integer> m = out.get(tierOf(r));
      m.merge("kols", 1, Integer::sum);
      m.merge(evidence.kols().get(r).verdict().label(), 1, Integer::sum);
    }
    return out;
  }

  /**
   * How often each rule fired per tier: columns {@code tier, rule, kols, checked, fired, fired /
   * checked} ({@code checked} leaves out KOLs the rule could not check; the rate is missing when
   * none was checked).
   */
  public Table firingRates() {
    StringColumn tier = StringColumn.create("tier");
    StringColumn rule = StringColumn.create("rule");
    IntColumn n = IntColumn.create("kols");
    IntColumn checked = IntColumn.create("checked");
    IntColumn fired = IntColumn.create("fired");
    DoubleColumn rate = DoubleColumn.create("firing_rate");
    Map<String, String> tierByKol = new LinkedHashMap<>();
    Map<String, Integer> size = new LinkedHashMap<>();
    for (int r = 0; r < kols.rowCount(); r++) {
      tierByKol.put(Cells.text(kols, Schema.KOL_ID, r), tierOf(r));
      size.merge(tierOf(r), 1, Integer::sum);
    }
    Map<String, int[]> counts = new java.util.HashMap<>(); // tier + '\u0000' + rule -> {unknown, fired}
    for (Flag f : findings) {
      int[] c = counts.computeIfAbsent(tierByKol.get(f.kolId()) + '\u0000' + f.rule(), x -> new int[2]);
      c[f.severity().fired() ? 1 : 0]++;
    }
    for (String t : tierLabels()) {
      for (Rule ru : rules) {
        int[] c = counts.getOrDefault(t + '\u0000' + ru.label(), new int[2]);
        int k = size.getOrDefault(t, 0);
        tier.append(t);
        rule.append(ru.label());
        n.append(k);
        checked.append(k - c[0]);
        fired.append(c[1]);
        if (k - c[0] > 0) {
          rate.append((double) c[1] / (k - c[0]));
        } else {
          rate.appendMissing();
        }
      }
    }
    return Table.create("rule firing rates", tier, rule, n, checked, fired, rate);
  }

  /**
   * The summary as nested maps and lists (for JSON): {@code kols}, {@code notes}, {@code tiers},
   * {@code interactions}, {@code verdicts}, {@code by_tier}, {@code rule_firing} and {@code
   * notes_of_unknown_kols}.
   */
  public Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kols", kols.rowCount());
    s.put("notes", Math.max(0, noteCount));
    s.put("tiers", tiers.name());
    s.put("interactions", interactions.definition());
    s.put("false_alarm", evidence.falseAlarm());
    s.put("review_rate", evidence.reviewRate());
    s.put("verdicts", verdictCounts());
    Map<String, Object> signals = new LinkedHashMap<>();
    for (Signal sig : Signal.values()) {
      SignalFit f = evidence.model().fit(sig);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kols", f.n());
      m.put("used", f.usable());
      if (!f.usable()) {
        m.put("why_not", f.unusable());
      }
      signals.put(sig.key(), m);
    }
    s.put("signals", signals);
    s.put("duplicates_resolved", duplicates.stream().map(d -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kol_id", d.kolId());
      m.put("kept_row", d.keptRow());
      m.put("dropped_rows", d.droppedRows());
      return m;
    }).toList());
    s.put("by_tier", verdictsByTier());
    List<Map<String, Object>> rates = new ArrayList<>();
    Table fr = firingRates();
    for (int r = 0; r < fr.rowCount(); r++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("tier", fr.stringColumn("tier").get(r));
      m.put("rule", fr.stringColumn("rule").get(r));
      m.put("kols", fr.intColumn("kols").get(r));
      m.put("checked", fr.intColumn("checked").get(r));
      m.put("fired", fr.intColumn("fired").get(r));
      DoubleColumn c = fr.doubleColumn("firing_rate");
      m.put("rate", c.isMissing(r) ? null : c.get(r));
      rates.add(m);
    }
    s.put("rule_firing", rates);
    s.put("notes_of_unknown_kols", notesOfUnknownKols);
    return s;
  }

  /**
   * The rows of {@link #kols} judged {@code suspicious} or {@code review}, worst first (verdict,
   * then the strongest evidence).
   */
  public List<Integer> offenders() {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < kols.rowCount(); r++) {
      if (evidence.kols().get(r).verdict().flagged()) {
        rows.add(r);
      }
    }
    rows.sort(Comparator.comparingInt((Integer r) -> evidence.kols().get(r).verdict() == Verdict.SUSPICIOUS ? 0 : 1)
        .thenComparingDouble(r -> -strongest(r)));
    return rows;
  }

  private double strongest(int r) {
    KindScore s = evidence.kols().get(r).strongest();
    return s == null ? Double.NEGATIVE_INFINITY : s.score();
  }

  /**
   * Every KOL's audit as its views show it ({@link KolRow}: the JSON's {@code kols}, the table a
   * notebook shows), in the order of {@link #kols}.
   */
  public List<KolRow> kolRows() {
    List<KolRow> out = new ArrayList<>(kols.rowCount());
    kolRowsOneByOne().forEach(out::add);
    return out;
  }

  /**
   * {@link #kolRows()} made one at a time as they are asked for: a writer that writes each row
   * and lets it go never holds them all (at 10M notes, 500,000 KOLs' rows and audits beside the
   * result they are made from).
   */
  private Iterable<KolRow> kolRowsOneByOne() {
    return () -> new java.util.Iterator<KolRow>() {
      private final Map<String, List<Flag>> fired = flagsByKol();
      private int r;

      @Override
      public boolean hasNext() {
        return r < kols.rowCount();
      }

      @Override
      public KolRow next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        KolRow row = kolRow(kolAudit(r, fired), evidence.kols().get(r));
        r++;
        return row;
      }
    };
  }

  private static KolRow kolRow(KolAudit k, KolEvidence e) {
    return new KolRow(k.kolId(), k.name().isEmpty() ? null : k.name(),
        k.tier().isEmpty() ? null : k.tier(), k.followers(), k.verdict(), e.reasons(),
        k.signals().stream().map(AuditResult::signal).toList(),
        k.notChecked().keySet().stream().sorted().map(Signal::key).toList(),
        k.scores().stream().map(s -> new KolRow.Score(s.kind().key(), s.score(), s.pValue())).toList(),
        k.rules().stream().map(f -> new KolRow.FiredRule(f.rule(), f.severity().label(),
            f.reason(), f.value(), f.threshold())).toList());
  }

  private static KolRow.SignalValue signal(SignalReading r) {
    return new KolRow.SignalValue(r.signal().key(), r.value(), r.expected(), r.z());
  }

  /**
   * The whole result as nested maps and lists, the shape of {@code kolscope audit --json}: {@code
   * {"kols": [...], "summary": {...}}}, each KOL a {@link KolRow} with the keys {@link Fields}
   * gives its fields ({@code kol_id}, {@code name}, {@code tier}, {@code followers}, {@code
   * verdict}, {@code reasons}, {@code signals}, {@code not_checked}, {@code scores}, {@code
   * flags}). Non-finite numbers are null.
   */
  public Map<String, Object> toJson() {
    return document(Fields.plain(kolRows()));
  }

  /**
   * {@link #toJson()}'s document with each KOL left a {@link KolRow} record, made as it is
   * written: written by Jackson with {@link Fields}' names it is the same JSON, without first
   * turning every KOL into a map, nor holding every KOL's row at once (for a writer of a large
   * result, such as {@code kolscope audit --json}). Its {@code kols} is an {@link Iterable} that
   * makes the rows anew each time it is iterated.
   */
  public Map<String, Object> toJsonRecords() {
    return document(kolRowsOneByOne());
  }

  private Map<String, Object> document(Object kols) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kols", kols);
    out.put("summary", summary());
    return out;
  }

  /**
   * What a notebook shows as this result's table: one row per KOL with the {@link KolRow} fields
   * that fit a cell ({@code kol_id, name, tier, followers, verdict, reasons, not_checked}), named
   * as in the JSON. {@link #toTable()} stays the full KOL table for further analysis.
   */
  @Override
  public Table view() {
    return Fields.table("KOL audit", KolRow.class, kolRows());
  }

  @Override
  public String toString() {
    return render(10);
  }

  /** The readable report with at most {@code maxOffenders} offenders listed. */
  public String render(int maxOffenders) {
    StringBuilder sb = new StringBuilder();
    sb.append("KOL audit: ").append(kols.rowCount()).append(" KOLs");
    if (noteCount >= 0) {
      sb.append(", ").append(noteCount).append(" notes");
    }
    sb.append("; tiers ").append(tiers.name()).append("; ").append(interactions).append('\n');
    if (notesOfUnknownKols > 0) {
      sb.append("  (").append(notesOfUnknownKols)
          .append(" notes of KOLs not among the accounts were left out)\n");
    }
    for (DuplicateKol d : duplicates) {
      sb.append("  (repeated ").append(d).append(")\n");
    }
    sb.append(String.format(Locale.ROOT, "Suspicious at a false-alarm rate of %s of honest KOLs; review at %s.%n",
        Numbers.percent(evidence.falseAlarm()), Numbers.percent(evidence.reviewRate())));
    Map<String, Integer> vc = verdictCounts();
    sb.append("Verdicts: ");
    vc.forEach((k, v) -> sb.append(k).append(' ').append(v).append("   "));
    sb.setLength(sb.length() - 3);
    sb.append("\n\nBy tier:\n");
    sb.append(String.format(Locale.ROOT, "  %-22s %6s %6s %7s %11s %12s%n", "tier", "KOLs", "ok",
        "review", "suspicious", "not checked"));
    Map<String, Map<String, Integer>> bt = verdictsByTier();
    for (Map.Entry<String, Map<String, Integer>> e : bt.entrySet()) {
      int i = tiers.indexOfLabel(e.getKey());
      String name = i < 0 ? e.getKey() : e.getKey() + " (" + tiers.range(i) + ")";
      Map<String, Integer> m = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-22s %6d %6d %7d %11d %12d%n", name, m.get("kols"),
          m.get("ok"), m.get("review"), m.get("suspicious"), m.get("not_checked")));
    }
    sb.append("\nSignals judged (KOLs):");
    for (Signal sig : Signal.values()) {
      SignalFit f = evidence.model().fit(sig);
      if (f.usable()) {
        sb.append(' ').append(sig.key()).append(' ').append(f.n()).append(',');
      }
    }
    sb.setLength(sb.length() - 1);
    sb.append('\n');
    List<Integer> off = offenders();
    if (!off.isEmpty()) {
      sb.append("\nWorst offenders").append(off.size() > maxOffenders
          ? " (" + maxOffenders + " of " + off.size() + ")" : "").append(":\n");
      Map<String, List<Flag>> fired = flagsByKol();
      for (int r : off.subList(0, Math.min(maxOffenders, off.size()))) {
        KolEvidence e = evidence.kols().get(r);
        String name = Cells.text(kols, Schema.NAME, r);
        sb.append("  ").append(e.kolId()).append(name.isEmpty() || name.equals(e.kolId()) ? "" : " " + name)
            .append(" — ").append(e.verdict().label()).append(", ")
            .append(tierOf(r)).append(", ")
            .append(Numbers.readable(Cells.number(kols, Schema.FOLLOWERS, r))).append(" followers\n");
        for (String reason : e.reasons()) {
          sb.append("    - ").append(reason).append('\n');
        }
        for (Flag f : fired.getOrDefault(e.kolId(), List.of())) {
          sb.append("    · ").append(f.rule()).append(" [").append(f.severity().label())
              .append("] ").append(f.reason()).append('\n');
        }
      }
    }
    sb.append("\nField-guide rules (context, not verdicts), fired / checked per tier:\n");
    List<String> labels = tierLabels();
    sb.append(String.format(Locale.ROOT, "  %-22s", "rule"));
    for (String t : labels) {
      sb.append(String.format(Locale.ROOT, " %14s", t));
    }
    sb.append('\n');
    Table fr = firingRates();
    for (Rule ru : rules) {
      sb.append(String.format(Locale.ROOT, "  %-22s", ru.label()));
      for (int r = 0; r < fr.rowCount(); r++) {
        if (fr.stringColumn("rule").get(r).equals(ru.label())) {
          int c = fr.intColumn("checked").get(r);
          String cell = c == 0 ? "–" : fr.intColumn("fired").get(r) + "/" + c + " "
              + String.format(Locale.ROOT, "%.0f%%", 100.0 * fr.intColumn("fired").get(r) / c);
          sb.append(String.format(Locale.ROOT, " %14s", cell));
        }
      }
      sb.append('\n');
    }
    long notJudged = evidence.kols().stream().filter(k -> k.verdict() == Verdict.NOT_CHECKED).count();
    if (notJudged > 0) {
      sb.append("\nNot checked: ").append(notJudged)
          .append(" KOLs had no signal that could be judged (column not_checked says why)\n");
    }
    return sb.toString();
  }
}
