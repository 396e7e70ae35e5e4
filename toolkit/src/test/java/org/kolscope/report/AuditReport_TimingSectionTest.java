package org.kolscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.timing.Timing;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The report's "When to post" section: there, with its numbers, tables and charts, when the
 * audited notes carry publication times; absent (and out of the contents) when they do not.
 * Data: 200 generated accounts with up to 24 notes each.
 */
class AuditReport_TimingSectionTest {
  static GeneratedData data;
  static Document doc;

  @BeforeAll
  static void render() throws Exception {
    data = Generator.builder().accounts(200).seed(11).build().generate();
    AuditResult r = Audit.of(data.accounts()).posts(data.notes()).run();
    doc = AuditReport_HtmlTest.parse(AuditReport.of(r).generatedAt(null).html());
  }

  @Test
  void timedNotes_sectionWithTestsBestSlotsChartsAndContent() {
    Element s = AuditReport_HtmlTest.byId(doc, "timing");
    String text = s.getTextContent();
    Timing.Result t = Timing.of(data.notes()).run();
    assertThat(text).contains(t.all().notes() + " notes with a publication time (Beijing time")
        .contains(t.leftOut().tooYoung() + " younger notes")
        .contains("Kruskal–Wallis across hours").contains("Posting against engagement")
        .contains("Best hours (ranked by the lower end of the CI)")
        .contains("Image against video").contains("Gifted against paid")
        .contains("Cost per engagement");
    // the hour profile (all notes and the largest tier), the heatmap, two box plots
    assertThat(AuditReport_HtmlTest.elements(doc, "img").stream()
        .filter(i -> isInside(i, s)).count()).isEqualTo(5);
    List<Element> tierRows = AuditReport_HtmlTest.children(AuditReport_HtmlTest.children(
        AuditReport_HtmlTest.byId(doc, "timing-tiers"), "tbody").get(0), "tr");
    assertThat(tierRows).hasSize(t.byTier().size());
    assertThat(AuditReport_HtmlTest.elements(doc, "a").stream()
        .map(a -> a.getAttribute("href"))).contains("#timing");
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (var n = e.getParentNode(); n != null; n = n.getParentNode()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  @Test
  void notesWithoutTimes_noSectionNoLink() throws Exception {
    Table notes = data.notes().copy().removeColumns("published_at");
    StringColumn ids = notes.stringColumn("note_id");
    for (int i = 0; i < ids.size(); i++) {
      ids.set(i, "n" + i);
    }
    AuditResult r = Audit.of(data.accounts()).posts(notes).run();
    String html = AuditReport.of(r).charts(false).html();
    Document d = AuditReport_HtmlTest.parse(html);
    assertThat(AuditReport_HtmlTest.elements(d, "section").stream()
        .map(e -> e.getAttribute("id"))).doesNotContain("timing").contains("tiers");
    assertThat(html).doesNotContain("#timing");
  }

  @Test
  void accountsOnly_noSection() throws Exception {
    AuditResult r = Audit.of(data.accounts()).run();
    assertThat(AuditReport.of(r).charts(false).html()).doesNotContain("id=\"timing\"");
  }
}
