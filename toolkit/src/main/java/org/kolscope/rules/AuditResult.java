package org.kolscope.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kolscope.io.Schema;
import org.kolscope.metrics.Cells;
import org.kolscope.metrics.Interactions;
import org.kolscope.report.Tabular;
import org.kolscope.tiers.Tiers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of an {@link Audit}.
 *
 * @param kols one row per KOL: its input columns, {@code tier}, ratios, note aggregates, {@value
 *     #VERDICT}, {@value #REASONS} (every fired flag in words and numbers), {@value #NOT_CHECKED}
 *     (rules that could not be checked, and why) and {@code missing_reasons}
 * @param notes the notes with their ratios, or {@code null}
 * @param findings every rule's findings, including {@link Severity#UNKNOWN} ones
 * @param tiers the tiers used
 * @param interactions the definition of interactions used
 * @param rules the rules applied
 * @param notesOfUnknownKols notes whose {@code kol_id} is not among the accounts (left out)
 */
public record AuditResult(
    Table kols,
    Table notes,
    List<Flag> findings,
    Tiers tiers,
    Interactions interactions,
    List<Rule> rules,
    int notesOfUnknownKols)
    implements Tabular {

  /** Verdict column of {@link #kols}. */
  public static final String VERDICT = "verdict";
  /** Reasons column of {@link #kols}. */
  public static final String REASONS = "reasons";
  /** Not-checked column of {@link #kols}. */
  public static final String NOT_CHECKED = "not_checked";
  /** Label of KOLs whose followers are unknown. */
  public static final String NO_TIER = "(no tier)";

  public AuditResult {
    findings = List.copyOf(findings);
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
        return Verdict.parse(kols.stringColumn(VERDICT).get(r));
      }
    }
    throw new IllegalArgumentException("no KOL '" + kolId + "' in this audit");
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
    for (int r = 0; r < kols.rowCount(); r++) {
      out.merge(kols.stringColumn(VERDICT).get(r), 1, Integer::sum);
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
      m.merge(kols.stringColumn(VERDICT).get(r), 1, Integer::sum);
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
    s.put("notes", notes == null ? 0 : notes.rowCount());
    s.put("tiers", tiers.name());
    s.put("interactions", interactions.definition());
    s.put("verdicts", verdictCounts());
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

  /** The rows of {@link #kols} that are not {@code ok}, worst first (verdict, then flag weight). */
  public List<Integer> offenders() {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < kols.rowCount(); r++) {
      if (!kols.stringColumn(VERDICT).get(r).equals(Verdict.OK.label())) {
        rows.add(r);
      }
    }
    Map<String, Integer> weight = new java.util.HashMap<>();
    for (Flag f : findings) {
      int w = f.severity() == Severity.ALERT ? 100 : f.severity() == Severity.WARNING ? 10
          : f.severity() == Severity.INFO ? 1 : 0;
      weight.merge(f.kolId(), w, Integer::sum);
    }
    rows.sort(Comparator.comparingInt(
            (Integer r) -> -Verdict.parse(kols.stringColumn(VERDICT).get(r)).ordinal())
        .thenComparingInt(r -> -weight.getOrDefault(Cells.text(kols, Schema.KOL_ID, r), 0)));
    return rows;
  }

  @Override
  public String toString() {
    return render(10);
  }

  /** The readable report with at most {@code maxOffenders} offenders listed. */
  public String render(int maxOffenders) {
    StringBuilder sb = new StringBuilder();
    sb.append("KOL audit: ").append(kols.rowCount()).append(" KOLs");
    if (notes != null) {
      sb.append(", ").append(notes.rowCount()).append(" notes");
    }
    sb.append("; tiers ").append(tiers.name()).append("; ").append(interactions).append('\n');
    if (notesOfUnknownKols > 0) {
      sb.append("  (").append(notesOfUnknownKols)
          .append(" notes of KOLs not among the accounts were left out)\n");
    }
    Map<String, Integer> vc = verdictCounts();
    sb.append("Verdicts: ");
    vc.forEach((k, v) -> sb.append(k).append(' ').append(v).append("   "));
    sb.setLength(sb.length() - 3);
    sb.append("\n\nBy tier:\n");
    sb.append(String.format(Locale.ROOT, "  %-22s %6s %6s %7s %11s%n", "tier", "KOLs", "ok", "review", "suspicious"));
    Map<String, Map<String, Integer>> bt = verdictsByTier();
    for (Map.Entry<String, Map<String, Integer>> e : bt.entrySet()) {
      int i = tiers.indexOfLabel(e.getKey());
      String name = i < 0 ? e.getKey() : e.getKey() + " (" + tiers.range(i) + ")";
      Map<String, Integer> m = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-22s %6d %6d %7d %11d%n", name, m.get("kols"),
          m.get("ok"), m.get("review"), m.get("suspicious")));
    }
    sb.append("\nRule firing rates per tier (fired / checked):\n");
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
    List<Integer> off = offenders();
    if (!off.isEmpty()) {
      sb.append("\nWorst offenders").append(off.size() > maxOffenders
          ? " (" + maxOffenders + " of " + off.size() + ")" : "").append(":\n");
      for (int r : off.subList(0, Math.min(maxOffenders, off.size()))) {
        String id = Cells.text(kols, Schema.KOL_ID, r);
        String name = Cells.text(kols, Schema.NAME, r);
        sb.append("  ").append(id).append(name.isEmpty() || name.equals(id) ? "" : " " + name)
            .append(" — ").append(kols.stringColumn(VERDICT).get(r)).append(", ")
            .append(tierOf(r)).append(", ")
            .append(Cells.fmt(Cells.number(kols, Schema.FOLLOWERS, r))).append(" followers\n");
        for (Flag f : flagsOf(id)) {
          sb.append("    - ").append(f.rule()).append(" [").append(f.severity().label())
              .append("] ").append(f.reason()).append('\n');
        }
      }
    }
    Map<String, Integer> unchecked = new LinkedHashMap<>();
    for (Flag f : findings) {
      if (!f.severity().fired()) {
        unchecked.merge(f.rule(), 1, Integer::sum);
      }
    }
    if (!unchecked.isEmpty()) {
      sb.append("\nNot checked (KOLs per rule; see column not_checked): ");
      unchecked.forEach((k, v) -> sb.append(k).append(' ').append(v).append(", "));
      sb.setLength(sb.length() - 2);
      sb.append('\n');
    }
    return sb.toString();
  }
}
