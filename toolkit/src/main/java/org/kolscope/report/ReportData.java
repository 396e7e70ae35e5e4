package org.kolscope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.io.Schema;
import org.kolscope.metrics.Cells;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.metrics.Metrics;
import org.kolscope.rules.AuditResult;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.benford.BenfordResult;
import org.kolscope.stats.outliers.GroupedResult;
import org.kolscope.stats.outliers.Method;
import org.kolscope.stats.outliers.Outliers;
import org.kolscope.stats.outliers.Sample;
import org.kolscope.tiers.TierComparison;
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
  final Outcome<org.kolscope.stats.regression.RegressionResult> regression;
  /** The timing of the notes, or null when the audit had no notes with publication times. */
  final Outcome<org.kolscope.timing.Timing.Result> timing;
  /** Image against video, or null without times or a content_type column. */
  final Outcome<org.kolscope.timing.Content.Result> contentType;
  /** Gifted against paid, or null without times or a cooperation / cost_rmb column. */
  final Outcome<org.kolscope.timing.Content.Result> cooperation;
  private final Map<String, String> names = new HashMap<>();

  ReportData(AuditResult audit, String metricOrNull, long seed) {
    this.audit = audit;
    this.kols = audit.kols();
    this.metric = metricOrNull != null ? metricOrNull : chooseMetric(kols);
    boolean hasTier = kols.containsColumn(Schema.TIER);
    this.tiers = Outcome.of(() -> TierComparison.of(kols, need(metric)).tiers(audit.tiers())
        .seed(seed).run());
    this.mad = Outcome.of(() -> within(hasTier, Method.MAD));
    this.iqr = Outcome.of(() -> within(hasTier, Method.IQR));
    this.benford = Outcome.of(() -> Benford.test(
        Sample.from(kols, Schema.FOLLOWERS, Schema.KOL_ID), Benford.Digits.FIRST, 0.05));
    this.regression = Outcome.of(() -> org.kolscope.stats.regression.OlsInfluence.fit(
        org.kolscope.stats.regression.XySample.from(kols, Schema.FOLLOWERS,
            Schema.LIKES_AND_COLLECTS, Schema.KOL_ID, true, null), 0.05));
    Table notes = audit.notes();
    boolean timed = TimingSection.hasTimes(notes);
    this.timing = timed ? Outcome.of(() -> org.kolscope.timing.Timing.of(notes)
        .tiers(audit.tiers()).seed(seed).run()) : null;
    this.contentType = timed && notes.containsColumn(Schema.CONTENT_TYPE)
        ? Outcome.of(() -> org.kolscope.timing.Content.of(notes).tiers(audit.tiers()).seed(seed)
            .run())
        : null;
    this.cooperation = timed && (notes.containsColumn(Schema.COOPERATION)
        || notes.containsColumn(Schema.COST_RMB))
        ? Outcome.of(() -> org.kolscope.timing.Content.of(notes).by(Schema.COOPERATION)
            .tiers(audit.tiers()).seed(seed).run())
        : null;
    for (int r = 0; r < kols.rowCount(); r++) {
      String name = Cells.text(kols, Schema.NAME, r);
      if (!name.isEmpty()) {
        names.put(Cells.text(kols, Schema.KOL_ID, r), name);
      }
    }
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
