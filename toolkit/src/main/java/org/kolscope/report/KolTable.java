package org.kolscope.report;

import static org.kolscope.core.HtmlText.escape;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kolscope.core.Cells;
import org.kolscope.core.Numbers;
import org.kolscope.core.Schema;
import org.kolscope.evidence.KindFinding;
import org.kolscope.evidence.Verdict;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.metrics.Metrics;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.Flag;
import org.kolscope.rules.KolAudit;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The KOL table: one row per KOL, worst first, with its tier, followers, key ratios, verdict and
 * every fired rule's reason in words; rules that could not be checked fold away under each row.
 * The inline script sorts it by any column and filters it by text, verdict and tier.
 */
final class KolTable {
  private KolTable() {}

  /**
   * A numeric column of the KOL table shown when it has at least one value.
   *
   * @param column the column of the audit's KOL table
   * @param header the short heading
   * @param title what the heading means (a tooltip)
   * @param percent show as a percentage
   */
  record Col(String column, String header, String title, boolean percent) {}

  /** Ratio and count columns shown after followers, in this order, when present. */
  static final List<Col> RATIOS = List.of(
      new Col(Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER, "L+C / follower",
          "likes + collects received per follower (field guide: 3–5×)", false),
      new Col(KolAggregates.MEDIAN_ENGAGEMENT_RATE, "eng. rate",
          "median engagement rate of the KOL's notes: interactions / followers", true),
      new Col(KolAggregates.MEDIAN_LIKES_PER_VIEW, "likes / view",
          "median likes per view of the KOL's notes (field guide: 1–3 %)", true),
      new Col(KolAggregates.POOLED_COMMENTS_PER_LIKE, "comments / like",
          "Σ comments / Σ likes over the KOL's notes", false),
      new Col(Schema.PRICE_RMB, "price (RMB)", "quoted price per note", false),
      new Col(KolAggregates.PRICE_PER_INTERACTION, "RMB / inter\u00ADaction",
          "cost per engagement: price / median interactions per note", false),
      new Col(KolAggregates.NOTES_IN_SAMPLE, "notes", "notes in the data", false));

  /**
   * Writes the section.
   *
   * @param maxRows most KOLs listed (the worst first)
   */
  static void render(StringBuilder sb, ReportData d, int maxRows) {
    AuditResult r = d.audit;
    Table k = r.kols();
    List<Integer> order = order(r);
    int shown = Math.min(maxRows, order.size());
    List<Col> cols = new ArrayList<>();
    for (Col c : RATIOS) {
      if (hasValue(Cells.numeric(k, c.column()))) {
        cols.add(c);
      }
    }
    boolean names = d.hasNames();
    List<KolAudit> audits = r.kolAudits();

    sb.append("<section id=\"kols\"><h2>KOLs</h2>\n");
    if (shown < order.size()) {
      sb.append("<p class=\"note\">The ").append(shown).append(" most serious of ")
          .append(order.size()).append(" KOLs are listed; <code>kols.csv</code> has all.</p>\n");
    }
    sb.append("<div class=\"controls noprint\"><label>Search <input type=\"search\" id=\"kol-search\" ")
        .append("placeholder=\"name, id, rule, reason…\"/></label>")
        .append("<label>Verdict <select id=\"kol-verdict\"><option value=\"\">all</option>");
    for (Verdict v : Verdict.values()) {
      sb.append("<option value=\"").append(v.label()).append("\">").append(v.label()).append("</option>");
    }
    sb.append("</select></label><label>Tier <select id=\"kol-tier\"><option value=\"\">all</option>");
    Set<String> tiers = new LinkedHashSet<>();
    for (int row : order) {
      tiers.add(tierOf(k, row));
    }
    for (String t : d.tierOrder(tiers)) {
      sb.append("<option value=\"").append(escape(t)).append("\">").append(escape(t)).append("</option>");
    }
    sb.append("</select></label><span id=\"kol-count\">").append(shown).append(" KOLs</span>")
        .append("<span class=\"muted small\">Click a column heading to sort.</span></div>\n");

    // data-key: the field each column shows, by the name kolscope audit --json and a notebook's
    // table give it (KolRow's fields; the ratios by their column in the KOL table)
    sb.append("<div class=\"scroll\"><table class=\"kols\" id=\"kol-table\"><thead><tr>")
        .append("<th data-type=\"text\" data-key=\"").append(Schema.KOL_ID).append("\">")
        .append(names ? "KOL" : Schema.KOL_ID).append("</th>");
    sb.append("<th data-type=\"number\" data-key=\"").append(Schema.TIER).append("\">tier</th>")
        .append("<th data-type=\"number\" data-first=\"descending\" data-key=\"")
        .append(Schema.FOLLOWERS).append("\">followers</th>");
    for (Col c : cols) {
      sb.append("<th data-type=\"number\" data-first=\"descending\" data-key=\"").append(escape(c.column()))
          .append("\" title=\"").append(escape(c.title())).append("\">").append(escape(c.header())).append("</th>");
    }
    sb.append("<th data-type=\"number\" data-first=\"descending\" data-key=\"").append(AuditResult.VERDICT)
        .append("\">verdict</th><th data-type=\"text\" data-key=\"").append(AuditResult.REASONS)
        .append("\">reasons</th></tr></thead><tbody>\n");
    for (int row : order.subList(0, shown)) {
      row(sb, d, k, row, cols, names, audits.get(row));
    }
    sb.append("</tbody></table></div>\n</section>\n");
  }

  private static void row(StringBuilder sb, ReportData d, Table k, int row, List<Col> cols,
      boolean names, KolAudit audit) {
    String id = Cells.text(k, Schema.KOL_ID, row);
    String verdict = k.stringColumn(AuditResult.VERDICT).get(row);
    String tier = tierOf(k, row);
    int tierIndex = d.audit.tiers().indexOfLabel(tier);
    sb.append("<tr class=\"").append(escape(verdict)).append("\" data-verdict=\"").append(escape(verdict))
        .append("\" data-tier=\"").append(escape(tier)).append("\">");
    String name = names ? Cells.text(k, Schema.NAME, row) : "";
    if (name.isEmpty()) {
      sb.append("<td class=\"kol\"><span class=\"id\">").append(escape(id)).append("</span></td>");
    } else {
      sb.append("<td class=\"kol\" data-sort=\"").append(escape(name)).append("\"><span class=\"name\">")
          .append(escape(name)).append("</span> <span class=\"id\">").append(escape(id)).append("</span></td>");
    }
    sb.append("<td data-sort=\"").append(tierIndex < 0 ? "" : Integer.toString(tierIndex)).append("\">")
        .append(escape(tier)).append("</td>");
    numberCell(sb, Cells.number(k, Schema.FOLLOWERS, row), false);
    for (Col c : cols) {
      numberCell(sb, Cells.number(k, c.column(), row), c.percent());
    }
    int rank = verdictRank(verdict);
    sb.append("<td data-sort=\"").append(rank).append("\"><span class=\"v v-").append(escape(verdict))
        .append("\">").append(escape(verdict)).append("</span></td><td class=\"reasons\">");
    List<KindFinding> evidence = audit.evidence();
    List<Flag> fired = audit.rules();
    if (evidence.isEmpty() && audit.verdict() != Verdict.NOT_CHECKED) {
      sb.append("<span class=\"muted\">no evidence of manipulation</span>");
    } else if (!evidence.isEmpty()) {
      sb.append("<ul class=\"reasons\">");
      for (KindFinding f : evidence) {
        String level = f.suspicious() ? Verdict.SUSPICIOUS.label() : Verdict.REVIEW.label();
        sb.append("<li><span class=\"sev sev-").append(level).append("\">").append(level)
            .append("</span> ").append(escape(f.reason())).append("</li>");
      }
      sb.append("</ul>");
    }
    if (!fired.isEmpty()) {
      sb.append("<details class=\"ctx\"><summary>").append(fired.size())
          .append(fired.size() == 1 ? " field-guide rule" : " field-guide rules")
          .append(" fired (context)</summary><ul class=\"reasons\">");
      for (Flag f : fired) {
        sb.append("<li><span class=\"sev sev-").append(escape(f.severity().label())).append("\">")
            .append(escape(f.severity().label())).append("</span> <span class=\"rule\">")
            .append(escape(f.rule())).append("</span>: ").append(escape(f.reason())).append("</li>");
      }
      sb.append("</ul></details>");
    }
    notChecked(sb, audit);
    sb.append("</td></tr>\n");
  }

  private static void notChecked(StringBuilder sb, KolAudit audit) {
    if (audit.notChecked().isEmpty()) {
      return;
    }
    sb.append("<details class=\"nc\"><summary>").append(audit.notChecked().size())
        .append(audit.notChecked().size() == 1 ? " signal" : " signals").append(" not judged</summary><ul>");
    audit.notChecked().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        sb.append("<li>").append(escape(e.getKey().label())).append(": ").append(escape(e.getValue())).append("</li>"));
    sb.append("</ul></details>");
  }

  private static void numberCell(StringBuilder sb, double v, boolean percent) {
    sb.append("<td class=\"r\" data-sort=\"").append(Html.sortKey(v)).append("\">")
        .append(percent ? Numbers.percent(v) : Numbers.readable(v)).append("</td>");
  }

  /** Sort rank: suspicious 3, review 2, not_checked 1, ok 0. */
  private static int verdictRank(String verdict) {
    try {
      return switch (Verdict.parse(verdict)) {
        case SUSPICIOUS -> 3;
        case REVIEW -> 2;
        case NOT_CHECKED -> 1;
        case OK -> 0;
      };
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static String tierOf(Table k, int row) {
    String t = Cells.text(k, Schema.TIER, row);
    return t.isEmpty() ? AuditResult.NO_TIER : t;
  }

  /** The rows worst first: the audit's offenders, then the KOLs judged ok in input order. */
  static List<Integer> order(AuditResult r) {
    List<Integer> out = new ArrayList<>(r.offenders());
    Set<Integer> seen = new java.util.HashSet<>(out);
    for (int i = 0; i < r.kols().rowCount(); i++) {
      if (!seen.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean hasValue(NumericColumn<?> c) {
    if (c == null) {
      return false;
    }
    for (int i = 0; i < c.size(); i++) {
      if (!c.isMissing(i) && Double.isFinite(c.getDouble(i))) {
        return true;
      }
    }
    return false;
  }
}
