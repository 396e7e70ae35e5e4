package org.kolscope.report;

import static org.kolscope.report.Html.esc;
import static org.kolscope.report.Html.p;
import static org.kolscope.report.Html.pct;
import static org.kolscope.report.Html.stat;

import java.util.List;
import org.kolscope.charts.ContentBoxChart;
import org.kolscope.charts.HourProfileChart;
import org.kolscope.charts.PostingHeatmap;
import org.kolscope.io.NoteIds;
import org.kolscope.io.Schema;
import org.kolscope.stats.groups.KruskalWallis;
import org.kolscope.timing.Content;
import org.kolscope.timing.TimeText;
import org.kolscope.timing.Timing;
import tech.tablesaw.api.Table;

/**
 * "When to post", shown when the audited notes carry publication times ({@code published_at}, or
 * RED note ids): when KOLs post against when it pays by hour, the weekday × hour heatmap, the best
 * slots with their CIs and the tests, per tier; then image against video and gifted against paid
 * where the notes say so. The numbers come from {@link Timing} and {@link Content} with their
 * defaults (crawl time = the latest note, minimum age 48 h, Beijing time); this class lays them
 * out and puts them in words.
 */
final class TimingSection {
  private TimingSection() {}

  /** Whether a notes table carries publication times (a column, or RED ObjectId note ids). */
  static boolean hasTimes(Table notes) {
    if (notes == null || notes.rowCount() == 0) {
      return false;
    }
    if (notes.containsColumn(Schema.PUBLISHED_AT)) {
      return notes.column(Schema.PUBLISHED_AT).countMissing() < notes.rowCount();
    }
    return notes.containsColumn(Schema.NOTE_ID) && notes.column(Schema.NOTE_ID).size() > 0
        && NoteIds.time(notes.column(Schema.NOTE_ID).getString(0)) != null;
  }

  static void render(StringBuilder sb, ReportData d, ChartImages charts) {
    if (d.timing == null) {
      return;
    }
    sb.append("<section id=\"timing\"><h2>When to post</h2>\n");
    if (!d.timing.ok()) {
      sb.append("<p class=\"unavailable\">Publishing times not analysed: ")
          .append(esc(d.timing.reason())).append("</p>\n</section>\n");
      return;
    }
    Timing.Result t = d.timing.value();
    Timing.Profile all = t.all();
    sb.append("<p>").append(all.notes()).append(" notes with a publication time (")
        .append(esc(NoteIds.zoneName(t.zone()))).append("). Engagement is <b>")
        .append(esc(t.valueName())).append("</b> of the ").append(all.n())
        .append(" notes at least ").append(esc(TimeText.duration(t.minAge())))
        .append(" old at the crawl time (").append(esc(TimeText.time(t.crawlTime())))
        .append(t.crawlIsLatest() ? ", the latest note" : "").append("): ")
        .append(t.leftOut().tooYoung()).append(" younger notes and ").append(t.leftOut().noTime())
        .append(" without a time are left out, as a note gathers its likes in its first days."
            + " Slots with fewer than ").append(t.minNotes())
        .append(" such notes are shown but not ranked.</p>\n");
    sb.append("<p>").append(test("hours", all.kruskalWallisHour())).append(' ')
        .append(test("weekdays", all.kruskalWallisWeekday())).append(' ')
        .append(esc(all.posting())).append(".</p>\n");
    charts.figure(sb, () -> HourProfileChart.of(t).build(), 1300, 560,
        "When KOLs post and when it pays, by hour",
        "Line: median engagement of each hour's notes with its 95 % bootstrap CI; bars: the share"
            + " of notes published in that hour.");
    best(sb, "Best hours", all, all.bestHours());
    best(sb, "Best weekday × hour slots", all, all.bestWeekdayHours());
    charts.figure(sb, () -> PostingHeatmap.of(t).build(), 1300, 560,
        "Median engagement by weekday and hour",
        "Grey cells have too few notes to rank; the outlined cells are the best slots above.");
    tiers(sb, t);
    if (t.byTier().size() > 1) {
      Timing.Profile largest = t.byTier().stream()
          .max(java.util.Comparator.comparingInt(Timing.Profile::n)).orElseThrow();
      charts.figure(sb, () -> HourProfileChart.of(t).tier(largest.group()).build(), 1300, 560,
          "When KOLs post and when it pays, tier " + largest.group(),
          "The tier with the most notes, " + largest.group() + ": within a tier, notes of"
              + " similar accounts are compared.");
    }
    content(sb, d.contentType, "Image against video", charts);
    content(sb, d.cooperation, "Gifted against paid", charts);
    if (!t.notes().isEmpty()) {
      sb.append("<ul class=\"small muted\">");
      t.notes().forEach(n -> sb.append("<li>").append(esc(n)).append("</li>"));
      sb.append("</ul>\n");
    }
    sb.append("</section>\n");
  }

  private static String test(String what, KruskalWallis.Result kw) {
    if (kw == null) {
      return "Too few " + what + " with enough notes to test them.";
    }
    return "<b>Kruskal–Wallis</b> across " + what + ": H = " + stat(kw.h()) + ", df = " + kw.df()
        + ", p" + Html.pIs(kw.pValue()) + (kw.pValue() < TierSection.ALPHA
            ? " — engagement differs between " + what + "."
            : " — no evidence that engagement differs between " + what + ".");
  }

  private static void best(StringBuilder sb, String caption, Timing.Profile p,
      List<Timing.Slot> slots) {
    if (slots.isEmpty()) {
      sb.append("<p class=\"unavailable\">").append(esc(caption))
          .append(": none has enough notes to be ranked.</p>\n");
      return;
    }
    sb.append("<table class=\"grid\"><caption>").append(esc(caption))
        .append(" (ranked by the lower end of the CI)</caption><thead><tr><th>slot</th>")
        .append("<th class=\"r\">notes</th><th class=\"r\">median</th>")
        .append("<th class=\"r\">95 % CI</th><th>above all notes</th></tr></thead><tbody>\n");
    for (Timing.Slot s : slots) {
      sb.append("<tr><td>").append(esc(s.label())).append("</td><td class=\"r\">").append(s.n())
          .append("</td><td class=\"r\">").append(pct(s.median())).append("</td><td class=\"r\">")
          .append(pct(s.ciLow())).append(" – ").append(pct(s.ciHigh())).append("</td><td>")
          .append(p.aboveOverall(s) ? "yes: its CI is above the median of all notes, "
              + pct(p.median()) : "no: its CI reaches the median of all notes, " + pct(p.median()))
          .append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
  }

  private static void tiers(StringBuilder sb, Timing.Result t) {
    if (t.byTier().isEmpty()) {
      return;
    }
    sb.append("<table class=\"grid\" id=\"timing-tiers\"><caption>By tier: notes of similar"
        + " accounts compared</caption><thead><tr><th>tier</th><th class=\"r\">notes</th>")
        .append("<th class=\"r\">median</th><th class=\"r\">Kruskal–Wallis p across hours</th>")
        .append("<th>best hours (median)</th></tr></thead><tbody>\n");
    for (Timing.Profile p : t.byTier()) {
      sb.append("<tr><td>").append(esc(p.group())).append("</td><td class=\"r\">").append(p.n())
          .append("</td><td class=\"r\">").append(pct(p.median())).append("</td><td class=\"r\">")
          .append(p.kruskalWallisHour() == null ? "not tested" : p(p.kruskalWallisHour().pValue()))
          .append("</td><td>").append(p.bestHours().isEmpty() ? "none ranked"
              : esc(String.join(", ", p.bestHours().stream()
                  .map(s -> s.label() + " (" + pct(s.median()) + ")").toList())))
          .append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
  }

  private static void content(StringBuilder sb, Outcome<Content.Result> o, String heading,
      ChartImages charts) {
    if (o == null) {
      return;
    }
    sb.append("<h3>").append(esc(heading)).append("</h3>\n");
    if (!o.ok()) {
      sb.append("<p class=\"unavailable\">Not compared: ").append(esc(o.reason()))
          .append("</p>\n");
      return;
    }
    Content.Result r = o.value();
    sb.append("<table class=\"grid\"><thead><tr><th>tier</th>");
    for (Content.Group g : List.of(r.all().first(), r.all().second())) {
      sb.append("<th class=\"r\">").append(esc(g.group())).append(" notes</th><th class=\"r\">")
          .append(esc(g.group())).append(" median (95 % CI)</th>");
    }
    sb.append("<th class=\"r\">Cliff's δ</th><th>reading</th></tr></thead><tbody>\n");
    List<Content.Comparison> rows = new java.util.ArrayList<>();
    rows.add(r.all());
    rows.addAll(r.byTier());
    for (Content.Comparison c : rows) {
      sb.append("<tr><td>").append(esc(c.tier())).append("</td>");
      for (Content.Group g : List.of(c.first(), c.second())) {
        sb.append("<td class=\"r\">").append(g.n()).append("</td><td class=\"r\">")
            .append(pct(g.median())).append(Double.isNaN(g.ciLow()) ? ""
                : " (" + pct(g.ciLow()) + " – " + pct(g.ciHigh()) + ")").append("</td>");
      }
      sb.append("<td class=\"r\">")
          .append(c.cliffsDelta() == null ? "–" : stat(c.cliffsDelta().delta()))
          .append("</td><td>").append(esc(c.reading())).append("</td></tr>\n");
    }
    sb.append("</tbody></table>\n");
    Content.Comparison a = r.all();
    if (a.first().costed() > 0 || a.second().costed() > 0) {
      sb.append("<p class=\"small\">Cost per engagement (median RMB per interaction of the notes"
          + " with a fee): ").append(esc(a.first().group())).append(' ')
          .append(a.first().costed() > 0 ? Html.num(a.first().costPerInteraction()) : "not known")
          .append(", ").append(esc(a.second().group())).append(' ')
          .append(a.second().costed() > 0 ? Html.num(a.second().costPerInteraction())
              : "not known").append(".</p>\n");
    }
    charts.figure(sb, () -> ContentBoxChart.of(r).build(), 1300, 520, heading + " by tier",
        "Boxes span the quartiles, whiskers reach Tukey's fences; each dot is a note.");
  }
}
