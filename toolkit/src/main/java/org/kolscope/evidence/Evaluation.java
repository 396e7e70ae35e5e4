package org.kolscope.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How well the verdicts match labels: precision, recall and the false-alarm rate, overall, per
 * kind of manipulation and per tier. This is how a researcher with labelled data judges the audit.
 *
 * <p>Labels: {@code honest} (also {@code none}, {@code clean}) or a {@link Manipulation} key
 * ({@code bought_followers}, {@code bought_likes}, {@code comment_farm}). A KOL is <em>caught</em>
 * when its verdict is {@code suspicious}, <em>flagged</em> when it is {@code review} or {@code
 * suspicious}. With TP the manipulated KOLs caught, FP the honest KOLs caught: precision = TP / (TP
 * + FP), recall = TP / manipulated, false-alarm rate = FP / honest; the same with "flagged". Per
 * kind, precision is TP of that kind against all honest false alarms (the verdict names no kind).
 * A ratio with a zero denominator is NaN. KOLs without a label are left out and counted.
 *
 * @param rows {@code all}, then one per kind, then one per tier ({@code tier:<label>})
 * @param unlabelled KOLs without a label
 * @param falseAlarmAsked the false-alarm rate the audit was run at
 */
public record Evaluation(List<Row> rows, int unlabelled, double falseAlarmAsked) implements Tabular {
  /** The labels read as honest. */
  public static final Set<String> HONEST = Set.of("honest", "none", "clean");

  /**
   * One group's counts and rates.
   *
   * @param group {@code all}, a kind's key, or {@code tier:<label>}
   * @param honest honest KOLs in the group
   * @param manipulated manipulated KOLs in the group
   * @param caught manipulated KOLs judged suspicious
   * @param flagged manipulated KOLs judged review or suspicious
   * @param falseAlarms honest KOLs judged suspicious
   * @param honestFlagged honest KOLs judged review or suspicious
   * @param notChecked KOLs judged not_checked
   */
  public record Row(String group, int honest, int manipulated, int caught, int flagged,
      int falseAlarms, int honestFlagged, int notChecked) {
    /** TP / (TP + FP) for {@code suspicious}. */
    public double precision() {
      return ratio(caught, caught + falseAlarms);
    }

    /** TP / manipulated for {@code suspicious}. */
    public double recall() {
      return ratio(caught, manipulated);
    }

    /** FP / honest for {@code suspicious}. */
    public double falseAlarmRate() {
      return ratio(falseAlarms, honest);
    }

    /** Recall of {@code review} or worse. */
    public double flaggedRecall() {
      return ratio(flagged, manipulated);
    }

    /** Share of honest KOLs judged {@code review} or worse. */
    public double honestFlaggedRate() {
      return ratio(honestFlagged, honest);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : (double) a / b;
    }
  }

  public Evaluation {
    rows = List.copyOf(rows);
  }

  /**
   * Evaluates {@code kols}' verdicts.
   *
   * @param kols the judged KOLs
   * @param labels kol_id → label
   * @param tiers kol_id → tier label (may be empty)
   * @param falseAlarmAsked the false-alarm rate the audit used
   * @throws IllegalArgumentException on a label that is neither honest nor a kind, or when no KOL
   *     is labelled
   */
  public static Evaluation of(List<KolEvidence> kols, Map<String, String> labels,
      Map<String, String> tiers, double falseAlarmAsked) {
    Objects.requireNonNull(labels, "labels");
    Map<String, int[]> counts = new LinkedHashMap<>();
    counts.put("all", new int[7]);
    for (Manipulation m : Manipulation.values()) {
      counts.put(m.key(), new int[7]);
    }
    int unlabelled = 0;
    for (KolEvidence k : kols) {
      String label = labels.get(k.kolId());
      if (label == null || label.isBlank()) {
        unlabelled++;
        continue;
      }
      String l = label.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      boolean honest = HONEST.contains(l);
      if (!honest) {
        Manipulation.ofKey(l); // throws, naming the expected labels
      }
      String tier = tiers.get(k.kolId());
      add(counts.get("all"), honest, k.verdict());
      if (tier != null && !tier.isEmpty()) {
        add(counts.computeIfAbsent("tier:" + tier, x -> new int[7]), honest, k.verdict());
      }
      if (honest) {
        for (Manipulation m : Manipulation.values()) {
          add(counts.get(m.key()), true, k.verdict());
        }
      } else {
        add(counts.get(l), false, k.verdict());
      }
    }
    if (unlabelled == kols.size()) {
      throw new IllegalArgumentException("no KOL has a label (of " + kols.size()
          + "); labels are matched by kol_id: honest, bought_followers, bought_likes or comment_farm");
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((g, c) -> rows.add(new Row(g, c[0], c[1], c[2], c[3], c[4], c[5], c[6])));
    return new Evaluation(rows, unlabelled, falseAlarmAsked);
  }

  // c: {honest, manipulated, caught, flagged, falseAlarms, honestFlagged, notChecked}
  private static void add(int[] c, boolean honest, Verdict v) {
    c[honest ? 0 : 1]++;
    if (honest) {
      c[4] += v == Verdict.SUSPICIOUS ? 1 : 0;
      c[5] += v.flagged() ? 1 : 0;
    } else {
      c[2] += v == Verdict.SUSPICIOUS ? 1 : 0;
      c[3] += v.flagged() ? 1 : 0;
    }
    c[6] += v == Verdict.NOT_CHECKED ? 1 : 0;
  }

  /** The row of a group ({@code all}, a kind's key, or {@code tier:<label>}). */
  public Row row(String group) {
    return rows.stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("no group '" + group + "'; groups are "
            + rows.stream().map(Row::group).toList()));
  }

  @Override
  public Table toTable() {
    StringColumn g = StringColumn.create("group");
    IntColumn h = IntColumn.create("honest");
    IntColumn m = IntColumn.create("manipulated");
    DoubleColumn p = DoubleColumn.create("precision");
    DoubleColumn r = DoubleColumn.create("recall");
    DoubleColumn fa = DoubleColumn.create("false_alarm_rate");
    DoubleColumn fr = DoubleColumn.create("flagged_recall");
    DoubleColumn hf = DoubleColumn.create("honest_flagged_rate");
    IntColumn nc = IntColumn.create("not_checked");
    for (Row x : rows) {
      g.append(x.group());
      h.append(x.honest());
      m.append(x.manipulated());
      p.append(x.precision());
      r.append(x.recall());
      fa.append(x.falseAlarmRate());
      fr.append(x.flaggedRecall());
      hf.append(x.honestFlaggedRate());
      nc.append(x.notChecked());
    }
    return Table.create("evaluation", g, h, m, p, r, fa, fr, hf, nc);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "Detection against labels (suspicious = caught; false-alarm rate asked %.3g)%n", falseAlarmAsked));
    sb.append(String.format(Locale.ROOT, "  %-22s %7s %11s %9s %7s %11s %14s %14s%n", "group", "honest",
        "manipulated", "precision", "recall", "false alarm", "flagged recall", "honest flagged"));
    for (Row x : rows) {
      sb.append(String.format(Locale.ROOT, "  %-22s %7d %11d %9s %7s %11s %14s %14s%n", x.group(),
          x.honest(), x.manipulated(), f(x.precision()), f(x.recall()), f(x.falseAlarmRate()),
          f(x.flaggedRecall()), f(x.honestFlaggedRate())));
    }
    if (unlabelled > 0) {
      sb.append("  (").append(unlabelled).append(" KOLs without a label left out)\n");
    }
    return sb.toString();
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }
}
