package org.kolscope.timing;

import static org.kolscope.stats.groups.ResultTable.fmt;
import static org.kolscope.stats.groups.ResultTable.fmtP;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.kolscope.io.NoteIds;
import org.kolscope.report.Tabular;
import org.kolscope.stats.groups.KruskalWallis;
import tech.tablesaw.api.Table;

/**
 * When notes are published and when it pays: engagement per follower by hour of day, by weekday
 * and by weekday × hour, for all notes and per follower tier.
 *
 * <pre>{@code
 * Timing.Result r = Timing.of(notes).minAge(Duration.ofHours(48)).run();
 * r                         // readable: hours, weekdays, tests, best slots, per tier
 * r.toTable()               // one row per tier and hour
 * r.all().weekdayHourTable()  // the 7 × 24 cells
 * }</pre>
 *
 * <p><b>Slots.</b> Each note falls in the hour (0–23) and weekday of its publication time in {@link
 * #zone} (Beijing time by default). Times come from {@code published_at} (wall-clock time in
 * {@link #dataZone}) or, when the table has no such column, from the RED note ids ({@link
 * NoteIds}). For every slot the result gives: {@code notes}, the notes published in it <em>before
 * any filter</em> (so the shares show when KOLs post); {@code share}, those notes over all notes
 * with a time; {@code n}, the notes in the median (old enough, with a value); the median of the
 * value and its percentile-bootstrap CI ({@link org.kolscope.stats.groups.BootstrapMedianCi}, one
 * seed per slot); and {@code thin} when {@code n} is below {@link #minNotes} — a thin slot is
 * shown but not ranked and not tested.
 *
 * <p><b>Tests.</b> A Kruskal–Wallis test across the slots that are not thin, separately for hours,
 * weekdays and weekday × hour cells ({@link KruskalWallis}: tie-corrected H, χ² p — scipy's {@code
 * stats.kruskal}). The best slots are the non-thin ones whose CIs reach highest at their lower end
 * (a conservative ranking: a slot must be high and well measured); each says whether its CI lies
 * wholly above the median of all notes. With 24 or 168 slots a few will look best by chance: read
 * the CIs and the test before the ranking. The posting share against
 * engagement is summarised by Spearman's ρ between an hour's share of notes and its median, over
 * the hours that are not thin.
 *
 * <p><b>Like with like.</b> See {@link NoteAnalysis}: a minimum age at the crawl time, and values
 * per follower. Notes of different tiers differ by an order of magnitude per follower, so pooled
 * slots mix tiers in the proportions that post at that hour; the per-tier profiles do not.
 */
public final class Timing extends NoteAnalysis<Timing> {
  /** Default number of best slots listed per kind: 3. */
  public static final int DEFAULT_BEST = 3;
  private static final String[] HOURS = new String[24];

  static {
    for (int h = 0; h < 24; h++) {
      HOURS[h] = String.format(Locale.ROOT, "%02d:00", h);
    }
  }

  private int best = DEFAULT_BEST;

  private Timing(Table notes) {
    super(notes);
  }

  /**
   * Starts an analysis of a notes table (not changed).
   *
   * @param notes one row per note with {@code published_at} or RED ObjectId {@code note_id}s, the
   *     metric's columns and {@code followers} (not null)
   * @return the analysis, to configure and {@link #run()}
   */
  public static Timing of(Table notes) {
    return new Timing(notes);
  }

  /**
   * How many best slots to list per kind (default {@value #DEFAULT_BEST}).
   *
   * @param k at least 1
   * @return this
   * @throws IllegalArgumentException if k &lt; 1
   */
  public Timing best(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("number of best slots must be >= 1, got " + k);
    }
    this.best = k;
    return this;
  }

  // ------------------------------------------------------------------ results

  /**
   * One slot: an hour, a weekday, or a weekday × hour cell.
   *
   * @param weekday the weekday, or null for an hour slot
   * @param hour the hour 0–23, or −1 for a weekday slot
   * @param notes notes published in the slot, before any filter
   * @param share {@code notes} over all notes with a time
   * @param n notes in the median (old enough, with a value)
   * @param median median value (NaN when n = 0)
   * @param ciLow lower bound of the bootstrap CI of the median (NaN when n &lt; 2)
   * @param ciHigh upper bound (NaN when n &lt; 2)
   * @param thin whether n is below the minimum: not ranked, not tested
   */
  public record Slot(
      DayOfWeek weekday,
      int hour,
      int notes,
      double share,
      int n,
      double median,
      double ciLow,
      double ciHigh,
      boolean thin) {

    /**
     * The slot for people.
     *
     * @return {@code 20:00}, {@code Sat} or {@code Sat 20:00}
     */
    public String label() {
      String d = weekday == null ? "" : weekdayName(weekday);
      return hour < 0 ? d : weekday == null ? HOURS[hour] : d + " " + HOURS[hour];
    }

    /**
     * The slot's fields under their JSON keys: {@code weekday} and/or {@code hour}, then {@code
     * notes}, {@code median}, {@code ci_low}, {@code ci_high}, {@code share}, {@code n}, {@code
     * thin}.
     *
     * @return an ordered map (NaN for undefined numbers)
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      if (weekday != null) {
        m.put("weekday", weekdayName(weekday));
      }
      if (hour >= 0) {
        m.put("hour", hour);
      }
      m.put("notes", notes);
      m.put("median", median);
      m.put("ci_low", ciLow);
      m.put("ci_high", ciHigh);
      m.put("share", share);
      m.put("n", n);
      m.put("thin", thin);
      return m;
    }
  }

  /**
   * Notes left out of the medians and tests, each counted once, in this order.
   *
   * @param noTime no publication time
   * @param tooYoung younger than the minimum age at the crawl time, or published after it
   * @param noMetric no value (a missing count, or no followers to divide by)
   */
  public record LeftOut(int noTime, int tooYoung, int noMetric) {
    /**
     * The JSON form.
     *
     * @return {@code too_young}, {@code no_time}, {@code no_metric}
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("too_young", tooYoung);
      m.put("no_time", noTime);
      m.put("no_metric", noMetric);
      return m;
    }
  }

  /**
   * The timing of one group of notes: all of them, or one tier.
   *
   * @param group {@code all} or the tier label
   * @param notes notes with a publication time, before any filter
   * @param n notes used (old enough, with a value)
   * @param median median value of the notes used
   * @param byHour 24 slots, hours 0–23, every hour present
   * @param byWeekday 7 slots, Monday to Sunday
   * @param byWeekdayHour 168 slots, Monday 00:00 to Sunday 23:00
   * @param kruskalWallisHour Kruskal–Wallis across the hours that are not thin, or null (fewer
   *     than two such hours)
   * @param kruskalWallisWeekday the same across weekdays, or null
   * @param kruskalWallisWeekdayHour the same across weekday × hour cells, or null
   * @param bestHours the non-thin hours with the highest lower CI bounds, best first
   * @param bestWeekdays the same for weekdays
   * @param bestWeekdayHours the same for weekday × hour cells
   * @param postingVsEngagement Spearman's ρ between an hour's share of notes and its median over
   *     the non-thin hours (NaN with fewer than 3)
   */
  public record Profile(
      String group,
      int notes,
      int n,
      double median,
      List<Slot> byHour,
      List<Slot> byWeekday,
      List<Slot> byWeekdayHour,
      KruskalWallis.Result kruskalWallisHour,
      KruskalWallis.Result kruskalWallisWeekday,
      KruskalWallis.Result kruskalWallisWeekdayHour,
      List<Slot> bestHours,
      List<Slot> bestWeekdays,
      List<Slot> bestWeekdayHours,
      double postingVsEngagement)
      implements Tabular {

    public Profile {
      byHour = List.copyOf(byHour);
      byWeekday = List.copyOf(byWeekday);
      byWeekdayHour = List.copyOf(byWeekdayHour);
      bestHours = List.copyOf(bestHours);
      bestWeekdays = List.copyOf(bestWeekdays);
      bestWeekdayHours = List.copyOf(bestWeekdayHours);
    }

    /**
     * Whether a slot's CI lies wholly above this group's median.
     *
     * @param s a slot (not null)
     * @return {@code s.ciLow() > median()}
     */
    public boolean aboveOverall(Slot s) {
      return s.ciLow() > median;
    }

    /** The 24 hours as a table (the JSON keys as columns). */
    @Override
    public Table toTable() {
      return Rows.table(group + ": by hour", byHour.stream().map(Slot::toMap).toList());
    }

    /**
     * The weekdays as a table.
     *
     * @return 7 rows
     */
    public Table weekdayTable() {
      return Rows.table(group + ": by weekday", byWeekday.stream().map(Slot::toMap).toList());
    }

    /**
     * The weekday × hour cells as a table.
     *
     * @return 168 rows
     */
    public Table weekdayHourTable() {
      return Rows.table(group + ": by weekday and hour",
          byWeekdayHour.stream().map(Slot::toMap).toList());
    }

    /**
     * The best slots under their JSON keys: {@code hour}, {@code weekday} and {@code
     * weekday_hour}, each a list of the slot's fields plus {@code slot} (its label) and {@code
     * ci_above_overall_median}.
     *
     * @return an ordered map
     */
    public Map<String, Object> bestMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("hour", best(bestHours));
      m.put("weekday", best(bestWeekdays));
      m.put("weekday_hour", best(bestWeekdayHours));
      return m;
    }

    private List<Map<String, Object>> best(List<Slot> slots) {
      return slots.stream().map(s -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slot", s.label());
        m.putAll(s.toMap());
        m.put("ci_above_overall_median", aboveOverall(s));
        return m;
      }).toList();
    }

    /**
     * The Kruskal–Wallis tests under their JSON keys {@code hour}, {@code weekday}, {@code
     * weekday_hour}: each {@code {"h", "df", "p_value", "n", "slots"}} or null.
     *
     * @return an ordered map
     */
    public Map<String, Object> kruskalWallisMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("hour", kw(kruskalWallisHour));
      m.put("weekday", kw(kruskalWallisWeekday));
      m.put("weekday_hour", kw(kruskalWallisWeekdayHour));
      return m;
    }

    private static Map<String, Object> kw(KruskalWallis.Result r) {
      if (r == null) {
        return null;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("h", r.h());
      m.put("df", r.df());
      m.put("p_value", r.pValue());
      m.put("n", r.n());
      m.put("slots", r.df() + 1);
      return m;
    }

    /**
     * This group's JSON form: {@code by_hour}, {@code by_weekday}, {@code by_weekday_hour},
     * {@code kruskal_wallis}, {@code best_slots}, {@code posting_vs_engagement}.
     *
     * @return an ordered map
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("by_hour", byHour.stream().map(Slot::toMap).toList());
      m.put("by_weekday", byWeekday.stream().map(Slot::toMap).toList());
      m.put("by_weekday_hour", byWeekdayHour.stream().map(Slot::toMap).toList());
      m.put("kruskal_wallis", kruskalWallisMap());
      m.put("best_slots", bestMap());
      Map<String, Object> pv = new LinkedHashMap<>();
      pv.put("spearman_rho", postingVsEngagement);
      pv.put("hours", (int) byHour.stream().filter(s -> !s.thin()).count());
      m.put("posting_vs_engagement", pv);
      return m;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(group).append(": ").append(notes).append(" notes with a time, ").append(n)
          .append(" used, median ").append(fmt(median)).append('\n');
      appendSlots(sb, "hour", byHour);
      appendTest(sb, "hours", kruskalWallisHour);
      appendBest(sb, "hours", bestHours);
      sb.append(posting()).append("\n\n");
      appendSlots(sb, "weekday", byWeekday);
      appendTest(sb, "weekdays", kruskalWallisWeekday);
      appendBest(sb, "weekdays", bestWeekdays);
      sb.append('\n');
      long ranked = byWeekdayHour.stream().filter(s -> !s.thin()).count();
      sb.append("weekday × hour: ").append(ranked).append(" of 168 cells not thin\n");
      appendTest(sb, "weekday × hour cells", kruskalWallisWeekdayHour);
      appendBest(sb, "weekday × hour cells", bestWeekdayHours);
      return sb.toString().stripTrailing();
    }

    /**
     * The posting share against engagement in words.
     *
     * @return e.g. {@code Posting against engagement: Spearman ρ = 0.9 between an hour's share of notes
     *     and its median (KOLs post more in the hours that engage more)}
     */
    public String posting() {
      return Double.isNaN(postingVsEngagement)
          ? "Posting against engagement: too few hours to correlate"
          : "Posting against engagement: Spearman ρ = " + fmt(postingVsEngagement)
              + " between an hour's share of notes and its median ("
              + (postingVsEngagement > 0.3 ? "KOLs post more in the hours that engage more"
                  : postingVsEngagement < -0.3 ? "KOLs post more in the hours that engage less"
                  : "little relation") + ")";
    }

    private static void appendSlots(StringBuilder sb, String what, List<Slot> slots) {
      sb.append(String.format(Locale.ROOT, "  %-8s %7s %7s %7s %10s  %s%n", what, "notes", "share",
          "n", "median", "95 % CI"));
      for (Slot s : slots) {
        sb.append(String.format(Locale.ROOT, "  %-8s %7d %6.1f%% %7d %10s  %s%s%n", s.label(),
            s.notes(), 100 * s.share(), s.n(), fmt(s.median()),
            Double.isNaN(s.ciLow()) ? "–" : "[" + fmt(s.ciLow()) + ", " + fmt(s.ciHigh()) + "]",
            s.thin() ? "  thin" : ""));
      }
    }

    private static void appendTest(StringBuilder sb, String what, KruskalWallis.Result kw) {
      sb.append("Kruskal-Wallis across ").append(what).append(": ");
      sb.append(kw == null ? "not tested (fewer than 2 slots with enough notes)"
          : "H = " + fmt(kw.h()) + ", df = " + kw.df() + ", p = " + fmtP(kw.pValue()))
          .append('\n');
    }

    private void appendBest(StringBuilder sb, String what, List<Slot> best) {
      sb.append("best ").append(what).append(": ");
      if (best.isEmpty()) {
        sb.append("none ranked");
      }
      for (int i = 0; i < best.size(); i++) {
        Slot s = best.get(i);
        sb.append(i == 0 ? "" : "; ").append(s.label()).append(' ').append(fmt(s.median()))
            .append(" [").append(fmt(s.ciLow())).append(", ").append(fmt(s.ciHigh())).append(']')
            .append(aboveOverall(s) ? " (above all notes)" : "");
      }
      sb.append('\n');
    }
  }

  /**
   * The analysis.
   *
   * @param metric the metric column
   * @param valueName what the values are ({@code engagement_rate}, {@code likes / followers})
   * @param zone the zone hours and weekdays are read in
   * @param timeSource where times came from: {@code published_at} or {@code note_id}
   * @param crawlTime the crawl time, wall-clock in {@code zone}
   * @param crawlIsLatest whether the crawl time is the default (the latest publication time)
   * @param minAge the minimum age
   * @param minNotes notes a slot needs to be ranked
   * @param seed the bootstrap seed
   * @param tiers the tier definition's name
   * @param rows rows in the table
   * @param leftOut notes left out, by reason
   * @param all all notes
   * @param byTier one profile per tier with notes, in tier order
   * @param notes what was left out or not tested, in words
   */
  public record Result(
      String metric,
      String valueName,
      ZoneId zone,
      String timeSource,
      LocalDateTime crawlTime,
      boolean crawlIsLatest,
      Duration minAge,
      int minNotes,
      long seed,
      String tiers,
      int rows,
      LeftOut leftOut,
      Profile all,
      List<Profile> byTier,
      List<String> notes)
      implements Tabular {

    public Result {
      byTier = List.copyOf(byTier);
      notes = List.copyOf(notes);
    }

    /** One row per group ({@code all}, then each tier) and hour: the hour profiles together. */
    @Override
    public Table toTable() {
      List<Map<String, Object>> rows = new ArrayList<>();
      List<Profile> groups = new ArrayList<>();
      groups.add(all);
      groups.addAll(byTier);
      for (Profile p : groups) {
        for (Slot s : p.byHour()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("group", p.group());
          m.putAll(s.toMap());
          rows.add(m);
        }
      }
      return Rows.table(valueName + " by hour", rows);
    }

    /**
     * The whole result under its JSON keys: {@code metric}, {@code value}, {@code zone}, {@code
     * time_source}, {@code crawl_time}, {@code min_age_hours}, {@code min_notes}, {@code notes}
     * (rows), then {@code by_hour}, {@code by_weekday}, {@code by_weekday_hour}, {@code
     * kruskal_wallis}, {@code best_slots}, {@code posting_vs_engagement} of all notes, {@code
     * left_out}, and {@code by_tier} (each tier's {@code tier}, {@code notes}, {@code n}, {@code
     * median} and the same keys).
     *
     * @return an ordered map for a JSON writer (NaN for undefined numbers)
     */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("metric", metric);
      m.put("value", valueName);
      m.put("zone", zone.getId());
      m.put("time_source", timeSource);
      m.put("crawl_time", crawlTime == null ? null : TimeText.time(crawlTime));
      m.put("min_age_hours", minAge.toSeconds() / 3600.0);
      m.put("min_notes", minNotes);
      m.put("notes", rows);
      m.put("n", all.n());
      m.put("median", all.median());
      m.putAll(all.toMap());
      m.put("left_out", leftOut.toMap());
      List<Map<String, Object>> tiers = new ArrayList<>();
      for (Profile p : byTier) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("tier", p.group());
        t.put("notes", p.notes());
        t.put("n", p.n());
        t.put("median", p.median());
        t.putAll(p.toMap());
        tiers.add(t);
      }
      m.put("by_tier", tiers);
      return m;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append("Timing of ").append(valueName).append(" (").append(NoteIds.zoneName(zone))
          .append("; times from ").append(timeSource).append(")\n");
      sb.append(rows).append(" notes; crawl time ")
          .append(crawlTime == null ? "–" : TimeText.time(crawlTime))
          .append(crawlIsLatest ? " (the latest publication time)" : "")
          .append("; minimum age ").append(TimeText.duration(minAge))
          .append("; slots need ").append(minNotes).append(" notes to be ranked\n");
      sb.append("left out: ").append(leftOut.tooYoung()).append(" too young, ")
          .append(leftOut.noTime()).append(" without a time, ").append(leftOut.noMetric())
          .append(" without a value\n\n");
      sb.append(all).append("\n\nBy tier (").append(tiers).append(")\n");
      for (Profile p : byTier) {
        sb.append("  ").append(p.group()).append(": ").append(p.notes()).append(" notes, ")
            .append(p.n()).append(" used, median ").append(fmt(p.median())).append("; hours ");
        KruskalWallis.Result kw = p.kruskalWallisHour();
        sb.append(kw == null ? "not tested" : "H = " + fmt(kw.h()) + ", p = " + fmtP(kw.pValue()));
        sb.append("; best ");
        sb.append(p.bestHours().isEmpty() ? "none ranked" : String.join(", ",
            p.bestHours().stream().map(s -> s.label() + " " + fmt(s.median())).toList()));
        sb.append('\n');
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
   * Runs the analysis.
   *
   * @return the result
   * @throws IllegalArgumentException if the metric is neither a column nor derivable, a count
   *     metric has no followers to divide by, or the notes have no publication times
   */
  public Result run() {
    NoteRows rows = rows(true);
    List<String> notes = new ArrayList<>();
    if (rows.noTime > 0) {
      notes.add(rows.noTime + " notes without a publication time were left out");
    }
    if (rows.tooYoung > 0) {
      notes.add(rows.tooYoung + " notes younger than " + TimeText.duration(minAge)
          + " at the crawl time were left out of the medians and tests (counted in 'notes')"
          + (rows.afterCrawl > 0 ? "; " + rows.afterCrawl + " of them were published after it"
              : ""));
    }
    if (rows.noMetric > 0) {
      notes.add(rows.noMetric + " notes without a value of " + rows.valueName + " were left out");
    }
    Profile all = profile("all", rows, null, 0, notes);
    List<Profile> tiers = new ArrayList<>();
    for (int i = 0; i < rows.tierOrder.size(); i++) {
      String t = rows.tierOrder.get(i);
      tiers.add(profile(t, rows, t, i + 1, notes));
    }
    return new Result(metric, rows.valueName, zone, rows.timeSource,
        rows.crawl == null ? null : LocalDateTime.ofInstant(rows.crawl, zone), rows.crawlIsLatest,
        minAge, minNotes, seed, this.tiers.name(), rows.rows,
        new LeftOut(rows.noTime, rows.tooYoung, rows.noMetric), all, tiers, notes);
  }

  private static int weekdayIndex(LocalDateTime t) {
    return t.getDayOfWeek().getValue() - 1;
  }

  private Profile profile(String group, NoteRows rows, String tier, int index,
      List<String> notes) {
    int[] hourNotes = new int[24];
    int[] dayNotes = new int[7];
    int[] cellNotes = new int[168];
    int timed = 0;
    for (int r : rows.timedRows(tier)) {
      LocalDateTime t = rows.local[r];
      int h = t.getHour();
      int d = weekdayIndex(t);
      hourNotes[h]++;
      dayNotes[d]++;
      cellNotes[d * 24 + h]++;
      timed++;
    }
    int[] used = rows.usedRows(tier);
    List<List<Double>> hv = lists(24);
    List<List<Double>> dv = lists(7);
    List<List<Double>> cv = lists(168);
    double[] allValues = new double[used.length];
    for (int k = 0; k < used.length; k++) {
      int r = used[k];
      LocalDateTime t = rows.local[r];
      double v = rows.value[r];
      allValues[k] = v;
      hv.get(t.getHour()).add(v);
      dv.get(weekdayIndex(t)).add(v);
      cv.get(weekdayIndex(t) * 24 + t.getHour()).add(v);
    }
    List<Slot> byHour = slots(hv, hourNotes, timed, index * 3L, (g) -> null, g -> g);
    List<Slot> byDay = slots(dv, dayNotes, timed, index * 3L + 1, g -> DayOfWeek.of(g + 1),
        g -> -1);
    List<Slot> byCell = slots(cv, cellNotes, timed, index * 3L + 2,
        g -> DayOfWeek.of(g / 24 + 1), g -> g % 24);
    String prefix = group.equals("all") ? "" : "tier " + group + ": ";
    return new Profile(group, timed, used.length, SlotStats.median(allValues), byHour, byDay,
        byCell, test(hv, byHour, prefix + "hours", notes), test(dv, byDay, prefix + "weekdays",
            notes), test(cv, byCell, prefix + "weekday × hour cells", notes),
        best(byHour), best(byDay), best(byCell), spearman(byHour));
  }

  private static List<List<Double>> lists(int n) {
    List<List<Double>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private List<Slot> slots(List<List<Double>> values, int[] counts, int timed, long stream,
      java.util.function.IntFunction<DayOfWeek> day, java.util.function.IntUnaryOperator hour) {
    List<double[]> arrays = values.stream()
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()).toList();
    SlotStats.Stat[] st = SlotStats.compute(arrays, seed, stream, resamples, level);
    List<Slot> out = new ArrayList<>(values.size());
    for (int g = 0; g < values.size(); g++) {
      out.add(new Slot(day.apply(g), hour.applyAsInt(g), counts[g],
          timed == 0 ? Double.NaN : (double) counts[g] / timed, st[g].n(), st[g].median(),
          st[g].low(), st[g].high(), st[g].n() < minNotes));
    }
    return out;
  }

  private KruskalWallis.Result test(List<List<Double>> values, List<Slot> slots, String what,
      List<String> notes) {
    List<double[]> groups = new ArrayList<>();
    for (int g = 0; g < slots.size(); g++) {
      if (!slots.get(g).thin()) {
        groups.add(values.get(g).stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    if (groups.size() < 2) {
      notes.add(what + ": not tested, " + groups.size() + " slot(s) with " + minNotes
          + " or more notes");
      return null;
    }
    try {
      return KruskalWallis.test(groups);
    } catch (IllegalArgumentException e) {
      notes.add(what + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * The best slots: the non-thin ones ranked by the lower end of their CI (then by median, then
   * by notes), so that a slot of few notes with a lucky one does not come first.
   */
  private List<Slot> best(List<Slot> slots) {
    return slots.stream().filter(s -> !s.thin())
        .sorted(Comparator.comparingDouble(Slot::ciLow).reversed()
            .thenComparing(Comparator.comparingDouble(Slot::median).reversed())
            .thenComparing(Comparator.comparingInt(Slot::n).reversed()))
        .limit(best).toList();
  }

  private static double spearman(List<Slot> hours) {
    List<Slot> ok = hours.stream().filter(s -> !s.thin()).toList();
    if (ok.size() < 3) {
      return Double.NaN;
    }
    double[] x = ok.stream().mapToDouble(Slot::share).toArray();
    double[] y = ok.stream().mapToDouble(Slot::median).toArray();
    double rho = new SpearmansCorrelation().correlation(x, y);
    return Double.isFinite(rho) ? rho : Double.NaN;
  }

  /** {@code Mon} … {@code Sun}. */
  static String weekdayName(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
