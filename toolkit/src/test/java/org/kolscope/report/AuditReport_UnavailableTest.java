package org.kolscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Data too thin for a test or chart still give a whole report, with the reasons in words. */
class AuditReport_UnavailableTest {

  @Test
  void oneTier_tierComparisonUnavailable_restStillWritten() throws Exception {
    Table t = Table.create("a",
        StringColumn.create(Schema.KOL_ID, "a", "b", "c"),
        LongColumn.create(Schema.FOLLOWERS, 100, 200, 300),
        LongColumn.create(Schema.LIKES_AND_COLLECTS, 150, 20, 900));
    AuditResult r = Audit.of(t).run();
    String html = AuditReport.of(r).html();
    var doc = AuditReport_HtmlTest.parse(html);
    assertThat(AuditReport_HtmlTest.kolRows(doc)).hasSize(3);
    assertThat(AuditReport_HtmlTest.byId(doc, "tiers").getTextContent())
        .contains("Tier comparison not available: ");
    assertThat(AuditReport_HtmlTest.byId(doc, "tests").getTextContent())
        .contains("Benford's law on follower counts");
    assertThat(AuditReport_HtmlTest.byId(doc, "rules")).isNotNull();
  }

  @Test
  void noLikesAndCollects_chartsSayWhyTheyAreMissing() throws Exception {
    Table t = Table.create("a",
        StringColumn.create(Schema.KOL_ID, "a", "b", "c", "d"),
        LongColumn.create(Schema.FOLLOWERS, 100, 20_000, 300_000, 900_000));
    AuditResult r = Audit.of(t).run();
    var doc = AuditReport_HtmlTest.parse(AuditReport.of(r).html());
    assertThat(AuditReport_HtmlTest.byId(doc, "overview").getTextContent()).contains("not drawn: ");
    assertThat(AuditReport_HtmlTest.kolRows(doc)).hasSize(4);
    List<String> cls = AuditReport_HtmlTest.elements(doc, "p").stream()
        .map(p -> p.getAttribute("class")).toList();
    assertThat(cls).contains("unavailable");
  }
}
