package org.kolscope.tiers;

import static org.kolscope.core.Numbers.p;
import static org.kolscope.core.Numbers.stat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.commons.math3.stat.StatUtils;
import org.kolscope.core.Cells;
import org.kolscope.core.Fields;
import org.kolscope.core.Quantiles;
import org.kolscope.core.RowTiers;
import org.kolscope.core.Samples;
import org.kolscope.core.Schema;
import org.kolscope.core.Tabular;
import org.kolscope.core.Tiers;
import org.kolscope.evidence.Verdict;
import org.kolscope.metrics.DerivedColumns;
import org.kolscope.stats.groups.Adjustment;
import org.kolscope.stats.groups.BootstrapMedianCi;
import org.kolscope.stats.groups.CliffsDelta;
import org.kolscope.stats.groups.Dunn;
import org.kolscope.stats.groups.KolmogorovSmirnov;
import org.kolscope.stats.groups.KruskalWallis;
import org.kolscope.stats.groups.MannWhitney;
import org.kolscope.stats.groups.OneWayAnova;
import org.kolscope.stats.groups.WelchAnova;
import org.kolscope.stats.scaling.Loess;
import org.kolscope.stats.scaling.PowerLaw;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Compares a metric (typically the engagement rate) across follower tiers: per-tier summary with a
 * bootstrap CI of the median, omnibus tests, all pairs with effect sizes, and the power-law
 * scaling of the metric with followers.
 *
 * <pre>{@code
 * TierComparison.Result r = TierComparison.of(table, "engagement_rate")
 *     .tiers(Tiers.RED).followers("followers").adjust(Adjustment.HOLM).seed(7).run();
 * r            // readable report
 * r.toTable()  // one row per tier
 * }</pre>
 *
 * <p><b>Tiers.</b> Each row's tier follows {@link RowTiers}, the rule every part of KOLScope uses:
 * the tier column named with {@link #tierColumn}, else computed from the followers column (named
 * with {@link #followers}, default {@code followers}) with {@link #tiers}, else the table's own
 * {@code tier} column when it has no followers column. Tiers are listed in {@link RowTiers#order()}
 * (tier order, English or Chinese labels; other labels after); tiers without rows are omitted.
 *
 * <p><b>Missing values</b> are dropped explicitly and reported: rows whose metric is missing or not
 * finite, and rows without a tier (missing follower count), are counted in {@link
 * Result#droppedMissingMetric()} and {@link Result#droppedMissingTier()} and named in {@link
 * Result#notes()}.
 *
 * <p><b>Small or degenerate tiers.</b> A tier with a single value is summarised but left out of
 * every test (a note says so); at least two tiers with two or more values are needed, else {@code
 * run()} throws. If every value is the same the comparison is meaningless and {@code run()} throws.
 * A tier with zero variance makes Welch's ANOVA undefined (NaN, with a note); a pair whose values
 * are all equal gets NaN for Mann-Whitney (with a note).
 *
 * <p><b>Flagged share.</b> If the table has a {@code verdict} column (the audit's {@link Verdict}
 * labels), each tier reports the share of KOLs the audit flagged ({@link Verdict#flagged()}:
 * {@code review} or {@code suspicious}) among KOLs with a verdict; otherwise the share is NaN
 * (missing). With a {@code kol_id} column (a table of posts) each KOL counts once and is flagged
 * if any of its rows is; without one each row is a KOL.
 *
 * <p>Methods: {@link KruskalWallis}, {@link OneWayAnova}, {@link WelchAnova}, {@link Dunn} with
 * {@link Adjustment}, {@link MannWhitney}, {@link CliffsDelta}, {@link KolmogorovSmirnov}, {@link
 * BootstrapMedianCi}, {@link PowerLaw}, {@link Loess} — see each for formula and reference.
 */
public final class TierComparison {
  /** Name of the audit verdict column read for the flagged share. */
  public static final String VERDICT = "verdict";
  /** Default seed of the bootstraps. */
  public static final long DEFAULT_SEED = 1;

  private final Table table;
  private final String metric;
  private Tiers tiers = Tiers.RED;
  private String followers;
  private String tierColumn;
  private Adjustment adjustment = Adjustment.HOLM;
  private long seed = DEFAULT_SEED;
  private int resamples = BootstrapMedianCi.DEFAULT_RESAMPLES;
  private double level = BootstrapMedianCi.DEFAULT_LEVEL;

  private TierComparison(Table table, String metric) {
    this.table = Objects.requireNonNull(table, "table");
    this.metric = Objects.requireNonNull(metric, "metric");
  }

  /**
   * Starts a comparison of column {@code metric} of {@code table} (the table is not modified). The
   * metric may be a ratio column the table does not have yet, derived as the CLI derives it (e.g.
   * {@code engagement_rate} of a raw notes table: interactions / the author's followers; see {@link
   * DerivedColumns}).
   *
   * @param table the data, one row per account or post (not null)
   * @param metric name of a numeric column, or of a derivable one (not null)
   * @return the comparison, to configure and {@link #run()}
   */
  public static TierComparison of(Table table, String metric) {
    return new TierComparison(table, metric);
  }

  /**
   * The tier definition (default {@link Tiers#RED}).
   *
   * @param t the tiers (not null)
   * @return this
   */
  public TierComparison tiers(Tiers t) {
    this.tiers = Objects.requireNonNull(t, "tiers");
    return this;
  }

  /**
   * The follower column to tier by and to fit the power law on (default: {@code followers}, when
   * the table has it).
   *
   * @param column a numeric column (not null)
   * @return this
   */
  public TierComparison followers(String column) {
    this.followers = Objects.requireNonNull(column, "followers column");
    return this;
  }

  /**
   * A column holding each row's tier, read as it is instead of computing tiers (the power law
   * still uses the followers column when there is one).
   *
   * @param column the tier column (not null)
   * @return this
   */
  public TierComparison tierColumn(String column) {
    this.tierColumn = Objects.requireNonNull(column, "tier column");
    return this;
  }

  /**
   * The p-value adjustment of Dunn's pairs (default {@link Adjustment#HOLM}).
   *
   * @param a the adjustment (not null)
   * @return this
   */
  public TierComparison adjust(Adjustment a) {
    this.adjustment = Objects.requireNonNull(a, "adjustment");
    return this;
  }

  /**
   * The seed of the bootstraps (default {@value #DEFAULT_SEED}).
   *
   * @param s the seed
   * @return this
   */
  public TierComparison seed(long s) {
    this.seed = s;
    return this;
  }

  /**
   * Bootstrap resamples (default 2,000).
   *
   * @param b at least 100
   * @return this
   * @throws IllegalArgumentException if b &lt; 100
   */
  public TierComparison resamples(int b) {
    if (b < 100) {
      throw new IllegalArgumentException("need at least 100 resamples, got " + b);
    }
    this.resamples = b;
    return this;
  }

  /**
   * Confidence level of the intervals (default 0.95).
   *
   * @param l a level in (0, 1)
   * @return this
   * @throws IllegalArgumentException if l is outside (0, 1)
   */
  public TierComparison level(double l) {
    if (!(l > 0 && l < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + l);
    }
    this.level = l;
    return this;
  }

  // ------------------------------------------------------------------ results

  /**
   * Summary of one tier.
   *
   * @param tier the tier label
   * @param n number of values
   * @param median median (type 7)
   * @param q1 first quartile (type 7)
   * @param q3 third quartile (type 7)
   * @param mean mean
   * @param sd standard deviation (n − 1), NaN for n = 1
   * @param ciLow lower bound of the bootstrap CI of the median (NaN for n = 1)
   * @param ciHigh upper bound of the bootstrap CI of the median (NaN for n = 1)
   * @param flaggedShare share of KOLs the audit flagged (NaN without a verdict column)
   */
  public record TierSummary(
      String tier,
      int n,
      double median,
      double q1,
      double q3,
      double mean,
      double sd,
      double ciLow,
      double ciHigh,
      double flaggedShare) {}

  /**
   * One pair of tiers ({@code a} is the lower tier).
   *
   * @param a first tier
   * @param b second tier
   * @param dunnZ Dunn's z (positive when a has the higher mean rank)
   * @param pValue Dunn's unadjusted p
   * @param pAdjusted Dunn's adjusted p
   * @param mannWhitneyU U of {@code a}
   * @param mwPValue Mann-Whitney two-sided p
   * @param mwMethod how the Mann-Whitney p was computed
   * @param rankBiserial rank-biserial correlation (positive when a tends to be larger)
   * @param cliffsDelta Cliff's delta (positive when a tends to be larger)
   * @param ksD Kolmogorov-Smirnov D
   * @param ksPValue Kolmogorov-Smirnov p
   */
  public record PairComparison(
      String a,
      String b,
      double dunnZ,
      double pValue,
      double pAdjusted,
      double mannWhitneyU,
      double mwPValue,
      String mwMethod,
      double rankBiserial,
      double cliffsDelta,
      double ksD,
      double ksPValue) {}

  /**
   * The comparison.
   *
   * @param metric the metric column
   * @param tiers the tier definition name ({@code red}, {@code international}, {@code custom}) or
   *     {@code column} when an existing tier column was used
   * @param adjustment the adjustment of Dunn's p-values
   * @param seed the bootstrap seed
   * @param groups per-tier summaries in tier order
   * @param kruskalWallis Kruskal-Wallis over the tested tiers
   * @param anova one-way ANOVA over the tested tiers
   * @param welch Welch's ANOVA (NaN fields if undefined)
   * @param pairs all pairs of tested tiers
   * @param powerLaw the power-law fit, or null without a followers column or enough positive pairs
   * @param loess the LOESS curve for charts, or null (same conditions)
   * @param rowsUsed rows in the comparison
   * @param droppedMissingMetric rows dropped for a missing metric
   * @param droppedMissingTier rows dropped for a missing tier / follower count
   * @param notes what was dropped, left out or undefined, in words
   */
  public record Result(
      String metric,
      String tiers,
      Adjustment adjustment,
      long seed,
      List<TierSummary> groups,
      KruskalWallis.Result kruskalWallis,
      OneWayAnova.Result anova,
      WelchAnova.Result welch,
      List<PairComparison> pairs,
      PowerLaw.Result powerLaw,
      Loess.Curve loess,
      int rowsUsed,
      int droppedMissingMetric,
      int droppedMissingTier,
      List<String> notes)
      implements Tabular {
    public Result {
      groups = List.copyOf(groups);
      pairs = List.copyOf(pairs);
      notes = List.copyOf(notes);
    }

    /**
     * The per-tier summary, one row per tier: the {@link TierSummary} fields, named as in {@code
     * kolscope tiers --json} ({@link Fields}).
     */
    @Override
    public Table toTable() {
      return Fields.table(metric + " by tier", TierSummary.class, groups);
    }

    /**
     * The pairs as a table: the {@link PairComparison} fields, named as in the JSON.
     *
     * @return one row per pair of tiers
     */
    public Table pairsTable() {
      return Fields.table(metric + " pairs", PairComparison.class, pairs);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append("Tier comparison of ").append(metric).append(" (tiers: ").append(tiers)
          .append(", ").append(rowsUsed).append(" rows; bootstrap seed ").append(seed)
          .append(")\n\n");
      sb.append(String.format(Locale.ROOT, "  %-12s %6s %10s %10s %10s %10s %10s  %-23s %s%n",
          "tier", "n", "median", "Q1", "Q3", "mean", "sd", "bootstrap CI of median", "flagged"));
      for (TierSummary g : groups) {
        sb.append(String.format(Locale.ROOT, "  %-12s %6d %10s %10s %10s %10s %10s  %-23s %s%n",
            g.tier(), g.n(), stat(g.median()), stat(g.q1()), stat(g.q3()), stat(g.mean()),
            stat(g.sd()), "[" + stat(g.ciLow()) + ", " + stat(g.ciHigh()) + "]",
            Double.isNaN(g.flaggedShare())
                ? "-"
                : String.format(Locale.ROOT, "%.1f %%", 100 * g.flaggedShare())));
      }
      sb.append('\n');
      sb.append("Kruskal-Wallis H = ").append(stat(kruskalWallis.h())).append(", df = ")
          .append(kruskalWallis.df()).append(", p = ").append(p(kruskalWallis.pValue()))
          .append('\n');
      sb.append("ANOVA F(").append(anova.dfBetween()).append(", ").append(anova.dfWithin())
          .append(") = ").append(stat(anova.f())).append(", p = ").append(p(anova.pValue()))
          .append('\n');
      sb.append("Welch F(").append(stat(welch.df1())).append(", ").append(stat(welch.df2()))
          .append(") = ").append(stat(welch.f())).append(", p = ").append(p(welch.pValue()))
          .append("\n\n");
      sb.append("Pairs (Dunn p adjusted by ").append(adjustment.key()).append("):\n");
      for (PairComparison p : pairs) {
        sb.append("  ").append(p.a()).append(" vs ").append(p.b())
            .append(": Dunn z = ").append(stat(p.dunnZ()))
            .append(", p = ").append(p(p.pValue()))
            .append(", adj. p = ").append(p(p.pAdjusted())).append("\n    Mann-Whitney U = ")
            .append(stat(p.mannWhitneyU())).append(", p = ").append(p(p.mwPValue()))
            .append(" (").append(p.mwMethod()).append("), rank-biserial = ")
            .append(stat(p.rankBiserial())).append(", Cliff's delta = ")
            .append(stat(p.cliffsDelta())).append("\n    KS D = ").append(stat(p.ksD()))
            .append(", p = ").append(p(p.ksPValue())).append('\n');
      }
      if (powerLaw != null) {
        sb.append('\n').append(powerLaw).append('\n');
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
   * @throws IllegalArgumentException if a column is absent or of the wrong type, fewer than two
   *     tiers have two or more values, all values are equal, or a verdict is not one of {@link
   *     Verdict}'s labels
   * @return the comparison
   */
  public Result run() {
    Table table = DerivedColumns.require(this.table, null, metric);
    NumericColumn<?> values = Samples.numeric(table, metric);
    List<String> notes = new ArrayList<>();
    RowTiers rowTiers = RowTiers.of(table, tierColumn, tiers, followers);
    String tierName = rowTiers.column() != null ? "column" : tiers.name();
    NumericColumn<?> followerCol = followers != null ? Samples.numeric(table, followers)
        : Cells.numeric(table, Schema.FOLLOWERS);
    Grouping grouping = group(values, rowTiers, notes);
    Tiered tiered = summarise(table, values, followerCol, grouping.rows(), notes);
    List<double[]> tested = tiered.tested;
    KruskalWallis.Result kw = KruskalWallis.test(tested);
    OneWayAnova.Result anova = OneWayAnova.test(tested);
    WelchAnova.Result welch =
        attempt(() -> WelchAnova.test(tested), notes,
            new WelchAnova.Result(Double.NaN, tested.size() - 1, Double.NaN, Double.NaN));
    List<PairComparison> pairs = comparePairs(tiered, notes);
    PowerLaw.Result power = null;
    Loess.Curve loess = null;
    if (followerCol == null) {
      notes.add("no followers column: no power-law fit");
    } else {
      double[] fx = tiered.followers.stream().mapToDouble(Double::doubleValue).toArray();
      double[] fy = tiered.values.stream().mapToDouble(Double::doubleValue).toArray();
      power = attempt(() -> PowerLaw.fit(fx, fy, level, resamples, seed), notes, null, "power law");
      loess = attempt(() -> Loess.fit(fx, fy), notes, null, "LOESS");
      if (power != null && power.excluded() > 0) {
        notes.add("power law: " + power.excluded() + " rows with followers or " + metric
            + " <= 0 have no logarithm and were left out");
      }
    }
    return new Result(
        metric, tierName, adjustment, seed, tiered.summaries, kw, anova, welch, pairs, power, loess,
        tiered.used, grouping.missingMetric(), grouping.missingTier(), notes);
  }

  /**
   * The rows of each tier, in tier order (tiers without a usable row left out), and how many rows
   * were dropped for a missing value or a missing tier.
   */
  private record Grouping(Map<String, List<Integer>> rows, int missingMetric, int missingTier) {}

  /** Step 1: the rows with a value, grouped by tier; the dropped rows said in {@code notes}. */
  private Grouping group(NumericColumn<?> values, RowTiers rowTiers, List<String> notes) {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    for (String t : rowTiers.order()) {
      rows.put(t, new ArrayList<>());
    }
    int missingMetric = 0;
    int missingTier = 0;
    for (int r = 0; r < values.size(); r++) {
      if (values.isMissing(r) || !Double.isFinite(values.getDouble(r))) {
        missingMetric++;
        continue;
      }
      if (rowTiers.get(r) == null) {
        missingTier++;
        continue;
      }
      rows.get(rowTiers.get(r)).add(r);
    }
    rows.values().removeIf(List::isEmpty);
    if (missingMetric > 0) {
      notes.add(missingMetric + " rows with a missing " + metric + " were dropped");
    }
    if (missingTier > 0) {
      notes.add(missingTier + " rows without a tier (missing follower count) were dropped");
    }
    return new Grouping(rows, missingMetric, missingTier);
  }

  /** What step 2 gathers per tier: the summaries, the tiers tested and the pairs for the fit. */
  private static final class Tiered {
    final List<TierSummary> summaries = new ArrayList<>();
    final List<double[]> tested = new ArrayList<>();
    final List<String> testedLabels = new ArrayList<>();
    final List<Double> followers = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
    int used;
  }

  /**
   * Step 2: each tier's summary; the tiers with two or more values are tested, and the
   * (followers, value) pairs of every row are kept for the power-law fit.
   *
   * @throws IllegalArgumentException if fewer than two tiers can be tested or all values are equal
   */
  private Tiered summarise(Table table, NumericColumn<?> values, NumericColumn<?> followerCol,
      Map<String, List<Integer>> rows, List<String> notes) {
    Column<?> verdict = table.containsColumn(VERDICT) ? table.column(VERDICT) : null;
    Column<?> kolId = table.containsColumn(Schema.KOL_ID) ? table.column(Schema.KOL_ID) : null;
    Tiered out = new Tiered();
    for (Map.Entry<String, List<Integer>> e : rows.entrySet()) {
      String t = e.getKey();
      List<Integer> rs = e.getValue();
      double[] x = rs.stream().mapToDouble(values::getDouble).toArray();
      out.used += x.length;
      out.summaries.add(summarise(t, x, flaggedShare(verdict, kolId, rs)));
      if (x.length >= 2) {
        out.tested.add(x);
        out.testedLabels.add(t);
      } else {
        notes.add("tier " + t + " has 1 value and is left out of the tests");
      }
      if (followerCol != null) {
        for (int r : rs) {
          if (!followerCol.isMissing(r)) {
            out.followers.add(followerCol.getDouble(r));
            out.values.add(values.getDouble(r));
          }
        }
      }
    }
    if (out.tested.size() < 2) {
      throw new IllegalArgumentException(
          "need at least 2 tiers with 2 or more values of " + metric + ", got "
              + out.summaries.stream().map(s -> s.tier() + " (n = " + s.n() + ")").toList());
    }
    double first = out.tested.get(0)[0];
    if (out.tested.stream().flatMapToDouble(Arrays::stream).allMatch(v -> v == first)) {
      throw new IllegalArgumentException(
          "all " + out.used + " values of " + metric + " equal " + first + ": nothing to compare");
    }
    return out;
  }

  /** Step 3: every pair of tested tiers, by Dunn, Mann-Whitney, Cliff's delta and KS. */
  private List<PairComparison> comparePairs(Tiered tiered, List<String> notes) {
    List<double[]> tested = tiered.tested;
    Dunn.Result dunn = Dunn.test(tested, tiered.testedLabels, adjustment);
    List<PairComparison> pairs = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < tested.size(); i++) {
      for (int j = i + 1; j < tested.size(); j++) {
        double[] x = tested.get(i);
        double[] y = tested.get(j);
        Dunn.Pair d = dunn.pairs().get(at++);
        String pairName = tiered.testedLabels.get(i) + " vs " + tiered.testedLabels.get(j);
        MannWhitney.Result mw = attempt(() -> MannWhitney.test(x, y), notes, null, pairName);
        CliffsDelta.Result cd = CliffsDelta.of(x, y);
        KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(x, y);
        pairs.add(
            new PairComparison(
                d.a(), d.b(), d.z(), d.pValue(), d.pAdjusted(),
                mw == null ? Double.NaN : mw.u(),
                mw == null ? Double.NaN : mw.pValue(),
                mw == null ? "undefined" : mw.methodText(),
                mw == null ? Double.NaN : mw.rankBiserial(),
                cd.delta(), ks.d(), ks.pValue()));
        if (ks.ties() && ks.exact()) {
          notes.add("KS " + pairName + ": exact p assumes no ties; the data have ties");
        }
      }
    }
    return pairs;
  }

  private TierSummary summarise(String tier, double[] x, double flagged) {
    double[] s = Quantiles.sortedCopy(x);
    double lo = Double.NaN;
    double hi = Double.NaN;
    if (x.length >= 2) {
      BootstrapMedianCi.Result ci = BootstrapMedianCi.compute(x, resamples, level, seed);
      lo = ci.low();
      hi = ci.high();
    }
    return new TierSummary(
        tier, x.length, Quantiles.quantileSorted(s, 0.5), Quantiles.quantileSorted(s, 0.25),
        Quantiles.quantileSorted(s, 0.75), StatUtils.mean(x),
        x.length >= 2 ? Math.sqrt(StatUtils.variance(x)) : Double.NaN, lo, hi, flagged);
  }

  /**
   * Share of KOLs the audit flagged ({@link Verdict#flagged()}), among those with a verdict; NaN if
   * none. With a {@code kol_id} column a KOL counts once (flagged if any of its rows is); without
   * one each row is a KOL.
   */
  private static double flaggedShare(Column<?> verdict, Column<?> kolId, List<Integer> rs) {
    if (verdict == null) {
      return Double.NaN;
    }
    Map<String, Boolean> flaggedByKol = new LinkedHashMap<>();
    for (int r : rs) {
      if (verdict.isMissing(r) || verdict.getString(r).isBlank()) {
        continue;
      }
      boolean flagged;
      try {
        flagged = Verdict.parse(verdict.getString(r)).flagged();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("row " + (r + 1) + ": " + e.getMessage(), e);
      }
      String key = kolId == null || kolId.isMissing(r) ? "#row" + r : kolId.getString(r);
      flaggedByKol.merge(key, flagged, Boolean::logicalOr);
    }
    if (flaggedByKol.isEmpty()) {
      return Double.NaN;
    }
    long flagged = flaggedByKol.values().stream().filter(b -> b).count();
    return (double) flagged / flaggedByKol.size();
  }

  private static <T> T attempt(Supplier<T> s, List<String> notes, T fallback) {
    return attempt(s, notes, fallback, null);
  }

  /** Runs s; on IllegalArgumentException records a note and returns the fallback. */
  private static <T> T attempt(Supplier<T> s, List<String> notes, T fallback, String what) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) {
      notes.add((what == null ? "" : what + ": ") + e.getMessage());
      return fallback;
    }
  }
}
