package org.kolscope.report;

import static org.kolscope.core.HtmlText.escape;
import static org.kolscope.core.Numbers.p;
import static org.kolscope.core.Numbers.stat;

import java.util.Locale;
import org.kolscope.charts.ReadableLogAxis;
import org.kolscope.charts.TierBoxChart;
import org.kolscope.core.Numbers;
import org.kolscope.core.Schema;
import org.kolscope.metrics.Metrics;
import org.kolscope.stats.scaling.PowerLaw;
import org.kolscope.tiers.TierComparison;

/**
 * The tier summary: the engagement metric per tier (median, quartiles, bootstrap CI, share
 * flagged), Kruskal–Wallis with ANOVA and Welch beside it, Dunn's pairs with Cliff's delta, the
 * power law of the metric in followers and the tier box plot. The numbers come from {@link
 * TierComparison}; this class only lays them out and puts them in words.
 */
final class TierSection {
  /** Significance level used for the sentences (the tables give the p-values). */
  static final double ALPHA = 0.05;

  private TierSection() {}

  static void render(StringBuilder sb, ReportData d, ChartImages charts) {
    sb.append("<section id=\"tiers\"><h2>Tier summary</h2>\n");
    if (!d.tiers.ok()) {
      sb.append("<p class=\"unavailable\">Tier comparison not available: ").append(escape(d.tiers.reason()))
          .append("</p>\n</section>\n");
      return;
    }
    TierComparison.Result t = d.tiers.value();
    boolean rate = isRate(t.metric());
    sb.append("<p>Metric: <b>").append(escape(Metrics.label(t.metric()))).append("</b>, ").append(t.rowsUsed())
        .append(" KOLs.</p>\n");
    sb.append("<table class=\"grid\" id=\"tier-summary\"><thead><tr><th>tier</th><th class=\"r\">KOLs</th>")
        .append("<th class=\"r\">median</th><th class=\"r\">Q1</th><th class=\"r\">Q3</th>")
        .append("<th class=\"r\">95 % CI of median</th><th class=\"r\">flagged by the audit</th>")
        .append("</tr></thead><tbody>\n");
    for (TierComparison.TierSummary g : t.groups()) {
      sb.append("<tr><td>").append(escape(g.tier())).append("</td><td class=\"r\">").append(g.n())
          .append("</td><td class=\"r\">").append(value(g.median(), rate))
          .append("</td><td class=\"r\">").append(value(g.q1(), rate))
          .append("</td><td class=\"r\">").append(value(g.q3(), rate))
          .append("</td><td class=\"r\">")
          .append(Double.isNaN(g.ciLow()) ? "–" : value(g.ciLow(), rate) + " – " + value(g.ciHigh(), rate))
          .append("</td><td class=\"r\">").append(Numbers.percent(g.flaggedShare())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");

    double pkw = t.kruskalWallis().pValue();
    sb.append("<p><b>Kruskal–Wallis</b> H = ").append(stat(t.kruskalWallis().h())).append(", df = ")
        .append(t.kruskalWallis().df()).append(", p").append(Html.pIs(pkw)).append(": ")
        .append(pkw < ALPHA
            ? "the tiers differ in " + escape(Metrics.label(t.metric())) + " (at the 5 % level)."
            : "no evidence that the tiers differ in " + escape(Metrics.label(t.metric())) + " (at the 5 % level).")
        .append(" <span class=\"muted small\">For comparison, ANOVA F = ").append(stat(t.anova().f()))
        .append(" (p").append(Html.pIs(t.anova().pValue())).append("), Welch F = ")
        .append(stat(t.welch().f())).append(" (p").append(Html.pIs(t.welch().pValue()))
        .append("); engagement ratios are heavy-tailed, so the rank test leads.</span></p>\n");

    sb.append("<table class=\"grid\" id=\"tier-pairs\"><caption>Pairs of tiers: Dunn's test (p adjusted by ")
        .append(escape(t.adjustment().key())).append(") and Cliff's delta</caption><thead><tr>")
        .append("<th>pair</th><th class=\"r\">Dunn z</th><th class=\"r\">p</th><th class=\"r\">adjusted p</th>")
        .append("<th class=\"r\">Cliff's δ</th><th>reading</th></tr></thead><tbody>\n");
    for (TierComparison.PairComparison pc : t.pairs()) {
      sb.append("<tr><td>").append(escape(pc.a())).append(" vs ").append(escape(pc.b()))
          .append("</td><td class=\"r\">").append(stat(pc.dunnZ()))
          .append("</td><td class=\"r\">").append(p(pc.pValue()))
          .append("</td><td class=\"r\">").append(p(pc.pAdjusted()))
          .append("</td><td class=\"r\">").append(stat(pc.cliffsDelta()))
          .append("</td><td>").append(escape(reading(pc))).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");

    PowerLaw.Result pl = t.powerLaw();
    if (pl != null) {
      sb.append("<p><b>Power law</b> ").append(escape(Metrics.label(t.metric()))).append(" = a · followers<sup>b</sup>: b = ")
          .append(stat(pl.b())).append(" (95 % CI ").append(stat(pl.bCiLow())).append(" to ")
          .append(stat(pl.bCiHigh())).append("), R² = ").append(stat(pl.rSquared())).append(", n = ")
          .append(pl.n()).append(", p(b &lt; 0)").append(Html.pIs(pl.pValueBNegative())).append(". ")
          .append(escape(powerLawWords(pl))).append("</p>\n");
    }
    if (!t.notes().isEmpty()) {
      sb.append("<ul class=\"small muted\">");
      t.notes().forEach(n -> sb.append("<li>").append(escape(n)).append("</li>"));
      sb.append("</ul>\n");
    }
    charts.figure(sb,
        () -> TierBoxChart.of(d.kols).value(t.metric()).tierColumn(Schema.TIER)
            .tiers(d.audit.tiers()).format(rate ? ReadableLogAxis.PERCENT : ReadableLogAxis.COUNTS)
            .title(Metrics.label(t.metric()) + " by tier").build(),
        1300, 500, Metrics.label(t.metric()) + " by tier (box plot)",
        "Boxes span the quartiles, whiskers reach Tukey's fences; every KOL is a dot.");
    sb.append("</section>\n");
  }

  static boolean isRate(String metric) {
    return metric.contains("engagement_rate") || metric.contains("per_view");
  }

  private static String value(double v, boolean rate) {
    return rate ? Numbers.percent(v) : Numbers.readable(v);
  }

  /**
   * A pair's result in words: which tier is higher, and whether the difference holds at the
   * adjusted 5 % level, with the size of |Cliff's δ| by the thresholds 0.147, 0.33 and 0.474 of
   * Romano et al., "Appropriate statistics for ordinal level data", 2006 (negligible, small,
   * medium, large).
   */
  static String reading(TierComparison.PairComparison pc) {
    if (Double.isNaN(pc.pAdjusted())) {
      return "not tested";
    }
    if (pc.pAdjusted() >= ALPHA) {
      return "no clear difference";
    }
    String higher = pc.dunnZ() > 0 ? pc.a() : pc.b();
    double delta = Math.abs(pc.cliffsDelta());
    String size = Double.isNaN(delta) ? "" : delta < 0.147 ? ", negligible effect"
        : delta < 0.33 ? ", small effect" : delta < 0.474 ? ", medium effect" : ", large effect";
    return higher + " higher" + size;
  }

  /** What b means for a brand: the metric's change when followers grow tenfold. */
  static String powerLawWords(PowerLaw.Result pl) {
    double factor = Math.pow(10, pl.b());
    return String.format(Locale.ROOT, "Ten times more followers go with %s times the metric (10^b).",
        Numbers.readable(factor));
  }
}
