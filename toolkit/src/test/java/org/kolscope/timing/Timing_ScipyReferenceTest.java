package org.kolscope.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Timing} on the 400 notes of {@code /timing/notes-fixture.csv} (note ids are ObjectIds, no
 * published_at column: times come from the ids, Beijing time), minimum 10 notes per slot, against
 * values computed with pandas 1.5.3 / scipy 1.10.1 ({@code /usr/bin/python3}):
 *
 * <pre>
 * d   = pd.read_csv("notes-fixture.csv", dtype={"note_id": str, "cost_rmb": float})
 * ok  = d.note_id.str.fullmatch("[0-9a-f]{24}")
 * t   = pd.to_datetime(d.note_id.where(ok).str[:8].apply(lambda s: int(s, 16)
 *           if isinstance(s, str) else np.nan), unit="s") + pd.Timedelta(hours=8)
 * er  = (d.likes + d.collects + d.comments) / d.followers.where(d.followers &gt; 0)
 * crawl = t.max()                                    # 2024-03-10 20:58:34
 * young = (crawl - t) &lt; pd.Timedelta(hours=48); timed = t.notna()
 * used  = timed &amp; ~young &amp; er.notna()           # no_time 2, too_young 69, no_metric 4, used 325
 * h = t.dt.hour
 * h[timed].value_counts().reindex(range(24), fill_value=0)       # NOTES below
 * h[used].value_counts() …; er[used].groupby(h[used]).median()    # N, MEDIANS below
 * g = [er[used &amp; (h == k)] for k in hours with n &gt;= 10]
 * stats.kruskal(*g)            # H = 19.276821891015064, p = 0.2545697612241002 (17 hours)
 * stats.spearmanr(share[kept], med[kept])    # rho = 0.2609254978288675
 * wd = t.dt.dayofweek; stats.kruskal(*[er[used &amp; (wd == k)] for k in range(7)])
 *                              # H = 3.8196309586138777, p = 0.7010697940971244
 * er[used].median()            # 0.05615624930760198
 * </pre>
 *
 * Tolerances: counts exact; medians 1e-15 relative (the same two order statistics); H rel 1e-10; p
 * and ρ rel 1e-9.
 */
class Timing_ScipyReferenceTest {
  static final int[] NOTES = {13, 4, 4, 2, 4, 1, 2, 9, 13, 15, 16, 20, 32, 16, 17, 17, 17, 14, 29,
      28, 47, 35, 23, 20};
  static final int[] N = {10, 3, 4, 2, 3, 0, 1, 8, 12, 11, 14, 19, 28, 13, 14, 14, 14, 13, 24, 27,
      36, 27, 13, 15};
  static final double[] MEDIANS = {0.05418940488528984, 0.09657450798633974,
      0.015544105174710684, 0.014960955970922956, 0.015384615384615385, Double.NaN,
      0.025686548127284388, 0.02875903248014537, 0.059453537370918776, 0.07036384391173765,
      0.027107908894227907, 0.05611024011882169, 0.05275778296408476, 0.05172413793103448,
      0.06505478933764845, 0.04295214367663701, 0.07927838918581187, 0.022564102564102566,
      0.04351860537213221, 0.0703792845879326, 0.07286398762331645, 0.06633663366336634,
      0.05098295130108492, 0.05837320574162679};

  static Timing.Result r;

  @BeforeAll
  static void run() {
    r = Timing.of(Fixture.notes()).minNotes(10).resamples(500).run();
  }

  private static void rel(double actual, double expected, double tol) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * tol));
  }

  @Test
  void leftOut_andCrawlTime_asPandasCountsThem() {
    assertThat(r.rows()).isEqualTo(400);
    assertThat(r.leftOut()).isEqualTo(new Timing.LeftOut(2, 69, 4));
    assertThat(r.all().n()).isEqualTo(325);
    assertThat(r.all().notes()).isEqualTo(398);
    assertThat(r.crawlTime()).isEqualTo(LocalDateTime.parse("2024-03-10T20:58:34"));
    assertThat(r.crawlIsLatest()).isTrue();
    assertThat(r.timeSource()).isEqualTo("published_at");
    rel(r.all().median(), 0.05615624930760198, 1e-15);
  }

  @Test
  void byHour_everyHour_notesBeforeTheAgeFilter_mediansAfter() {
    List<Timing.Slot> hours = r.all().byHour();
    assertThat(hours).hasSize(24);
    for (int h = 0; h < 24; h++) {
      Timing.Slot s = hours.get(h);
      assertThat(s.hour()).isEqualTo(h);
      assertThat(s.weekday()).isNull();
      assertThat(s.notes()).as("notes at %d h", h).isEqualTo(NOTES[h]);
      assertThat(s.n()).as("n at %d h", h).isEqualTo(N[h]);
      assertThat(s.share()).isCloseTo(NOTES[h] / 398.0, within(1e-15));
      assertThat(s.thin()).isEqualTo(N[h] < 10);
      if (Double.isNaN(MEDIANS[h])) {
        assertThat(s.median()).isNaN();
      } else {
        rel(s.median(), MEDIANS[h], 1e-15);
      }
      if (s.n() >= 2) {
        assertThat(s.ciLow()).isLessThanOrEqualTo(s.median());
        assertThat(s.ciHigh()).isGreaterThanOrEqualTo(s.median());
      } else {
        assertThat(s.ciLow()).isNaN();
      }
    }
  }

  @Test
  void kruskalWallis_acrossHoursAndWeekdays_asScipy() {
    assertThat(r.all().kruskalWallisHour().df()).isEqualTo(16);
    rel(r.all().kruskalWallisHour().h(), 19.276821891015064, 1e-10);
    rel(r.all().kruskalWallisHour().pValue(), 0.2545697612241002, 1e-9);
    assertThat(r.all().kruskalWallisWeekday().df()).isEqualTo(6);
    rel(r.all().kruskalWallisWeekday().h(), 3.8196309586138777, 1e-10);
    rel(r.all().kruskalWallisWeekday().pValue(), 0.7010697940971244, 1e-9);
  }

  @Test
  void postingVsEngagement_spearmanAsScipy() {
    rel(r.all().postingVsEngagement(), 0.2609254978288675, 1e-9);
  }

  @Test
  void bestHours_rankedByTheLowerEndOfTheirCi_amongHoursWithEnoughNotes() {
    List<Timing.Slot> best = r.all().bestHours();
    assertThat(best).hasSize(3).noneMatch(Timing.Slot::thin);
    double third = best.get(2).ciLow();
    assertThat(best.get(0).ciLow()).isGreaterThanOrEqualTo(best.get(1).ciLow());
    assertThat(best.get(1).ciLow()).isGreaterThanOrEqualTo(third);
    // every other ranked hour reaches lower at its CI's lower end
    r.all().byHour().stream().filter(s -> !s.thin() && !best.contains(s))
        .forEach(s -> assertThat(s.ciLow()).isLessThanOrEqualTo(third));
    // and thin hour 1 (median 0.0966, the highest of all) is not among them
    assertThat(best).extracting(Timing.Slot::hour).doesNotContain(1);
  }

  @Test
  void byWeekday_mondayFirst_sevenDays() {
    assertThat(r.all().byWeekday()).extracting(Timing.Slot::weekday)
        .containsExactly(DayOfWeek.values());
    assertThat(r.all().byWeekday()).extracting(Timing.Slot::notes)
        .containsExactly(56, 59, 58, 54, 59, 54, 58);
    assertThat(r.all().byWeekday()).extracting(Timing.Slot::n)
        .containsExactly(55, 57, 58, 53, 48, 19, 35);
  }

  @Test
  void byWeekdayHour_168Cells_sumToTheNotes() {
    List<Timing.Slot> cells = r.all().byWeekdayHour();
    assertThat(cells).hasSize(168);
    assertThat(cells.get(0).label()).isEqualTo("Mon 00:00");
    assertThat(cells.get(167).label()).isEqualTo("Sun 23:00");
    assertThat(cells.stream().mapToInt(Timing.Slot::notes).sum()).isEqualTo(398);
    assertThat(cells.stream().mapToInt(Timing.Slot::n).sum()).isEqualTo(325);
    for (int h = 0; h < 24; h++) {
      int hour = h;
      assertThat(cells.stream().filter(c -> c.hour() == hour).mapToInt(Timing.Slot::notes).sum())
          .isEqualTo(NOTES[h]);
    }
  }
}
