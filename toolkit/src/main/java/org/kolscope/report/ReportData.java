package org.kolscope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.metrics.DerivedColumns;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.metrics.Metrics;
import org.kolscope.rules.AuditResult;
import org.kolscope.stats.Sample;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.benford.BenfordResult;
import org.kolscope.stats.outliers.GroupedResult;
import org.kolscope.stats.outliers.Method;
import org.kolscope.stats.outliers.Outliers;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.RegressionResult;
import org.kolscope.stats.regression.XySample;
import org.kolscope.tiers.TierComparison;
import org.kolscope.timing.Content;
import org.kolscope.timing.Timing;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Everything the report shows beyond the audit itself, computed once: the tier comparison of the
 * engagement metric, the outlier tests within tiers, the regression outlier test of
 * log10(likes_and_collects) on log10(followers) and Benford's first-digit test on follower counts,
 * and, when the notes carry publication times, their timing and the content-type and cooperation
 * comparisons. Each one is an {@link Outcome}: it may be unavailable on a given dataset, with the
 * reason.
 */
final class ReportData {
  /** Metrics tried for the tier summary, in order: the first with two or more values is used. */
  static final List<String> METRICS =
      List.of(KolAggregates.MEDIAN_ENGAGEMENT_RATE, Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER);

  final AuditResult audit;
  final Table kols;
  final String metric;
  final Outcome<TierComparison.Result> tiers;
  final Outcome<GroupedResult> mad;
  final Outcome<GroupedResult> iqr;
  final Outcome<BenfordResult> benford;
  final Outcome<RegressionResult> regression;
  /** The timing of the notes, or null when the audit had no notes with publication times. */
  final Outcome<Timing.Result> timing;
  /** Image against video, or null without times or a content_type column. */
  final Outcome<Content.Result> contentType;
  /** Gifted against paid, or null without times or a cooperation / cost_rmb column. */
  final Outcome<Content.Result> cooperation;
  private final Map<String, String> names = new HashMap<>();

  ReportData(AuditResult audit, String metricOrNull, long seed, ReportPool pool) {
    this.audit = audit;
    this.kols = audit.kols();
    this.metric = metricOrNull != null ? metricOrNull : chooseMetric(kols);
    boolean hasTier = kols.containsColumn(Schema.TIER);
    // the computations only read the tables: they run side by side on the report's workers
    var tiersLater = later(pool, () -> TierComparison.of(kols, need(metric)).tiers(audit.tiers())
        .seed(seed).run());
    var madLater = later(pool, () -> within(hasTier, Method.MAD));
    var iqrLater = later(pool, () -> within(hasTier, Method.IQR));
    var benfordLater = later(pool, () -> Benford.test(
        Sample.from(kols, Schema.FOLLOWERS, Schema.KOL_ID), Benford.Digits.FIRST, 0.05));
    var regressionLater = later(pool, () -> OlsInfluence.fit(
        XySample.from(kols, Schema.FOLLOWERS,
            Schema.LIKES_AND_COLLECTS, Schema.KOL_ID, true, null), 0.05));
    boolean timed = TimingSection.hasTimes(audit.notes());
    // the timing and both content comparisons each derived the notes' tiers (a copy of the table
    // and every ratio again) when the notes had none: derived once here, the same columns
    Table notes = timed ? withTiers(audit.notes(), audit) : audit.notes();
    var timingLater = timed ? later(pool, () -> Timing.of(notes)
        .tiers(audit.tiers()).seed(seed).run()) : null;
    var contentLater = timed && notes.containsColumn(Schema.CONTENT_TYPE)
        ? later(pool, () -> Content.of(notes).tiers(audit.tiers()).seed(seed)
            .run())
        : null;
    var cooperationLater = timed && (notes.containsColumn(Schema.COOPERATION)
        || notes.containsColumn(Schema.COST_RMB))
        ? later(pool, () -> Content.of(notes).by(Schema.COOPERATION)
            .tiers(audit.tiers()).seed(seed).run())
        : null;
    this.tiers = ReportPool.join(tiersLater);
    this.mad = ReportPool.join(madLater);
    this.iqr = ReportPool.join(iqrLater);
    this.benford = ReportPool.join(benfordLater);
    this.regression = ReportPool.join(regressionLater);
    this.timing = timingLater == null ? null : ReportPool.join(timingLater);
    this.contentType = contentLater == null ? null : ReportPool.join(contentLater);
    this.cooperation = cooperationLater == null ? null : ReportPool.join(cooperationLater);
    for (int r = 0; r < kols.rowCount(); r++) {
      String name = Cells.text(kols, Schema.NAME, r);
      if (!name.isEmpty()) {
        names.put(Cells.text(kols, Schema.KOL_ID, r), name);
      }
    }
  }

  /** The notes with a tier column, derived as the analyses would; as they are if that fails. */
  private static Table withTiers(Table notes, AuditResult audit) {
    if (notes.containsColumn(Schema.TIER)) {
      return notes;
    }
    try {
      return DerivedColumns.derive(notes, audit.tiers());
    } catch (IllegalArgumentException e) {
      return notes; // each analysis then says why, as before
    }
  }

  /** Starts {@code task} as an {@link Outcome} on a worker. */
  private static <T> CompletableFuture<Outcome<T>> later(ReportPool pool, Supplier<T> task) {
    return pool.submit(() -> Outcome.of(task));
  }

  private String need(String column) {
    if (column == null) {
      throw new IllegalArgumentException(
          "no engagement metric: the KOL table has none of " + METRICS + " with two or more values");
    }
    return column;
  }

  private GroupedResult within(boolean hasTier, Method m) {
    if (!hasTier) {
      throw new IllegalArgumentException("the KOL table has no tier column");
    }
    return Outliers.in(kols, need(metric)).id(Schema.KOL_ID).log().runByGroup(Schema.TIER, m);
  }

  /** The first of {@link #METRICS} with at least two finite values, or null. */
  static String chooseMetric(Table kols) {
    for (String m : METRICS) {
      NumericColumn<?> c = Cells.numeric(kols, m);
      if (c != null) {
        int n = 0;
        for (int r = 0; r < c.size() && n < 2; r++) {
          if (!c.isMissing(r) && Double.isFinite(c.getDouble(r))) {
            n++;
          }
        }
        if (n >= 2) {
          return c.name();
        }
      }
    }
    return null;
  }

  /** A KOL's name and id for a list ("name (id)", or the id alone). */
  String who(String kolId) {
    String name = names.get(kolId);
    return name == null || name.equals(kolId) ? kolId : name + " (" + kolId + ")";
  }

  /** Whether any KOL has a name. */
  boolean hasNames() {
    return !names.isEmpty();
  }

  /** The groups of a grouped result keyed by tier, in the audit's tier order (others after). */
  Map<String, GroupedResult.Group> byTier(GroupedResult g) {
    Map<String, GroupedResult.Group> in = new LinkedHashMap<>();
    g.groups().forEach(x -> in.put(x.name(), x));
    Map<String, GroupedResult.Group> out = new LinkedHashMap<>();
    for (String t : tierOrder(in.keySet())) {
      out.put(t, in.get(t));
    }
    return out;
  }

  /** {@code labels} sorted in the audit's tier order; labels not among the tiers keep their order after. */
  List<String> tierOrder(java.util.Collection<String> labels) {
    List<String> out = new ArrayList<>();
    for (String t : audit.tiers().labels()) {
      if (labels.contains(t)) {
        out.add(t);
      }
    }
    for (String t : labels) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
