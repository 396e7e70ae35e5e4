package org.kolscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Expected values are hand arithmetic on the fixture, written beside each assertion. */
class Metrics_RatiosTest {
  private static final double TOL = 1e-12;

  private static Table accounts() {
    return TestTables.csv("""
        kol_id,followers,likes_and_collects,price_rmb
        a,1000,4000,2000
        b,0,50,800
        c,2500,2000,
        """);
  }

  private static Table notes() {
    return TestTables.csv("""
        note_id,kol_id,likes,collects,comments,shares,views,followers,cost_rmb
        n1,a,40,20,10,5,2000,1000,1400
        n2,a,0,3,2,1,500,1000,
        n3,b,9,1,0,,,0,800
        """);
  }

  @Test
  void accounts_likesAndCollectsPerFollower() {
    Table t = Metrics.addToAccounts(accounts());
    // 4000 / 1000 = 4; 2000 / 2500 = 0.8
    assertThat(t.doubleColumn(Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER).get(0)).isEqualTo(4.0);
    assertThat(t.doubleColumn(Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER).get(2)).isCloseTo(0.8, within(TOL));
  }

  @Test
  void accounts_zeroFollowers_missingWithReason() {
    Table t = Metrics.addToAccounts(accounts());
    assertThat(t.doubleColumn(Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER).isMissing(1)).isTrue();
    assertThat(t.doubleColumn(Metrics.PRICE_PER_1K_FOLLOWERS).isMissing(1)).isTrue();
    assertThat(MissingReasons.get(t, 1))
        .contains("likes_and_collects_per_follower: followers = 0")
        .contains("cost_per_1000_followers: followers = 0");
  }

  @Test
  void accounts_costPerThousandFollowers_missingPriceSaysSo() {
    Table t = Metrics.addToAccounts(accounts());
    // 2000 / 1000 × 1000 = 2000 RMB per 1,000 followers
    assertThat(t.doubleColumn(Metrics.PRICE_PER_1K_FOLLOWERS).get(0)).isEqualTo(2000.0);
    assertThat(MissingReasons.get(t, 2)).isEqualTo("cost_per_1000_followers: price_rmb unknown");
  }

  @Test
  void notes_perNoteRatios() {
    Table t = Metrics.addToNotes(notes(), Interactions.XINHONG);
    // n1: 40 / 2000 = 0.02; 10 / 40 = 0.25; 20 / 40 = 0.5
    assertThat(t.doubleColumn(Metrics.LIKES_PER_VIEW).get(0)).isCloseTo(0.02, within(TOL));
    assertThat(t.doubleColumn(Metrics.COMMENTS_PER_LIKE).get(0)).isEqualTo(0.25);
    assertThat(t.doubleColumn(Metrics.COLLECTS_PER_LIKE).get(0)).isEqualTo(0.5);
    // n2 has 0 likes: comments / likes and collects / likes are missing with a reason
    assertThat(t.doubleColumn(Metrics.COMMENTS_PER_LIKE).isMissing(1)).isTrue();
    assertThat(MissingReasons.get(t, 1))
        .contains("comments_per_like: likes = 0").contains("collects_per_like: likes = 0");
  }

  @Test
  void notes_missingViews_likesPerViewUnknown() {
    Table t = Metrics.addToNotes(notes(), Interactions.XINHONG);
    assertThat(t.doubleColumn(Metrics.LIKES_PER_VIEW).isMissing(2)).isTrue();
    assertThat(MissingReasons.get(t, 2)).contains("likes_per_view: views unknown");
  }

  @Test
  void interactions_defaultIsLikesCollectsComments() {
    Table t = Metrics.addToNotes(notes(), Interactions.XINHONG);
    // n1: 40 + 20 + 10 = 70; engagement rate 70 / 1000 = 0.07
    assertThat(t.doubleColumn(Interactions.COLUMN).get(0)).isEqualTo(70.0);
    assertThat(t.doubleColumn(Metrics.ENGAGEMENT_RATE).get(0)).isCloseTo(0.07, within(TOL));
    assertThat(Interactions.XINHONG.definition()).isEqualTo("likes + collects + comments");
  }

  @Test
  void interactions_withShares_addsShares_unknownSharesSaySo() {
    Table t = Metrics.addToNotes(notes(), Interactions.WITH_SHARES);
    // n1: 40 + 20 + 10 + 5 = 75
    assertThat(t.doubleColumn(Interactions.COLUMN).get(0)).isEqualTo(75.0);
    assertThat(t.doubleColumn(Interactions.COLUMN).isMissing(2)).isTrue();
    assertThat(MissingReasons.get(t, 2)).contains("interactions: shares unknown");
  }

  @Test
  void engagementRate_zeroFollowers_missingWithReason() {
    Table t = Metrics.addToNotes(notes(), Interactions.XINHONG);
    assertThat(t.doubleColumn(Metrics.ENGAGEMENT_RATE).isMissing(2)).isTrue();
    assertThat(MissingReasons.get(t, 2)).contains("engagement_rate: followers = 0");
  }

  @Test
  void notes_costPerEngagementAndCpm() {
    Table t = Metrics.addToNotes(notes(), Interactions.XINHONG);
    // n1: 1400 / 70 = 20 RMB per interaction; 1400 / 2000 × 1000 = 700 RMB CPM
    assertThat(t.doubleColumn(Metrics.COST_PER_INTERACTION).get(0)).isCloseTo(20.0, within(TOL));
    assertThat(t.doubleColumn(Metrics.COST_PER_1K_VIEWS).get(0)).isCloseTo(700.0, within(TOL));
    // n2 has no cost: missing, said so
    assertThat(MissingReasons.get(t, 1)).contains("cost_per_interaction: cost_rmb unknown");
  }
}
