package org.kolscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Expected values are hand arithmetic on the fixture, written beside each assertion. */
class KolAggregates_PerKolTest {
  private static final double TOL = 1e-12;

  private static Table accounts() {
    return TestTables.csv("""
        kol_id,followers,likes_and_collects,price_rmb
        a,1000,4000,3000
        b,2000,7000,
        c,500,2000,900
        """);
  }

  /** a: three notes with views; b: one note without views; c: no notes. */
  private static Table notes() {
    Table n = TestTables.csv("""
        note_id,kol_id,likes,collects,comments,views,followers
        n1,a,10,5,5,1000,1000
        n2,a,30,10,0,2000,1000
        n3,a,20,0,10,500,1000
        n4,b,7,3,1,,2000
        """);
    return Metrics.addToNotes(n, Interactions.XINHONG);
  }

  @Test
  void perKol_countMedianMeanLikes() {
    Table t = KolAggregates.of(notes());
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.intColumn(KolAggregates.NOTES_IN_SAMPLE).get(0)).isEqualTo(3);
    // likes 10, 30, 20: median 20, mean 20; Σ = 60
    assertThat(t.doubleColumn(KolAggregates.MEDIAN_LIKES).get(0)).isEqualTo(20.0);
    assertThat(t.doubleColumn(KolAggregates.MEAN_LIKES).get(0)).isEqualTo(20.0);
    assertThat(t.doubleColumn(KolAggregates.TOTAL_LIKES).get(0)).isEqualTo(60.0);
  }

  @Test
  void perKol_medianEngagementRateAndLikesPerView() {
    Table t = KolAggregates.of(notes());
    // interactions 20, 40, 30 → median 30; ER 0.02, 0.04, 0.03 → median 0.03
    assertThat(t.doubleColumn(KolAggregates.MEDIAN_INTERACTIONS).get(0)).isEqualTo(30.0);
    assertThat(t.doubleColumn(KolAggregates.MEDIAN_ENGAGEMENT_RATE).get(0)).isCloseTo(0.03, within(TOL));
    // likes / views 0.01, 0.015, 0.04 → median 0.015
    assertThat(t.doubleColumn(KolAggregates.MEDIAN_LIKES_PER_VIEW).get(0)).isCloseTo(0.015, within(TOL));
    // Σ comments / Σ likes = 15 / 60 = 0.25
    assertThat(t.doubleColumn(KolAggregates.POOLED_COMMENTS_PER_LIKE).get(0)).isEqualTo(0.25);
  }

  @Test
  void kolWithOneNote_aggregatesAreThatNote() {
    Table t = KolAggregates.of(notes());
    assertThat(t.intColumn(KolAggregates.NOTES_IN_SAMPLE).get(1)).isEqualTo(1);
    assertThat(t.doubleColumn(KolAggregates.MEDIAN_LIKES).get(1)).isEqualTo(7.0);
    assertThat(t.doubleColumn(KolAggregates.MEAN_LIKES).get(1)).isEqualTo(7.0);
    // (7 + 3 + 1) / 2000 = 0.0055
    assertThat(t.doubleColumn(KolAggregates.MEDIAN_ENGAGEMENT_RATE).get(1)).isCloseTo(0.0055, within(TOL));
  }

  @Test
  void missingViews_medianUnknownWithReason() {
    Table t = KolAggregates.of(notes());
    assertThat(t.doubleColumn(KolAggregates.MEDIAN_LIKES_PER_VIEW).isMissing(1)).isTrue();
    assertThat(MissingReasons.get(t, 1))
        .contains("median_likes_per_view: likes_per_view unknown on all 1 note");
  }

  @Test
  void kolWithNoNotes_countZero_aggregatesMissingWithReason() {
    Table acc = KolAggregates.addTo(accounts(), KolAggregates.of(notes()));
    assertThat(acc.intColumn(KolAggregates.NOTES_IN_SAMPLE).get(2)).isZero();
    assertThat(acc.doubleColumn(KolAggregates.MEDIAN_LIKES).isMissing(2)).isTrue();
    assertThat(MissingReasons.get(acc, 2)).contains("no notes");
  }

  @Test
  void costPerEngagementAndCpm_fromPriceAndMedians() {
    Table acc = KolAggregates.addTo(accounts(), KolAggregates.of(notes()));
    // a: 3000 / median interactions 30 = 100 RMB; 3000 / median views 1000 × 1000 = 3000 RMB CPM
    assertThat(acc.doubleColumn(KolAggregates.PRICE_PER_INTERACTION).get(0)).isEqualTo(100.0);
    assertThat(acc.doubleColumn(KolAggregates.PRICE_PER_1K_VIEWS).get(0)).isEqualTo(3000.0);
  }

  @Test
  void missingPrice_costsMissingWithReason() {
    Table acc = KolAggregates.addTo(accounts(), KolAggregates.of(notes()));
    assertThat(acc.doubleColumn(KolAggregates.PRICE_PER_INTERACTION).isMissing(1)).isTrue();
    assertThat(MissingReasons.get(acc, 1))
        .contains("cost_per_interaction: price_rmb unknown");
    // b's price is unknown and its views too: the CPM names the first missing operand, views
    assertThat(MissingReasons.get(acc, 1)).contains("cost_per_1000_views: median_views unknown");
  }
}
