package org.kolscope.report;

import static org.kolscope.core.HtmlText.escape;

import java.util.Map;
import org.kolscope.core.Numbers;
import org.kolscope.evidence.EmpiricalNull;
import org.kolscope.evidence.EvidenceResult;
import org.kolscope.evidence.KindScore;
import org.kolscope.evidence.KolEvidence;
import org.kolscope.evidence.Manipulation;
import org.kolscope.evidence.Signal;
import org.kolscope.evidence.SignalFit;
import org.kolscope.evidence.Verdict;
import org.kolscope.rules.AuditResult;

/**
 * How the verdicts were reached: which signals were judged and against what (fitted on these KOLs
 * or the RED reference), and for each kind of manipulation how many KOLs passed the review and
 * suspicious levels.
 */
final class EvidenceSection {
  private EvidenceSection() {}

  static void render(StringBuilder sb, AuditResult r) {
    EvidenceResult e = r.evidence();
    sb.append("<section id=\"evidence\"><h2>How the verdicts were reached</h2>\n")
        .append("<p class=\"small\">For each signal the audit learns what honest accounts of each "
            + "size show — a robust centre and spread against log followers — and scores each KOL by "
            + "how far it lies from that, in robust z-scores. The scores are combined for each kind of "
            + "manipulation in the direction it moves them (bought followers lower every per-follower "
            + "signal; bought likes raise likes against views, collects and comments), and the "
            + "combined evidence is read against the level that only ")
        .append(Numbers.percent(e.falseAlarm())).append(" (suspicious) or ").append(Numbers.percent(e.reviewRate()))
        .append(" (review) of honest KOLs reach, estimated from these data.</p>\n");
    sb.append("<table class=\"grid\" id=\"signals\"><caption>Signals</caption><thead><tr>")
        .append("<th>signal</th><th class=\"r\">KOLs judged</th><th>expected values from</th>")
        .append("</tr></thead><tbody>\n");
    for (Signal s : Signal.values()) {
      SignalFit f = e.model().fit(s);
      if (f.n() == 0 && !f.usable()) {
        continue;
      }
      long judged = e.kols().stream().filter(k -> k.reading(s) != null).count();
      sb.append("<tr><td>").append(escape(s.label())).append(" <code>").append(escape(s.key()))
          .append("</code></td><td class=\"r\">").append(Numbers.readable(judged)).append("</td><td>")
          .append(escape(f.usable() ? f.source() : "not used: " + f.unusable())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
    sb.append("<table class=\"grid\" id=\"kinds\"><caption>Evidence per kind of manipulation</caption>")
        .append("<thead><tr><th>kind</th><th class=\"r\">KOLs checked</th><th class=\"r\">review</th>")
        .append("<th class=\"r\">suspicious</th><th class=\"r\">null centre</th><th class=\"r\">null spread</th>")
        .append("</tr></thead><tbody>\n");
    for (Manipulation m : Manipulation.values()) {
      int checked = 0;
      int review = 0;
      int suspicious = 0;
      for (KolEvidence k : e.kols()) {
        KindScore s = k.score(m);
        if (s == null) {
          continue;
        }
        checked++;
        for (var f : k.findings()) {
          if (f.kind() == m) {
            if (f.suspicious()) {
              suspicious++;
            } else {
              review++;
            }
          }
        }
      }
      EmpiricalNull nu = e.nulls().get(m);
      sb.append("<tr><td>").append(escape(m.label())).append("</td><td class=\"r\">").append(Numbers.readable(checked))
          .append("</td><td class=\"r\">").append(Numbers.readable(review)).append("</td><td class=\"r\">")
          .append(Numbers.readable(suspicious)).append("</td><td class=\"r\">").append(Numbers.stat(nu.centre()))
          .append("</td><td class=\"r\">").append(Numbers.stat(nu.scale())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
    Map<Verdict, Integer> counts = e.verdictCounts();
    if (counts.get(Verdict.NOT_CHECKED) > 0) {
      sb.append("<p class=\"small\">").append(Numbers.readable(counts.get(Verdict.NOT_CHECKED)))
          .append(" KOLs could not be judged on any signal (no followers, or no data behind any "
              + "signal): they are <b>not_checked</b>, not ok.</p>\n");
    }
    sb.append("</section>\n");
  }
}
