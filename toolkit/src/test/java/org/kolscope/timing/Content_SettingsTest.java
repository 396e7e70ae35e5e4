package org.kolscope.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@link Content}: where groups come from, what is left out, and when a test is not possible. */
class Content_SettingsTest {

  @Test
  void badFactor_quoted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Content.of(Notes.hourly(2)).by("colour"));
    assertThat(e.getMessage()).isEqualTo(
        "cannot compare by 'colour': expected content_type or cooperation");
  }

  @Test
  void factorSpelling_forgiven() {
    Content.Result r = Content.of(Notes.hourly(10)).by("Content-Type").minAge(Duration.ZERO)
        .resamples(100).run();
    assertThat(r.by()).isEqualTo("content_type");
  }

  @Test
  void noContentTypeColumn_errorNamesIt() {
    Table t = Notes.hourly(4).removeColumns("content_type");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Content.of(t).run())
        .getMessage()).startsWith("no column 'content_type' to compare by");
  }

  @Test
  void cooperationWithoutColumnOrCost_errorSaysWhatWouldDo() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Content.of(Notes.hourly(4)).by("cooperation").run()).getMessage())
        .contains("no column 'cooperation' and no numeric cost_rmb");
  }

  @Test
  void cooperationColumn_winsOverCost() {
    Table t = Notes.hourly(8);
    t.addColumns(StringColumn.create("cooperation",
        "paid", "gifted", "paid", "gifted", "paid", "gifted", "other", ""));
    t.addColumns(DoubleColumn.create("cost_rmb", 1000, 0, 1000, 0, 1000, 0, 5, 5));
    Content.Result r = Content.of(t).by("cooperation").minAge(Duration.ZERO).resamples(100).run();
    assertThat(r.groupSource()).isEqualTo("cooperation");
    assertThat(r.all().first().n()).isEqualTo(3);
    assertThat(r.all().second().n()).isEqualTo(3);
    assertThat(r.leftOut().noGroup()).isEqualTo(2);
    // paid notes 0, 2, 4: cost 1000 over likes 10, 12, 14 → median 1000 / 12
    assertThat(r.all().second().costPerInteraction()).isEqualTo(1000.0 / 12);
  }

  @Test
  void noTimes_noAgeFilter_said() {
    Table t = Notes.hourly(10).removeColumns("published_at");
    Content.Result r = Content.of(t).resamples(100).run();
    assertThat(r.crawlTime()).isNull();
    assertThat(r.all().first().n() + r.all().second().n()).isEqualTo(10);
    assertThat(r.notes()).contains("the notes have no publication times: no minimum age applied");
  }

  @Test
  void oneGroupEmpty_notTested_withANote() {
    Table t = Notes.hourly(6);
    t.replaceColumn("content_type", StringColumn.create("content_type",
        "image", "image", "image", "image", "image", "image"));
    Content.Result r = Content.of(t).minAge(Duration.ZERO).resamples(100).run();
    assertThat(r.all().mannWhitney()).isNull();
    assertThat(r.all().reading()).isEqualTo("not tested");
    assertThat(r.notes()).contains("all notes: not tested (image n = 6, video n = 0)");
  }

  @Test
  void toTable_andToMap_sameFields() {
    Content.Result r = Content.of(Notes.hourly(40)).minAge(Duration.ZERO).resamples(100).run();
    Table t = r.toTable();
    assertThat(t.rowCount()).isEqualTo(2 * (1 + r.byTier().size()));
    assertThat(t.columnNames()).containsExactly("tier", "group", "n", "median", "ci_low",
        "ci_high", "costed_notes", "cost_per_interaction", "mw_p_value", "cliffs_delta");
    assertThat(r.toMap().keySet()).containsExactly("by", "group_source", "unit", "metric", "value",
        "crawl_time", "min_age_hours", "notes", "all", "by_tier", "left_out");
    assertThat(r.toString()).startsWith("image against video: engagement_rate");
  }
}
