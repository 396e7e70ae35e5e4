package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * Every manipulated account against its organic twin (same options, {@code manipulatedShare(0)}):
 * each kind moves exactly the quantities its recipe names, by the recorded amounts, and nothing
 * else. Views are shown for all accounts here so that bot views can be checked.
 */
class LabelledRed_OrganicTwinTest {

  private static final LabelledRed RED =
      LabelledRed.builder().accounts(4000).manipulatedShare(0.3).views(true).seed(77).build();
  private static final LabelledRed TWIN = RED.organicTwin();
  private static final Table A = RED.accounts(), TA = TWIN.accounts();
  private static final Table N = RED.notes(), TN = TWIN.notes();
  private static final Map<String, List<Integer>> NOTES_OF = Samples.byKol(N);

  private static final List<String> NOTE_OWN =
      List.of(Schema.NOTE_ID, Schema.KOL_ID, Schema.PUBLISHED_AT, Schema.LIKES, Schema.COLLECTS,
          Schema.COMMENTS, Schema.SHARES, Schema.VIEWS, Schema.CONTENT_TYPE, Schema.COST_RMB,
          Schema.FOLLOWERS, Schema.LIKES_AND_COLLECTS, Schema.NOTES);

  /** The columns of row r that differ between the table and its twin. */
  private static Set<String> changed(Table t, Table twin, int r, List<String> columns) {
    Set<String> out = new HashSet<>();
    for (String c : columns) {
      if (!t.column(c).getString(r).equals(twin.column(c).getString(r))) {
        out.add(c);
      }
    }
    return out;
  }

  private static long l(Table t, String c, int r) {
    return t.longColumn(c).getLong(r);
  }

  @Test
  void twin_hasTheSameAccountsAndNotes_allHonest() {
    assertThat(TA.stringColumn(Schema.KOL_ID).asList())
        .isEqualTo(A.stringColumn(Schema.KOL_ID).asList());
    assertThat(TN.stringColumn(Schema.NOTE_ID).asList())
        .isEqualTo(N.stringColumn(Schema.NOTE_ID).asList());
    assertThat(TA.stringColumn(Truth.COLUMN).unique().asList()).containsExactly("honest");
    assertThat(TN.stringColumn(Truth.COLUMN).unique().asList()).containsExactly("honest");
  }

  @Test
  void honestAccounts_equalTheirTwins() {
    for (LabelledRed.Manipulation m : RED.records()) {
      if (m.truth() != Truth.HONEST) {
        continue;
      }
      int a = A.stringColumn(Schema.KOL_ID).indexOf(m.kolId());
      assertThat(changed(A, TA, a, Schema.ACCOUNT_COLUMNS)).isEmpty();
      for (int r : NOTES_OF.get(m.kolId())) {
        assertThat(changed(N, TN, r, NOTE_OWN)).isEmpty();
      }
    }
  }

  /**
   * Followers × the recorded factor on the account and every note row; price, cooperation and
   * sponsored costs may follow the shown count; engagement counts, lifetime values and times do
   * not move.
   */
  @Test
  void boughtFollowers_moveFollowersAndPriceOnly() {
    int seen = 0, recent = 0;
    for (int a = 0; a < A.rowCount(); a++) {
      LabelledRed.Manipulation m = RED.records().get(a);
      if (!m.has(Truth.BOUGHT_FOLLOWERS)) {
        continue;
      }
      seen++;
      long twinF = l(TA, Schema.FOLLOWERS, a);
      assertThat(m.followerFactor()).isBetween(1.3, 5.0);
      assertThat(l(A, Schema.FOLLOWERS, a)).isEqualTo(Math.round(twinF * m.followerFactor()));
      assertThat(m.organicFollowers()).isEqualTo(twinF);
      Set<String> moved = changed(A, TA, a, Schema.ACCOUNT_COLUMNS);
      moved.removeAll(Set.of(Schema.PRICE_RMB, Schema.COOPERATION, Schema.LIKES_AND_COLLECTS));
      assertThat(moved).containsExactly(Schema.FOLLOWERS);
      assertThat(A.doubleColumn(Schema.PRICE_RMB).getDouble(a))
          .isGreaterThanOrEqualTo(TA.doubleColumn(Schema.PRICE_RMB).getDouble(a));
      if (!m.has(Truth.BOUGHT_LIKES)) {
        assertThat(l(A, Schema.LIKES_AND_COLLECTS, a)).isEqualTo(l(TA, Schema.LIKES_AND_COLLECTS, a));
      }
      recent += m.followersBoughtBeforeNotes() ? 0 : 1;
      List<Integer> rows = NOTES_OF.get(m.kolId());
      if (m.followersBoughtBeforeNotes()) {
        assertThat(m.followersBoughtAt())
            .isBefore(N.dateTimeColumn(Schema.PUBLISHED_AT).get(rows.get(0)));
      }
      for (int r : rows) {
        assertThat(l(N, Schema.FOLLOWERS, r)).isEqualTo(l(A, Schema.FOLLOWERS, a));
        Set<String> noteMoved = changed(N, TN, r, NOTE_OWN);
        noteMoved.removeAll(Set.of(Schema.FOLLOWERS, Schema.COST_RMB, Schema.LIKES_AND_COLLECTS));
        if (!m.has(Truth.BOUGHT_LIKES) && !m.has(Truth.COMMENT_FARM)) {
          assertThat(noteMoved).isEmpty();
        }
      }
    }
    assertThat(seen).isGreaterThan(350);
    assertThat(recent / (double) seen).isBetween(0.25, 0.55);
  }

  /**
   * Only the recorded notes: likes up by (k−1)·max(likes, ½ median, 10), views up by at most the
   * bought likes (bot views), collects up by at most a quarter of them; comments, shares, times
   * unchanged; likes_and_collects up by exactly the recorded totals.
   */
  @Test
  void boughtLikes_moveLikesViewsCollectsOfTheRecordedNotesOnly() {
    int seen = 0, afterDate = 0, withCollects = 0;
    List<Double> touchedShare = new ArrayList<>();
    for (int a = 0; a < A.rowCount(); a++) {
      LabelledRed.Manipulation m = RED.records().get(a);
      if (!m.has(Truth.BOUGHT_LIKES)) {
        continue;
      }
      seen++;
      Set<String> liked = new HashSet<>(m.likedNotes());
      Set<String> farmed = new HashSet<>(m.farmedNotes());
      List<Integer> rows = NOTES_OF.get(m.kolId());
      int k = rows.size();
      assertThat(liked.size())
          .isBetween(Math.max(1, (int) Math.round(0.1 * k)), Math.max(1, (int) Math.round(0.4 * k)));
      touchedShare.add(liked.size() / (double) k);
      long likes = 0, collects = 0;
      for (int r : rows) {
        String id = N.stringColumn(Schema.NOTE_ID).get(r);
        Set<String> moved = changed(N, TN, r, NOTE_OWN);
        moved.removeAll(Set.of(Schema.LIKES_AND_COLLECTS));
        if (m.has(Truth.BOUGHT_FOLLOWERS)) {
          moved.removeAll(Set.of(Schema.FOLLOWERS, Schema.COST_RMB));
        }
        if (farmed.contains(id)) {
          moved.remove(Schema.COMMENTS);
        }
        if (!liked.contains(id)) {
          assertThat(moved).as(id).isEmpty();
          continue;
        }
        assertThat(moved).contains(Schema.LIKES)
            .isSubsetOf(Schema.LIKES, Schema.VIEWS, Schema.COLLECTS);
        long bought = l(N, Schema.LIKES, r) - l(TN, Schema.LIKES, r);
        long twinLikes = l(TN, Schema.LIKES, r);
        double base = Math.max(Math.max(twinLikes, 0.5 * medianLikes(rows)), 10);
        // per-note factor k·e^(0.2·Z) ≥ 1.5; Z < 5 (else 1 in 3.5 million)
        assertThat(bought / base).isBetween(0.5 - 1 / base, m.likeFactor() * Math.exp(1.0) - 1);
        long botViews = l(N, Schema.VIEWS, r) - l(TN, Schema.VIEWS, r);
        assertThat(botViews).isBetween(0L, bought);
        long c = l(N, Schema.COLLECTS, r) - l(TN, Schema.COLLECTS, r);
        assertThat(c).isBetween(0L, Math.round(0.25 * bought) + 1);
        likes += bought;
        collects += c;
        if (m.likesFrom() != null) {
          assertThat(N.dateTimeColumn(Schema.PUBLISHED_AT).get(r)).isAfterOrEqualTo(m.likesFrom());
        }
        // likes per view rises
        assertThat((double) l(N, Schema.LIKES, r) / l(N, Schema.VIEWS, r))
            .isGreaterThan((double) twinLikes / l(TN, Schema.VIEWS, r));
      }
      assertThat(likes).isEqualTo(m.boughtLikes());
      assertThat(collects).isEqualTo(m.boughtCollects());
      assertThat(l(A, Schema.LIKES_AND_COLLECTS, a) - l(TA, Schema.LIKES_AND_COLLECTS, a))
          .isEqualTo(m.boughtLikes() + m.boughtCollects());
      assertThat(m.likeFactor()).isBetween(2.0, 8.0);
      afterDate += m.likesFrom() != null ? 1 : 0;
      withCollects += m.boughtCollects() > 0 ? 1 : 0;
    }
    assertThat(seen).isGreaterThan(350);
    assertThat(afterDate / (double) seen).isBetween(0.2, 0.5);
    assertThat(withCollects / (double) seen).isBetween(0.2, 0.5);
    assertThat(Samples.median(touchedShare)).isBetween(0.15, 0.35);
  }

  private static double medianLikes(List<Integer> rows) {
    List<Double> v = new ArrayList<>();
    rows.forEach(r -> v.add((double) l(TN, Schema.LIKES, r)));
    return Samples.median(v);
  }

  /** Only comments of the recorded notes, by 25–120 % (± jitter) of the note's shown likes. */
  @Test
  void commentFarm_movesCommentsOfTheRecordedNotesOnly() {
    int seen = 0;
    List<Double> ratios = new ArrayList<>();
    for (int a = 0; a < A.rowCount(); a++) {
      LabelledRed.Manipulation m = RED.records().get(a);
      if (!m.has(Truth.COMMENT_FARM)) {
        continue;
      }
      seen++;
      if (!m.has(Truth.BOUGHT_FOLLOWERS) && !m.has(Truth.BOUGHT_LIKES)) {
        assertThat(changed(A, TA, a, Schema.ACCOUNT_COLUMNS)).isEmpty();
      }
      assertThat(m.farmIntensity()).isBetween(0.25, 1.2);
      Set<String> farmed = new HashSet<>(m.farmedNotes());
      Set<String> liked = new HashSet<>(m.likedNotes());
      List<Integer> rows = NOTES_OF.get(m.kolId());
      assertThat(farmed.size()).isBetween(1, Math.max(1, (int) Math.round(0.7 * rows.size())));
      long total = 0;
      for (int r : rows) {
        String id = N.stringColumn(Schema.NOTE_ID).get(r);
        Set<String> moved = changed(N, TN, r, NOTE_OWN);
        moved.removeAll(Set.of(Schema.LIKES_AND_COLLECTS, Schema.FOLLOWERS, Schema.COST_RMB));
        if (liked.contains(id)) {
          moved.removeAll(Set.of(Schema.LIKES, Schema.VIEWS, Schema.COLLECTS));
        }
        if (!farmed.contains(id)) {
          assertThat(moved).as(id).isEmpty();
          continue;
        }
        assertThat(moved).containsExactly(Schema.COMMENTS);
        long extra = l(N, Schema.COMMENTS, r) - l(TN, Schema.COMMENTS, r);
        long likes = Math.max(l(N, Schema.LIKES, r), 8);
        assertThat((double) extra)
            .isBetween(Math.floor(0.25 * 0.85 * likes) , Math.ceil(1.2 * 1.15 * likes));
        assertThat((double) extra / likes)
            .isCloseTo(m.farmIntensity(), within(0.15 * m.farmIntensity() + 1.0 / likes));
        ratios.add((double) extra / likes);
        total += extra;
      }
      assertThat(total).isEqualTo(m.farmedComments());
    }
    assertThat(seen).isGreaterThan(350);
    assertThat(Samples.quantile(ratios, 0.05)).isLessThan(0.4);
    assertThat(Samples.quantile(ratios, 0.95)).isGreaterThan(1.0);
  }

  /** Mixed accounts are labelled by their main kind and carry both recipes. */
  @Test
  void mixedAccounts_carryBothKinds() {
    long mixed = RED.records().stream().filter(m -> m.kinds().size() == 2).count();
    long manipulated = RED.records().stream().filter(m -> m.truth() != Truth.HONEST).count();
    assertThat(mixed).isEqualTo(3 * Math.round(0.2 * manipulated / 3.0));
    for (LabelledRed.Manipulation m : RED.records()) {
      if (m.kinds().size() == 2 && m.kinds().contains(Truth.BOUGHT_FOLLOWERS)) {
        assertThat(m.shownFollowers()).isGreaterThan(m.organicFollowers());
      }
    }
  }
}
