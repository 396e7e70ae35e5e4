package org.kolscope.timing;

import static org.kolscope.stats.groups.ResultTable.fmt;
import static org.kolscope.stats.groups.ResultTable.fmtP;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kolscope.io.Schema;
import org.kolscope.metrics.Interactions;
import org.kolscope.report.Tabular;
import org.kolscope.stats.groups.CliffsDelta;
import org.kolscope.stats.groups.MannWhitney;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What to post and how to cooperate: engagement per follower of image against video notes, or of
 * gifted against paid ones, for all notes and per follower tier.
 *
 * <pre>{@code
 * Content.Result r = Content.of(notes).by(Content.CONTENT_TYPE).run();
 * r               // medians with CIs, Mann-Whitney, Cliff's delta, cost per engagement, per tier
 * r.toTable()     // one row per tier and group
 * }</pre>
 *
 * <p><b>Groups.</b> {@value #CONTENT_TYPE}: {@code image} against {@code video}, from the notes'
 * {@code content_type} (the loader reads 图文 and {@code normal} as image, 视频 as video).
 * {@value #COOPERATION}: {@code gifted} against {@code paid}, from a {@code cooperation} column when
 * the notes have one, else from {@code cost_rmb}: a fee above 0 is paid, 0 is gifted (product
 * seeding), and a note without a cost was not a cooperation and is left out. Other values are left
 * out and counted.
 *
 * <p><b>Per group:</b> notes, the median value with its percentile-bootstrap CI, and where notes
 * carry a fee ({@code cost_rmb} &gt; 0) the median cost per interaction (cost per engagement,
 * likes + collects + comments) over those notes. Gifted notes have no fee in the data (the product
 * is the price), so their cost per engagement is not known. <b>Between the groups:</b> a two-sided
 * Mann–Whitney U test ({@link MannWhitney}) and Cliff's delta ({@link CliffsDelta}), both of the
 * second group against the first (video against image, paid against gifted): δ &gt; 0 when the
 * second tends to engage more. A group with fewer than 2 notes leaves the test out, with a note.
 *
 * <p><b>Like with like.</b> As in {@link NoteAnalysis}: when the notes carry publication times,
 * notes younger than the minimum age at the crawl time are left out; values are per follower.
 * Comparing within tiers matters: gifting is common among small accounts, whose engagement per
 * follower is an order of magnitude higher, so pooled notes can show a gap that no tier has.
 */
public final class Content extends NoteAnalysis<Content> {
  /** Compare image against video notes. */
  public static final String CONTENT_TYPE = Schema.CONTENT_TYPE;
  /** Compare gifted against paid notes. */
  public static final String COOPERATION = Schema.COOPERATION;

  private String by = CONTENT_TYPE;
  private boolean perKol;

  private Content(Table notes) {
    super(notes);
  }

  /**
   * Starts a comparison of a notes table (not changed), by content type unless {@link #by} says
   * otherwise.
   *
   * @param notes one row per note (not null)
   * @return the comparison
   */
  public static Content of(Table notes) {
    return new Content(notes);
  }

  /**
   * What to compare: {@value #CONTENT_TYPE} (default) or {@value #COOPERATION}.
   *
   * @param factor the factor (not null)
   * @return this
   * @throws IllegalArgumentException for any other value, quoting it
   */
  public Content by(String factor) {
    Objects.requireNonNull(factor, "factor");
    String f = factor.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    if (!f.equals(CONTENT_TYPE) && !f.equals(COOPERATION)) {
      throw new IllegalArgumentException(
          "cannot compare by '" + factor + "': expected content_type or cooperation");
    }
    this.by = f;
    return this;
  }

  /**
   * Compare KOLs instead of notes (default false): each KOL's median value in a group becomes one
   * value of that group, so a KOL with many notes counts once. Notes of one KOL are alike (its
   * audience, its niche), so note-level tests treat as independent what is not: with few KOLs
   * behind a group their p-values are too small. Here {@code n} counts KOLs; a KOL with notes in
   * both groups (images and videos) is in both. The cost per engagement stays per note.
   *
   * @param on whether to compare per KOL
   * @return this
   */
  public Content perKol(boolean on) {
    this.perKol = on;
    return this;
  }

  /** The two groups compared, in order. */
  static List<String> groups(String by) {
    return by.equals(CONTENT_TYPE) ? List.of("image", "video") : List.of("gifted", "paid");
  }

  // ------------------------------------------------------------------ results

  /**
   * One group of notes.
   *
   * @param group the group ({@code image}, {@code video}, {@code gifted}, {@code paid})
   * @param n notes used (KOLs when compared per KOL)
   * @param median median value
   * @param ciLow lower bound of the bootstrap CI of the median (NaN for n &lt; 2)
   * @param ciHigh upper bound (NaN for n &lt; 2)
   * @param costed notes with a fee and interactions
   * @param costPerInteraction median cost per interaction over those notes (NaN if none)
   * @param values the values used (for box plots; not a copy)
   */
  public record Group(
      String group,
      int n,
      double median,
      double ciLow,
      double ciHigh,
      int costed,
      double costPerInteraction,
      double[] values) {

    /**
     * The JSON form: {@code group}, {@code n}, {@code median}, {@code ci_low}, {@code ci_high},
     * {@code costed_notes}, {@code cost_per_interaction}.
     *
     * @return an ordered map
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", group);
      m.put("n", n);
      m.put("median", median);
      m.put("ci_low", ciLow);
      m.put("ci_high", ciHigh);
      m.put("costed_notes", costed);
      m.put("cost_per_interaction", costPerInteraction);
      return m;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-7s n = %6d, median %s %s%s", group, n, fmt(median),
          Double.isNaN(ciLow) ? "–" : "[" + fmt(ciLow) + ", " + fmt(ciHigh) + "]",
          costed > 0 ? ", cost per interaction " + fmt(costPerInteraction) + " RMB (" + costed
              + " notes with a fee)" : "");
    }
  }

  /**
   * The comparison within one tier, or of all notes.
   *
   * @param tier {@code all} or the tier label
   * @param first the first group (image, gifted)
   * @param second the second group (video, paid)
   * @param mannWhitney the test of second against first, or null (a group under 2 notes, or all
   *     values tied)
   * @param cliffsDelta δ of second against first, or null
   * @param medianRatio the second group's median over the first's (NaN if undefined)
   */
  public record Comparison(
      String tier,
      Group first,
      Group second,
      MannWhitney.Result mannWhitney,
      CliffsDelta.Result cliffsDelta,
      double medianRatio) {

    /**
     * The JSON form: {@code tier}, {@code groups} (two), {@code median_ratio}, {@code
     * mann_whitney} {@code {"u", "p_value", "method"}} or null, {@code cliffs_delta} {@code
     * {"delta", "magnitude"}} or null.
     *
     * @return an ordered map
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("tier", tier);
      m.put("groups", List.of(first.toMap(), second.toMap()));
      m.put("median_ratio", medianRatio);
      if (mannWhitney == null) {
        m.put("mann_whitney", null);
      } else {
        Map<String, Object> mw = new LinkedHashMap<>();
        mw.put("u", mannWhitney.u());
        mw.put("p_value", mannWhitney.pValue());
        mw.put("method", mannWhitney.methodText());
        m.put("mann_whitney", mw);
      }
      if (cliffsDelta == null) {
        m.put("cliffs_delta", null);
      } else {
        Map<String, Object> cd = new LinkedHashMap<>();
        cd.put("delta", cliffsDelta.delta());
        cd.put("magnitude", cliffsDelta.magnitude());
        m.put("cliffs_delta", cd);
      }
      return m;
    }

    /**
     * The comparison in words.
     *
     * @return e.g. {@code video 1.3× image (p = 0.002, Cliff's δ = 0.12, negligible)}
     */
    public String reading() {
      if (mannWhitney == null) {
        return "not tested";
      }
      String size = cliffsDelta == null ? "" : ", Cliff's δ = " + fmt(cliffsDelta.delta()) + " ("
          + cliffsDelta.magnitude() + ")";
      String ratio = Double.isFinite(medianRatio)
          ? second.group() + " median " + fmt(medianRatio) + "× " + first.group() + "'s"
          : "medians " + fmt(second.median()) + " and " + fmt(first.median());
      return ratio + "; Mann-Whitney p = " + fmtP(mannWhitney.pValue()) + size
          + (mannWhitney.pValue() < 0.05 ? "" : " — no clear difference at the 5 % level");
    }

    @Override
    public String toString() {
      return tier + "\n  " + first + "\n  " + second + "\n  " + reading();
    }
  }

  /**
   * Notes left out, each counted once, in this order.
   *
   * @param noTime no publication time (only when the table has times)
   * @param tooYoung younger than the minimum age at the crawl time, or published after it
   * @param noMetric no value
   * @param noGroup no group: another content type, or not a cooperation
   */
  public record LeftOut(int noTime, int tooYoung, int noMetric, int noGroup) {
    /**
     * The JSON form.
     *
     * @return {@code too_young}, {@code no_time}, {@code no_metric}, {@code no_group}
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("too_young", tooYoung);
      m.put("no_time", noTime);
      m.put("no_metric", noMetric);
      m.put("no_group", noGroup);
      return m;
    }
  }

  /**
   * The comparison.
   *
   * @param by {@value #CONTENT_TYPE} or {@value #COOPERATION}
   * @param groupSource where the groups came from ({@code content_type}, {@code cooperation} or
   *     {@code cost_rmb})
   * @param unit what a value is: {@code note}, or {@code kol} (a KOL's median, see {@link
   *     Content#perKol})
   * @param metric the metric column
   * @param valueName what the values are
   * @param crawlTime the crawl time in the analysis zone, or null without times
   * @param minAge the minimum age (not applied without times)
   * @param seed the bootstrap seed
   * @param tiers the tier definition's name
   * @param rows rows in the table
   * @param leftOut notes left out, by reason
   * @param all the comparison of all notes
   * @param byTier one comparison per tier with notes, in tier order
   * @param notes what was left out or not tested, in words
   */
  public record Result(
      String by,
      String groupSource,
      String unit,
      String metric,
      String valueName,
      LocalDateTime crawlTime,
      Duration minAge,
      long seed,
      String tiers,
      int rows,
      LeftOut leftOut,
      Comparison all,
      List<Comparison> byTier,
      List<String> notes)
      implements Tabular {

    public Result {
      byTier = List.copyOf(byTier);
      notes = List.copyOf(notes);
    }

    /** One row per tier ({@code all} first) and group. */
    @Override
    public Table toTable() {
      List<Map<String, Object>> rows = new ArrayList<>();
      List<Comparison> cs = new ArrayList<>();
      cs.add(all);
      cs.addAll(byTier);
      for (Comparison c : cs) {
        for (Group g : List.of(c.first(), c.second())) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("tier", c.tier());
          m.putAll(g.toMap());
          m.put("mw_p_value", c.mannWhitney() == null ? Double.NaN : c.mannWhitney().pValue());
          m.put("cliffs_delta", c.cliffsDelta() == null ? Double.NaN : c.cliffsDelta().delta());
          rows.add(m);
        }
      }
      return Rows.table(valueName + " by " + by, rows);
    }

    /**
     * The whole result under its JSON keys: {@code by}, {@code group_source}, {@code unit}, {@code
     * metric},
     * {@code value}, {@code crawl_time}, {@code min_age_hours}, {@code notes} (rows), {@code
     * all} (a comparison), {@code by_tier} (a list of comparisons), {@code left_out}.
     *
     * @return an ordered map for a JSON writer (NaN for undefined numbers)
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("by", by);
      m.put("group_source", groupSource);
      m.put("unit", unit);
      m.put("metric", metric);
      m.put("value", valueName);
      m.put("crawl_time", crawlTime == null ? null : TimeText.time(crawlTime));
      m.put("min_age_hours", crawlTime == null ? null : minAge.toSeconds() / 3600.0);
      m.put("notes", rows);
      m.put("all", all.toMap());
      m.put("by_tier", byTier.stream().map(Comparison::toMap).toList());
      m.put("left_out", leftOut.toMap());
      return m;
    }

    @Override
    public String toString() {
      List<String> g = groups(by);
      StringBuilder sb = new StringBuilder();
      sb.append(g.get(0)).append(" against ").append(g.get(1)).append(": ").append(valueName)
          .append(" (groups from ").append(groupSource)
          .append(unit.equals("kol") ? "; one value per KOL: its median" : "").append(")\n");
      sb.append(rows).append(" notes");
      if (crawlTime != null) {
        sb.append("; crawl time ").append(TimeText.time(crawlTime)).append("; minimum age ")
            .append(TimeText.duration(minAge));
      }
      sb.append("\nleft out: ").append(leftOut.tooYoung()).append(" too young, ")
          .append(leftOut.noTime()).append(" without a time, ").append(leftOut.noMetric())
          .append(" without a value, ").append(leftOut.noGroup()).append(" in no group\n\n");
      sb.append(all).append("\n\nBy tier (").append(tiers).append(")\n");
      for (Comparison c : byTier) {
        sb.append(c).append('\n');
      }
      if (!notes.isEmpty()) {
        sb.append("\nNotes:\n");
        notes.forEach(n -> sb.append("  - ").append(n).append('\n'));
      }
      return sb.toString().stripTrailing();
    }
  }

  // ------------------------------------------------------------------ run

  /**
   * Runs the comparison.
   *
   * @return the result
   * @throws IllegalArgumentException if the groups' column is missing (no {@code content_type};
   *     neither {@code cooperation} nor {@code cost_rmb}), the metric is neither a column nor
   *     derivable, or a count metric has no followers to divide by
   */
  public Result run() {
    NoteRows rows = rows(false);
    Table t = rows.derived;
    List<String> names = groups(by);
    String source;
    String[] group = new String[rows.rows];
    if (by.equals(CONTENT_TYPE) || t.containsColumn(COOPERATION)) {
      source = by;
      if (!t.containsColumn(by)) {
        throw new IllegalArgumentException("no column '" + by + "' to compare by"
            + (by.equals(COOPERATION) ? " and no cost_rmb to tell paid (fee > 0) from gifted (0)"
                : "") + "; columns are " + t.columnNames());
      }
      Column<?> c = t.column(by);
      for (int r = 0; r < rows.rows; r++) {
        String v = c.isMissing(r) ? "" : c.getString(r).strip().toLowerCase(Locale.ROOT);
        group[r] = names.contains(v) ? v : null;
      }
    } else {
      if (!(t.containsColumn(Schema.COST_RMB)
          && t.column(Schema.COST_RMB) instanceof NumericColumn<?> cost)) {
        throw new IllegalArgumentException("no column 'cooperation' and no numeric cost_rmb to"
            + " tell paid (fee > 0) from gifted (0); columns are " + t.columnNames());
      }
      source = Schema.COST_RMB;
      for (int r = 0; r < rows.rows; r++) {
        double v = cost.isMissing(r) ? Double.NaN : cost.getDouble(r);
        group[r] = v > 0 ? "paid" : v == 0 ? "gifted" : null;
      }
    }
    NumericColumn<?> cost = t.containsColumn(Schema.COST_RMB)
        && t.column(Schema.COST_RMB) instanceof NumericColumn<?> c ? c : null;
    NumericColumn<?> inter = t.containsColumn(Interactions.COLUMN)
        && t.column(Interactions.COLUMN) instanceof NumericColumn<?> c ? c : null;

    int noGroup = 0;
    boolean[] use = new boolean[rows.rows];
    for (int r = 0; r < rows.rows; r++) {
      if (rows.used[r]) {
        if (group[r] == null) {
          noGroup++;
        } else {
          use[r] = true;
        }
      }
    }
    List<String> notes = new ArrayList<>();
    if (!rows.hasTimes) {
      notes.add("the notes have no publication times: no minimum age applied");
    }
    if (rows.noTime > 0) {
      notes.add(rows.noTime + " notes without a publication time were left out");
    }
    if (rows.tooYoung > 0) {
      notes.add(rows.tooYoung + " notes younger than " + TimeText.duration(minAge)
          + " at the crawl time were left out");
    }
    if (rows.noMetric > 0) {
      notes.add(rows.noMetric + " notes without a value of " + rows.valueName + " were left out");
    }
    if (noGroup > 0) {
      notes.add(noGroup + " notes in neither group (" + String.join(", ", names) + ") were left out"
          + (source.equals(Schema.COST_RMB) ? ": no cost_rmb, so not a cooperation" : ""));
    }
    if (by.equals(COOPERATION)) {
      notes.add("gifted notes carry no fee (the product is the price): their cost per engagement"
          + " is not known");
    }
    Comparison all = compare("all", null, rows, group, use, names, cost, inter, 0, notes);
    List<Comparison> tiers = new ArrayList<>();
    for (int i = 0; i < rows.tierOrder.size(); i++) {
      String tier = rows.tierOrder.get(i);
      tiers.add(compare(tier, tier, rows, group, use, names, cost, inter, i + 1, notes));
    }
    return new Result(by, source, perKol ? "kol" : "note", metric, rows.valueName,
        rows.hasTimes && rows.crawl != null ? LocalDateTime.ofInstant(rows.crawl, zone) : null,
        minAge, seed, this.tiers.name(), rows.rows,
        new LeftOut(rows.hasTimes ? rows.noTime : 0, rows.tooYoung, rows.noMetric, noGroup), all,
        tiers, notes);
  }

  private Comparison compare(String label, String tier, NoteRows rows, String[] group,
      boolean[] use, List<String> names, NumericColumn<?> cost, NumericColumn<?> inter, int index,
      List<String> notes) {
    List<double[]> values = new ArrayList<>();
    List<double[]> cpe = new ArrayList<>();
    for (String name : names) {
      double[] v = new double[rows.rows];
      double[] c = new double[rows.rows];
      int k = 0;
      int kc = 0;
      for (int r = 0; r < rows.rows; r++) {
        if (use[r] && name.equals(group[r]) && (tier == null || tier.equals(rows.tier[r]))) {
          v[k++] = rows.value[r];
          double fee = cost == null || cost.isMissing(r) ? Double.NaN : cost.getDouble(r);
          double i = inter == null || inter.isMissing(r) ? Double.NaN : inter.getDouble(r);
          if (fee > 0 && i > 0) {
            c[kc++] = fee / i;
          }
        }
      }
      values.add(perKol ? kolMedians(rows, group, use, name, tier) : java.util.Arrays.copyOf(v, k));
      cpe.add(java.util.Arrays.copyOf(c, kc));
    }
    SlotStats.Stat[] st = SlotStats.compute(values, seed, 1_000L + index, resamples, level);
    Group a = group(names.get(0), values.get(0), st[0], cpe.get(0));
    Group b = group(names.get(1), values.get(1), st[1], cpe.get(1));
    MannWhitney.Result mw = null;
    CliffsDelta.Result cd = null;
    String where = tier == null ? "all notes" : "tier " + tier;
    if (a.n() < 2 || b.n() < 2) {
      notes.add(where + ": not tested (" + a.group() + " n = " + a.n() + ", " + b.group()
          + " n = " + b.n() + ")");
    } else {
      try {
        mw = MannWhitney.test(b.values(), a.values());
        cd = CliffsDelta.of(b.values(), a.values());
      } catch (IllegalArgumentException e) {
        notes.add(where + ": " + e.getMessage());
      }
    }
    double ratio = a.median() > 0 ? b.median() / a.median() : Double.NaN;
    return new Comparison(label, a, b, mw, cd, ratio);
  }

  /** The median value of each KOL's used notes in a group (and tier), in order of first note. */
  private static double[] kolMedians(NoteRows rows, String[] group, boolean[] use, String name,
      String tier) {
    tech.tablesaw.columns.Column<?> ids = rows.derived.containsColumn(Schema.KOL_ID)
        ? rows.derived.column(Schema.KOL_ID) : null;
    if (ids == null) {
      throw new IllegalArgumentException("per KOL needs a kol_id column; columns are "
          + rows.derived.columnNames());
    }
    Map<String, List<Double>> byKol = new LinkedHashMap<>();
    for (int r = 0; r < rows.rows; r++) {
      if (use[r] && name.equals(group[r]) && (tier == null || tier.equals(rows.tier[r]))
          && !ids.isMissing(r)) {
        byKol.computeIfAbsent(ids.getString(r), k -> new ArrayList<>()).add(rows.value[r]);
      }
    }
    return byKol.values().stream()
        .mapToDouble(l -> SlotStats.median(l.stream().mapToDouble(Double::doubleValue).toArray()))
        .toArray();
  }

  private static Group group(String name, double[] v, SlotStats.Stat st, double[] cpe) {
    return new Group(name, v.length, st.median(), st.low(), st.high(), cpe.length,
        SlotStats.median(cpe), v);
  }
}
