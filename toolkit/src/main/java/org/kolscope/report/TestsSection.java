package org.kolscope.report;

import org.kolscope.stats.regression.RegressionResult;
import static org.kolscope.core.HtmlText.escape;
import static org.kolscope.core.Numbers.stat;

import java.util.List;
import java.util.Map;
import org.kolscope.charts.BenfordChart;
import org.kolscope.charts.RatioHistogram;
import org.kolscope.core.Cells;
import org.kolscope.core.Numbers;
import org.kolscope.core.Samples;
import org.kolscope.core.Schema;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.benford.BenfordResult;
import org.kolscope.stats.outliers.GroupedResult;

/**
 * The statistical tests beside the rules: outliers of the engagement metric within each tier
 * (modified z-scores and Tukey fences, on log10) and Benford's first-digit test on follower
 * counts, with the ratio histogram and the Benford chart.
 *
 * <p>The regression outlier test ({@code OlsInfluence}) is left out on purpose: it builds the n × n
 * hat matrix, which takes about 17 s for 1,700 KOLs; the follower–engagement chart already rings
 * and names the KOLs far from the power-law fit.
 */
final class TestsSection {
  /** Most outlying KOLs named per tier. */
  static final int NAMED = 5;

  private TestsSection() {}

  static void render(StringBuilder sb, ReportData d, ChartImages charts) {
    sb.append("<section id=\"tests\"><h2>Statistical tests</h2>\n");
    outliers(sb, d);
    regression(sb, d);
    benford(sb, d);
    sb.append("<div class=\"charts2\">\n");
    charts.figure(sb, () -> histogram(d).build(), 640, 420, "Histogram of likes + collects per follower",
        "Share of KOLs by ratio; the field guide's healthy band is shaded.");
    if (d.benford.ok()) {
      BenfordResult b = d.benford.value();
      charts.figure(sb, () -> BenfordChart.of(b.observed(), b.conformity().label()).mad(b.mad())
              .n(b.n()).build(), 640, 420, "Benford first-digit chart of follower counts",
          "First digits of follower counts against Benford's law.");
    }
    sb.append("</div>\n</section>\n");
  }

  private static RatioHistogram.Builder histogram(ReportData d) {
    if (Cells.hasNumber(d.kols, Schema.LIKES_AND_COLLECTS) && Cells.hasNumber(d.kols, Schema.FOLLOWERS)) {
      return RatioHistogram.likesPerFollower(d.kols);
    }
    if (d.metric == null) {
      throw new IllegalArgumentException("no likes_and_collects, followers or engagement metric");
    }
    return RatioHistogram.of(Samples.values(d.kols, d.metric)).noBand().name(d.metric)
        .title(d.metric);
  }

  private static void outliers(StringBuilder sb, ReportData d) {
    sb.append("<h3>Outliers within tiers</h3>\n");
    if (!d.mad.ok() || !d.iqr.ok()) {
      sb.append("<p class=\"unavailable\">Not available: ")
          .append(escape(d.mad.ok() ? d.iqr.reason() : d.mad.reason())).append("</p>\n");
      return;
    }
    sb.append("<p class=\"small muted\">log10(").append(escape(d.metric)).append(") within each tier: ")
        .append("modified z-score |M| &gt; 3.5 (Iglewicz and Hoaglin) and Tukey's fences with ")
        .append("k = 1.5. A low outlier is a KOL whose engagement is far below its tier's.</p>\n");
    Map<String, GroupedResult.Group> mad = d.byTier(d.mad.value());
    Map<String, GroupedResult.Group> iqr = d.byTier(d.iqr.value());
    sb.append("<table class=\"grid\" id=\"outliers\"><thead><tr><th>tier</th><th class=\"r\">KOLs</th>")
        .append("<th class=\"r\">MAD outliers</th><th class=\"r\">IQR outliers</th>")
        .append("<th>most extreme (modified z)</th></tr></thead><tbody>\n");
    for (Map.Entry<String, GroupedResult.Group> e : mad.entrySet()) {
      GroupedResult.Group m = e.getValue();
      GroupedResult.Group q = iqr.get(e.getKey());
      sb.append("<tr><td>").append(escape(e.getKey())).append("</td><td class=\"r\">")
          .append(m.tested() ? m.result().n() : m.rows()).append("</td>");
      if (!m.tested()) {
        sb.append("<td colspan=\"3\" class=\"muted\">not tested: ").append(escape(m.skipped()))
            .append("</td></tr>\n");
        continue;
      }
      sb.append("<td class=\"r\">").append(m.result().outliers().size()).append("</td><td class=\"r\">")
          .append(q == null || !q.tested() ? "–" : Integer.toString(q.result().outliers().size()))
          .append("</td><td class=\"small\">");
      List<Outlier> top = m.result().outliers();
      for (int i = 0; i < Math.min(NAMED, top.size()); i++) {
        Outlier o = top.get(i);
        sb.append(i == 0 ? "" : "; ").append(escape(d.who(o.id()))).append(" ")
            .append(TierSection.isRate(d.metric) ? Numbers.percent(o.value()) : Numbers.readable(o.value()))
            .append(" (M = ").append(stat(o.score())).append(")");
      }
      if (top.size() > NAMED) {
        sb.append("; … ").append(top.size() - NAMED).append(" more");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
  }

  private static void regression(StringBuilder sb, ReportData d) {
    sb.append("<h3>Regression outliers: likes + collects against followers</h3>\n");
    if (!d.regression.ok()) {
      sb.append("<p class=\"unavailable\">Not available: ").append(escape(d.regression.reason()))
          .append("</p>\n");
      return;
    }
    RegressionResult r = d.regression.value();
    sb.append("<p>OLS of ").append(escape(r.formula())).append(" over ").append(r.n())
        .append(" KOLs: slope ").append(stat(r.slope())).append(", R² ").append(stat(r.rSquared()))
        .append(". Bonferroni outlier test on the largest |studentized residual| (as R's ")
        .append("<code>car::outlierTest</code>): |t| = ").append(stat(r.statistic()))
        .append(", p").append(Html.pIs(r.pValue())).append(" — ")
        .append(r.outliers().isEmpty() ? "no KOL lies further from the fit than chance allows."
            : r.outliers().size() + " KOL(s) lie further from the fit than chance allows:")
        .append("</p>\n");
    if (!r.outliers().isEmpty()) {
      sb.append("<p class=\"small\">");
      for (int i = 0; i < Math.min(NAMED * 2, r.outliers().size()); i++) {
        Outlier o = r.outliers().get(i);
        sb.append(i == 0 ? "" : "; ").append(escape(d.who(o.id()))).append(" (rstudent ")
            .append(stat(o.score())).append(")");
      }
      sb.append("</p>\n");
    }
    for (String w : r.warnings()) {
      sb.append("<p class=\"small muted\">").append(escape(w)).append("</p>\n");
    }
  }

  private static void benford(StringBuilder sb, ReportData d) {
    sb.append("<h3>Benford's law on follower counts</h3>\n");
    if (!d.benford.ok()) {
      sb.append("<p class=\"unavailable\">Not available: ").append(escape(d.benford.reason()))
          .append("</p>\n");
      return;
    }
    BenfordResult b = d.benford.value();
    sb.append("<p>First digits of ").append(b.n()).append(" follower counts: χ² = ")
        .append(stat(b.chiSquare())).append(" (df ").append(b.df()).append(", p").append(Html.pIs(b.pValue()))
        .append("), MAD = ").append(stat(b.mad())).append(": <b>").append(escape(b.conformity().label()))
        .append("</b> (Nigrini's MAD bounds). Follower counts across many accounts follow ")
        .append("Benford's law (Golbeck 2015); purchased followers and bot networks break it ")
        .append("(Golbeck 2019). The test wants about 1,000 counts, and a misfit is a reason to ")
        .append("look closer, not proof.</p>\n");
    for (String w : b.warnings()) {
      sb.append("<p class=\"small muted\">").append(escape(w)).append("</p>\n");
    }
  }
}
