package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import org.kolscope.testdata.LabelledCreators.Platform;
import tech.tablesaw.api.Table;

/** Labels, determinism, and each kind against the creator's organic twin. */
class LabelledCreators_OrganicTwinTest {

  private static final LabelledCreators GEN =
      LabelledCreators.builder().creators(3000).manipulatedShare(0.3).views(true).shares(true)
          .seed(8).build();
  private static final LabelledCreators TWIN = GEN.organicTwin();
  private static final Table C = GEN.creators(), T = TWIN.creators();
  private static final List<String> COLUMNS =
      List.of(Schema.FOLLOWERS, LabelledCreators.AVG_VIEWS, LabelledCreators.AVG_LIKES,
          LabelledCreators.AVG_COMMENTS, LabelledCreators.AVG_SHARES,
          LabelledCreators.ENGAGEMENT_RATE, Schema.NAME, Schema.KOL_ID);

  private static Set<String> changed(int r) {
    Set<String> out = new HashSet<>();
    for (String c : COLUMNS) {
      if (!C.column(c).getString(r).equals(T.column(c).getString(r))) {
        out.add(c);
      }
    }
    return out;
  }

  private static long l(Table t, String c, int r) {
    return t.longColumn(c).getLong(r);
  }

  @Test
  void defaults_labelCounts_andDeterminism() {
    LabelledCreators d = LabelledCreators.builder().build();
    Map<Truth, Integer> counts = new EnumMap<>(Truth.class);
    d.records().forEach(m -> counts.merge(m.truth(), 1, Integer::sum));
    assertThat(counts)
        .containsEntry(Truth.HONEST, 1820)
        .containsEntry(Truth.BOUGHT_FOLLOWERS, 60)
        .containsEntry(Truth.BOUGHT_LIKES, 60)
        .containsEntry(Truth.COMMENT_FARM, 60);
    assertThat(d.creators().rowCount()).isEqualTo(2000);
    assertThat(d.platform()).isEqualTo(Platform.TIKTOK);
    assertThat(LabelledCsv.toCsv(d.creators()))
        .isEqualTo(LabelledCsv.toCsv(LabelledCreators.builder().build().creators()));
    assertThat(LabelledCsv.toCsv(d.creators()))
        .isNotEqualTo(LabelledCsv.toCsv(LabelledCreators.builder().seed(2).build().creators()));
    assertThat(d.truth().columnNames()).containsExactly("kol_id", "truth");
    assertThat(d.manipulations().rowCount()).isEqualTo(2000);
  }

  @Test
  void honestCreators_equalTheirTwins() {
    for (int r = 0; r < C.rowCount(); r++) {
      if (GEN.records().get(r).truth() == Truth.HONEST) {
        assertThat(changed(r)).isEmpty();
      }
    }
  }

  @Test
  void boughtFollowers_moveFollowersAndEngagementRateOnly() {
    int seen = 0;
    for (int r = 0; r < C.rowCount(); r++) {
      LabelledCreators.Manipulation m = GEN.records().get(r);
      if (!m.has(Truth.BOUGHT_FOLLOWERS)) {
        continue;
      }
      seen++;
      assertThat(m.followerFactor()).isBetween(1.3, 5.0);
      assertThat(l(C, Schema.FOLLOWERS, r))
          .isEqualTo(Math.round(l(T, Schema.FOLLOWERS, r) * m.followerFactor()));
      Set<String> moved = changed(r);
      if (m.kinds().size() == 1) {
        assertThat(moved).containsExactlyInAnyOrder(Schema.FOLLOWERS,
            LabelledCreators.ENGAGEMENT_RATE);
        assertThat(C.doubleColumn(LabelledCreators.ENGAGEMENT_RATE).getDouble(r))
            .isCloseTo(T.doubleColumn(LabelledCreators.ENGAGEMENT_RATE).getDouble(r)
                * l(T, Schema.FOLLOWERS, r) / l(C, Schema.FOLLOWERS, r), within(1e-12));
      }
    }
    assertThat(seen).isGreaterThan(250);
  }

  /** avg_likes up by the bought likes ÷ posts (± rounding), avg_views by at most as much. */
  @Test
  void boughtLikes_raiseAverageLikesAndViews() {
    int seen = 0;
    for (int r = 0; r < C.rowCount(); r++) {
      LabelledCreators.Manipulation m = GEN.records().get(r);
      if (!m.has(Truth.BOUGHT_LIKES)) {
        continue;
      }
      seen++;
      assertThat(m.postsBoughtLikes())
          .isBetween(Math.max(1, (int) Math.round(0.1 * m.posts())),
              Math.max(1, (int) Math.round(0.4 * m.posts())));
      double perPost = m.boughtLikes() / (double) m.posts();
      assertThat((double) l(C, LabelledCreators.AVG_LIKES, r) - l(T, LabelledCreators.AVG_LIKES, r))
          .isCloseTo(perPost, within(1.0));
      long views = l(C, LabelledCreators.AVG_VIEWS, r) - l(T, LabelledCreators.AVG_VIEWS, r);
      assertThat((double) views).isBetween(-1.0, perPost + 1);
      Set<String> moved = changed(r);
      moved.removeAll(Set.of(LabelledCreators.AVG_LIKES, LabelledCreators.AVG_VIEWS,
          LabelledCreators.ENGAGEMENT_RATE));
      if (m.has(Truth.BOUGHT_FOLLOWERS)) {
        moved.remove(Schema.FOLLOWERS);
      }
      if (m.has(Truth.COMMENT_FARM)) {
        moved.remove(LabelledCreators.AVG_COMMENTS);
      }
      assertThat(moved).isEmpty();
    }
    assertThat(seen).isGreaterThan(250);
  }

  /** avg_comments up by the farmed comments ÷ posts (± rounding); nothing else but the rate. */
  @Test
  void commentFarm_raisesAverageCommentsOnly() {
    int seen = 0;
    List<Double> lift = new java.util.ArrayList<>();
    for (int r = 0; r < C.rowCount(); r++) {
      LabelledCreators.Manipulation m = GEN.records().get(r);
      if (!m.has(Truth.COMMENT_FARM)) {
        continue;
      }
      seen++;
      assertThat(m.farmIntensity()).isBetween(0.25, 1.2);
      assertThat((double) l(C, LabelledCreators.AVG_COMMENTS, r)
              - l(T, LabelledCreators.AVG_COMMENTS, r))
          .isCloseTo(m.farmedComments() / (double) m.posts(), within(1.0));
      if (m.kinds().size() == 1) {
        assertThat(changed(r)).containsExactlyInAnyOrder(LabelledCreators.AVG_COMMENTS,
            LabelledCreators.ENGAGEMENT_RATE);
        assertThat(l(C, LabelledCreators.AVG_COMMENTS, r))
            .isGreaterThan(l(T, LabelledCreators.AVG_COMMENTS, r));
        lift.add(l(C, LabelledCreators.AVG_COMMENTS, r)
            / (double) Math.max(1, l(T, LabelledCreators.AVG_COMMENTS, r)));
      }
    }
    assertThat(seen).isGreaterThan(250);
    // on TikTok farmed comments dwarf the organic ones (organic comments/likes ≈ 0.6 %)
    assertThat(Samples.median(lift)).isGreaterThan(5);
  }

  @Test
  void builder_rejectsBadOptions() {
    assertThatThrownBy(() -> LabelledCreators.builder().creators(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledCreators.builder().posts(0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledCreators.builder().posts(5, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledCreators.builder().mixedShare(2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledCreators.builder().kindWeights(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledCreators.builder().platform(null))
        .isInstanceOf(NullPointerException.class);
  }
}
