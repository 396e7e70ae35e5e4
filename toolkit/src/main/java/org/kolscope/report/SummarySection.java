package org.kolscope.report;

import static org.kolscope.core.HtmlText.escape;
import static org.kolscope.core.Numbers.readable;

import java.util.List;
import java.util.Map;
import org.kolscope.core.Numbers;
import org.kolscope.core.Tiers;
import org.kolscope.io.LoadReport;
import org.kolscope.io.Problem;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.Rule;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The report's overview: the data read, the verdict counts, verdicts by tier and the rules' firing rates. */
final class SummarySection {
  private SummarySection() {}

  /** The data summary and the verdict cards. */
  static void overview(StringBuilder sb, AuditResult r, List<LoadReport> sources) {
    sb.append("<section id=\"summary\"><h2>Data and verdicts</h2>\n");
    if (sources.isEmpty()) {
      sb.append("<p>").append(r.kols().rowCount()).append(" KOLs");
      if (r.noteCount() >= 0) {
        sb.append(", ").append(r.noteCount()).append(" notes");
      }
      sb.append(". <span class=\"muted\">Load problems: not known (the audit was built in memory).</span></p>\n");
    } else {
      sb.append("<table class=\"grid\"><thead><tr><th>file</th><th>kind</th><th>format</th>")
          .append("<th class=\"r\">rows read</th><th class=\"r\">kept</th><th class=\"r\">rejected</th>")
          .append("<th class=\"r\">suspicious cells</th></tr></thead><tbody>\n");
      for (LoadReport s : sources) {
        sb.append("<tr><td>").append(escape(s.file())).append("</td><td>")
            .append(escape(s.kind().name().toLowerCase(java.util.Locale.ROOT))).append("</td><td>")
            .append(escape(s.format())).append(s.encoding().isEmpty() ? "" : ", " + escape(s.encoding()))
            .append("</td><td class=\"r\">").append(readable(s.rowsRead()))
            .append("</td><td class=\"r\">").append(readable(s.rowsKept()))
            .append("</td><td class=\"r\">").append(readable(s.rejectedRows()))
            .append("</td><td class=\"r\">").append(s.problems(Problem.Severity.SUSPICIOUS).size())
            .append("</td></tr>\n");
      }
      sb.append("</tbody></table>\n");
      long problems = sources.stream().mapToLong(s -> s.problems().size()).sum();
      sb.append("<p>").append(r.kols().rowCount()).append(" KOLs audited");
      if (r.noteCount() >= 0) {
        sb.append(" with ").append(r.noteCount()).append(" notes");
      }
      sb.append("; ").append(problems).append(" load problem").append(problems == 1 ? "" : "s")
          .append(problems > 0 ? " (<code>kolscope load FILE</code> lists them)" : "").append(".</p>\n");
    }
    if (r.notesOfUnknownKols() > 0) {
      sb.append("<p class=\"note\">").append(r.notesOfUnknownKols())
          .append(" notes of KOLs that are not among the accounts were left out.</p>\n");
    }
    Tiers t = r.tiers();
    sb.append("<p class=\"muted small\">Tiers: ").append(escape(t.name())).append(" (");
    for (int i = 0; i < t.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(escape(t.labels().get(i))).append(' ').append(escape(t.range(i)));
    }
    sb.append("). Interactions = ").append(escape(r.interactions().definition())).append(".</p>\n");
    Map<String, Integer> vc = r.verdictCounts();
    int n = Math.max(1, r.kols().rowCount());
    sb.append("<div class=\"cards\">");
    card(sb, "kols", r.kols().rowCount(), "KOLs audited");
    for (Map.Entry<String, Integer> e : vc.entrySet()) {
      card(sb, e.getKey(), e.getValue(),
          e.getKey() + " · " + Numbers.percent((double) e.getValue() / n));
    }
    sb.append("</div>\n");
    sb.append("<p class=\"small muted\">Each KOL's signals (reach, likes per view, likes and "
        + "collects per follower, comments and collects per like, spikes between notes…) are compared "
        + "with what honest accounts of the same size show in these data; the deviations are combined "
        + "for each kind of manipulation (bought followers, bought likes, comment farm). A KOL is "
        + "<b>suspicious</b> when the evidence passes the level that only ")
        .append(Numbers.percent(r.evidence().falseAlarm()))
        .append(" of honest KOLs reach, <b>review</b> past the level of ")
        .append(Numbers.percent(r.evidence().reviewRate()))
        .append(", <b>not_checked</b> when no signal could be judged, <b>ok</b> otherwise. Price and "
            + "the field guide's rules of thumb are shown as context; they never decide a verdict.</p>\n");
    byTier(sb, r);
    sb.append("</section>\n");
  }

  private static void card(StringBuilder sb, String cls, int n, String label) {
    sb.append("<div class=\"card ").append(escape(cls)).append("\"><div class=\"n\">").append(readable(n))
        .append("</div><div class=\"l\">").append(escape(label)).append("</div></div>");
  }

  private static void byTier(StringBuilder sb, AuditResult r) {
    sb.append("<table class=\"grid\" id=\"verdicts-by-tier\"><caption>Verdicts by tier</caption>")
        .append("<thead><tr><th>tier</th><th>followers</th><th class=\"r\">KOLs</th>")
        .append("<th class=\"r\">ok</th><th class=\"r\">review</th><th class=\"r\">suspicious</th>")
        .append("<th class=\"r\">not checked</th><th class=\"r\">flagged</th></tr></thead><tbody>\n");
    for (Map.Entry<String, Map<String, Integer>> e : r.verdictsByTier().entrySet()) {
      int i = r.tiers().indexOfLabel(e.getKey());
      Map<String, Integer> m = e.getValue();
      int k = m.get("kols");
      sb.append("<tr><td>").append(escape(e.getKey())).append("</td><td>")
          .append(i < 0 ? "unknown" : escape(r.tiers().range(i))).append("</td><td class=\"r\">")
          .append(readable(k)).append("</td><td class=\"r\">").append(readable(m.get("ok")))
          .append("</td><td class=\"r\">").append(readable(m.get("review")))
          .append("</td><td class=\"r\">").append(readable(m.get("suspicious")))
          .append("</td><td class=\"r\">").append(readable(m.get("not_checked")))
          .append("</td><td class=\"r\">")
          .append(k == 0 ? "–" : Numbers.percent((double) (m.get("review") + m.get("suspicious")) / k))
          .append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
  }

  /** How often each rule fired per tier, shaded by rate, and what each rule checks. */
  static void rules(StringBuilder sb, AuditResult r) {
    sb.append("<section id=\"rules\"><h2>Field-guide rules per tier (context)</h2>\n")
        .append("<p class=\"small muted\">Fired / checked KOLs per tier (a rule that could not be "
            + "checked for a KOL is left out of its denominator); darker cells fire more often.</p>\n");
    Table fr = r.firingRates();
    List<String> ordered = new java.util.ArrayList<>();
    for (int i = 0; i < fr.rowCount(); i++) {
      String t = fr.stringColumn("tier").get(i);
      if (!ordered.contains(t)) {
        ordered.add(t);
      }
    }
    sb.append("<table class=\"grid\" id=\"firing\"><thead><tr><th>rule</th>");
    for (String t : ordered) {
      sb.append("<th class=\"r\">").append(escape(t)).append("</th>");
    }
    sb.append("<th>fires when</th></tr></thead><tbody>\n");
    DoubleColumn rate = fr.doubleColumn("firing_rate");
    for (Rule ru : r.rules()) {
      sb.append("<tr><td class=\"nowrap\"><b>").append(escape(ru.label())).append("</b></td>");
      for (int i = 0; i < fr.rowCount(); i++) {
        if (!fr.stringColumn("rule").get(i).equals(ru.label())) {
          continue;
        }
        int checked = fr.intColumn("checked").get(i);
        if (checked == 0 || rate.isMissing(i)) {
          sb.append("<td class=\"heat muted\">not checked</td>");
        } else {
          double x = rate.get(i);
          double alpha = Math.min(0.7, 0.05 + 0.8 * x);
          sb.append("<td class=\"heat\" style=\"background: rgba(180, 35, 24, ")
              .append(String.format(java.util.Locale.ROOT, "%.3f", alpha))
              .append(alpha > 0.45 ? "); color: #fff\">" : ")\">").append(fr.intColumn("fired").get(i)).append(" / ").append(checked)
              .append(" (").append(Numbers.percent(x)).append(")</td>");
        }
      }
      sb.append("<td class=\"small\">").append(escape(ru.describe())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n</section>\n");
  }
}
