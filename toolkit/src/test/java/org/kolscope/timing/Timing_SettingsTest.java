package org.kolscope.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.kolscope.tiers.Tiers;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The settings of {@link Timing}: crawl time, minimum age, zones, per-follower metric, validation.
 * The table is {@link Notes#hourly}: note i published i hours before 2024-03-10 23:30 Beijing
 * time, so the counts below follow by hand.
 */
class Timing_SettingsTest {

  @Test
  void defaultCrawlTime_latestNote_48hLeavesOut48Notes() {
    // ages 0 h … 99 h at the latest note: 0–47 h are under 48 h
    Timing.Result r = Timing.of(Notes.hourly(100)).resamples(100).run();
    assertThat(r.crawlTime()).isEqualTo(LocalDateTime.parse("2024-03-10T23:30:00"));
    assertThat(r.leftOut().tooYoung()).isEqualTo(48);
    assertThat(r.all().n()).isEqualTo(52);
    assertThat(r.all().notes()).isEqualTo(100);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("48 notes younger than 48 h"));
  }

  @Test
  void crawlTimeLater_fewerTooYoung() {
    Timing.Result r = Timing.of(Notes.hourly(100))
        .crawlTime(LocalDateTime.parse("2024-03-11T23:30:00")).resamples(100).run();
    assertThat(r.leftOut().tooYoung()).isEqualTo(24);
    assertThat(r.crawlIsLatest()).isFalse();
  }

  @Test
  void crawlTimeEarlier_laterNotesCountedTooYoungAndNamed() {
    // crawl at 2024-03-10 13:30 Beijing (05:30 UTC): notes 0–9 come after it, 10–57 are under 48 h
    Timing.Result r = Timing.of(Notes.hourly(100))
        .crawlTime(Instant.parse("2024-03-10T05:30:00Z")).resamples(100).run();
    assertThat(r.leftOut().tooYoung()).isEqualTo(58);
    assertThat(r.notes()).anyMatch(n -> n.contains("10 of them were published after it"));
  }

  @Test
  void textSettings_asTheCommandLineTakesThem() {
    // "2024-03-11 23:30" in the zone set afterwards (UTC) is 2024-03-12 07:30 Beijing, 32 h after
    // the latest note: with a minimum age of 1 d every note is old enough
    Timing.Result r = Timing.of(Notes.hourly(100)).crawlTime("2024-03-11 23:30")
        .zone(ZoneOffset.UTC).minAge("1d").resamples(100).run();
    assertThat(r.crawlTime()).isEqualTo(LocalDateTime.parse("2024-03-11T23:30:00"));
    assertThat(r.leftOut().tooYoung()).isZero();
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Timing.of(Notes.hourly(1)).crawlTime("soon")).getMessage())
        .startsWith("bad time 'soon'");
  }

  @Test
  void minAgeZero_keepsEveryNoteUpToTheCrawl() {
    Timing.Result r = Timing.of(Notes.hourly(50)).minAge(Duration.ZERO).resamples(100).run();
    assertThat(r.leftOut().tooYoung()).isZero();
    assertThat(r.all().n()).isEqualTo(50);
  }

  @Test
  void zoneUtc_hoursShiftedByEight() {
    Table t = Notes.hourly(1);   // 23:30 Beijing = 15:30 UTC
    Timing.Result beijing = Timing.of(t).minAge(Duration.ZERO).resamples(100).run();
    Timing.Result utc = Timing.of(t).minAge(Duration.ZERO).zone(ZoneOffset.UTC).resamples(100).run();
    assertThat(beijing.all().byHour().get(23).notes()).isEqualTo(1);
    assertThat(utc.all().byHour().get(15).notes()).isEqualTo(1);
    assertThat(utc.all().byHour().get(23).notes()).isZero();
  }

  @Test
  void dataZone_readsTheColumnInThatZone() {
    // the column's 2024-03-10 23:30 read as New York time (EDT, UTC−4 since 02:00 that day) is
    // 03:30 UTC on the 11th, 11:30 Beijing time, a Monday
    Timing.Result r = Timing.of(Notes.hourly(1)).dataZone(ZoneId.of("America/New_York"))
        .minAge(Duration.ZERO).resamples(100).run();
    assertThat(r.all().byHour().get(11).notes()).isEqualTo(1);
    assertThat(r.all().byWeekday().get(0).notes()).isEqualTo(1);   // Monday the 11th
  }

  @Test
  void countMetric_dividedByFollowers() {
    Timing.Result r = Timing.of(Notes.hourly(60)).metric("likes").minAge(Duration.ZERO)
        .resamples(100).run();
    assertThat(r.valueName()).isEqualTo("likes / followers");
    // hour 23 holds notes 0, 24, 48: likes 10, 34, 58 over 1,000 followers
    assertThat(r.all().byHour().get(23).median()).isEqualTo(0.034);
  }

  @Test
  void rateMetric_usedAsItIs() {
    Timing.Result r = Timing.of(Notes.hourly(60)).minAge(Duration.ZERO).resamples(100).run();
    assertThat(r.valueName()).isEqualTo("engagement_rate");
    assertThat(r.all().byHour().get(23).median()).isEqualTo(0.034);
  }

  @Test
  void perTier_inTierOrder_thinSlotsNotTested() {
    Table t = Notes.hourly(60);
    for (int i = 0; i < 30; i++) {
      t.longColumn("followers").set(i, 100_000L);
    }
    Timing.Result r = Timing.of(t).minAge(Duration.ZERO).tiers(Tiers.RED).resamples(100).run();
    assertThat(r.byTier()).extracting(Timing.Profile::group).containsExactly("KOC", "mid");
    assertThat(r.byTier().get(0).notes()).isEqualTo(30);
    assertThat(r.byTier().get(0).kruskalWallisHour()).isNull();
    assertThat(r.notes()).anyMatch(n -> n.startsWith("tier KOC: hours: not tested"));
    assertThat(r.toTable().rowCount()).isEqualTo(24 * 3);
  }

  @Test
  void sameSeed_sameCis_otherSeed_otherCis() {
    Table t = Notes.hourly(120);
    Timing.Result a = Timing.of(t).minAge(Duration.ZERO).minNotes(2).seed(3).resamples(200).run();
    Timing.Result b = Timing.of(t).minAge(Duration.ZERO).minNotes(2).seed(3).resamples(200).run();
    Timing.Result c = Timing.of(t).minAge(Duration.ZERO).minNotes(2).seed(4).resamples(200).run();
    assertThat(a.all().byWeekday()).isEqualTo(b.all().byWeekday());
    assertThat(a.all().byWeekday()).isNotEqualTo(c.all().byWeekday());
  }

  @Test
  void noTimes_errorSaysWhy() {
    Table t = Notes.hourly(3).removeColumns("published_at");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Timing.of(t).run());
    assertThat(e.getMessage()).contains("no publication times").contains("ObjectIds");
  }

  @Test
  void accountsTable_saysItHasNoNotes() {
    Table accounts = Table.create("a", StringColumn.create("kol_id", "a"),
        tech.tablesaw.api.LongColumn.create("followers", new long[] {10}));
    assertThat(assertThrows(IllegalArgumentException.class, () -> Timing.of(accounts).run())
        .getMessage()).startsWith("no publication times: the table has no published_at and no"
            + " note_id column (a table of accounts?)");
  }

  @Test
  void timesFromObjectIds_whenNoPublishedAtColumn() {
    Table t = Notes.hourly(1).removeColumns("published_at");
    t.replaceColumn("note_id", StringColumn.create("note_id", "5b30bf7e910cf67e6a3c20b3"));
    Timing.Result r = Timing.of(t).minAge(Duration.ZERO).resamples(100).run();
    assertThat(r.timeSource()).isEqualTo("note_id");
    assertThat(r.all().byHour().get(18).notes()).isEqualTo(1);   // 2018-06-25 18:10:06 Beijing
  }

  @Test
  void publishedAtAsText_refused() {
    Table t = Notes.hourly(2);
    t.replaceColumn("published_at", StringColumn.create("published_at", "x", "y"));
    assertThat(assertThrows(IllegalArgumentException.class, () -> Timing.of(t).run())
        .getMessage()).contains("published_at is STRING, not a date-time");
  }

  @Test
  void unknownMetric_namesIt() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Timing.of(Notes.hourly(2)).metric("reach").run()).getMessage())
        .contains("no column 'reach'");
  }

  @Test
  void badSettings_refusedQuotingTheValue() {
    Timing t = Timing.of(Notes.hourly(2));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> t.minAge(Duration.ofHours(-1))).getMessage()).contains("-1 h");
    assertThat(assertThrows(IllegalArgumentException.class, () -> t.minNotes(1)).getMessage())
        .contains("got 1");
    assertThat(assertThrows(IllegalArgumentException.class, () -> t.best(0)).getMessage())
        .contains("got 0");
    assertThat(assertThrows(IllegalArgumentException.class, () -> t.resamples(99)).getMessage())
        .contains("got 99");
    assertThat(assertThrows(IllegalArgumentException.class, () -> t.level(1)).getMessage())
        .contains("got 1.0");
  }

  @Test
  void toString_readsAsAReport() {
    String s = Timing.of(Notes.hourly(100)).resamples(100).run().toString();
    assertThat(s).startsWith("Timing of engagement_rate (Beijing time, UTC+8; times from published_at)")
        .contains("crawl time 2024-03-10 23:30:00 (the latest publication time)")
        .contains("left out: 48 too young, 0 without a time, 0 without a value")
        .contains("Kruskal-Wallis across hours").contains("By tier (red)");
  }

  @Test
  void toMap_issueKeysFirst() {
    var m = Timing.of(Notes.hourly(100)).resamples(100).run().toMap();
    assertThat(m.keySet()).containsSubsequence("by_hour", "by_weekday", "by_weekday_hour",
        "kruskal_wallis", "best_slots", "posting_vs_engagement", "left_out", "by_tier");
    @SuppressWarnings("unchecked")
    var hours = (java.util.List<java.util.Map<String, Object>>) m.get("by_hour");
    assertThat(hours).hasSize(24);
    assertThat(hours.get(0).keySet()).containsExactly("hour", "notes", "median", "ci_low",
        "ci_high", "share", "n", "thin");
  }
}
