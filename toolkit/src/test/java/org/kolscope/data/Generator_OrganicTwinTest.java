package org.kolscope.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Each anomalous account against its organic twin (same seed, anomaly rates 0): the injection
 * changes exactly what the {@link Generator} Javadoc says and nothing else.
 */
class Generator_OrganicTwinTest {

  private static final Table A = Fixture.DEFAULT.accounts();
  private static final Table N = Fixture.DEFAULT.notes();
  private static final GeneratedData TWIN = Generator.builder().anomalyRate(0).build().generate();
  private static final Table TA = TWIN.accounts();
  private static final Table TN = TWIN.notes();
  private static final java.util.Map<String, String> LABEL = new java.util.HashMap<>();

  static {
    A.forEach(r -> LABEL.put(r.getString(Schema.KOL_ID), r.getString(Generator.ANOMALY)));
  }

  private static java.util.List<String> cells(Table t, int r) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int c = 0; c < t.columnCount(); c++) {
      out.add(t.column(c).getString(r));
    }
    return out;
  }

  private static int accountRow(String kol) {
    return A.stringColumn(Schema.KOL_ID).firstIndexOf(kol);
  }

  @Test
  void twin_hasSameShape_andNoAnomalies() {
    assertThat(TA.rowCount()).isEqualTo(A.rowCount());
    assertThat(TN.rowCount()).isEqualTo(N.rowCount());
    assertThat(TWIN.accountCount(Anomaly.NONE)).isEqualTo(TA.rowCount());
    assertThat(TWIN.noteCount(Anomaly.NONE)).isEqualTo(TN.rowCount());
  }

  @Test
  void cleanAccountsAndTheirNotes_equalTheirTwins() {
    for (int r = 0; r < A.rowCount(); r++) {
      if (A.stringColumn(Generator.ANOMALY).get(r).equals("none")) {
        assertThat(cells(A, r)).isEqualTo(cells(TA, r));
      }
    }
    for (int r = 0; r < N.rowCount(); r++) {
      if (LABEL.get(N.stringColumn(Schema.KOL_ID).get(r)).equals("none")) {
        assertThat(cells(N, r)).isEqualTo(cells(TN, r));
      }
    }
  }

  /** Followers × k with k ≥ 4, likes_and_collects and note counts unchanged, so engagement ÷ k. */
  @Test
  void boughtFollowers_inflateFollowersOnly() {
    for (int r = 0; r < A.rowCount(); r++) {
      if (!A.stringColumn(Generator.ANOMALY).get(r).equals("bought_followers")) {
        continue;
      }
      long f = A.longColumn(Schema.FOLLOWERS).getLong(r);
      long twinF = TA.longColumn(Schema.FOLLOWERS).getLong(r);
      assertThat(f).isGreaterThanOrEqualTo(4 * twinF - 2);
      assertThat(A.longColumn(Schema.LIKES_AND_COLLECTS).getLong(r))
          .isEqualTo(TA.longColumn(Schema.LIKES_AND_COLLECTS).getLong(r));
      assertThat(A.longColumn(Schema.NOTES).getLong(r))
          .isEqualTo(TA.longColumn(Schema.NOTES).getLong(r));
    }
    for (int r = 0; r < N.rowCount(); r++) {
      if (N.stringColumn(Generator.ANOMALY).get(r).equals("bought_followers")) {
        Row n = N.row(r);
        Row t = TN.row(r);
        for (String c :
            new String[] {Schema.LIKES, Schema.COLLECTS, Schema.COMMENTS, Schema.SHARES}) {
          assertThat(n.getLong(c)).isEqualTo(t.getLong(c));
        }
        assertThat(n.getLong(Schema.FOLLOWERS))
            .isGreaterThanOrEqualTo(4 * t.getLong(Schema.FOLLOWERS) - 2);
      }
    }
  }

  /** Spiked notes: likes ≥ 8× the organic likes; other columns and unspiked notes unchanged. */
  @Test
  void boughtLikes_spikeOnlyLabelledNotes_andAddToLifetimeTotal() {
    java.util.Map<String, Long> added = new java.util.HashMap<>();
    for (int r = 0; r < N.rowCount(); r++) {
      Row n = N.row(r);
      Row t = TN.row(r);
      String kol = n.getString(Schema.KOL_ID);
      if (!LABEL.get(kol).equals("bought_likes")) {
        continue;
      }
      for (String c :
          new String[] {Schema.COLLECTS, Schema.COMMENTS, Schema.SHARES, Schema.FOLLOWERS}) {
        assertThat(n.getLong(c)).isEqualTo(t.getLong(c));
      }
      if (n.getString(Generator.ANOMALY).equals("bought_likes")) {
        assertThat(n.getLong(Schema.LIKES)).isGreaterThanOrEqualTo(8 * t.getLong(Schema.LIKES));
        added.merge(kol, n.getLong(Schema.LIKES) - t.getLong(Schema.LIKES), Long::sum);
      } else {
        assertThat(n.getLong(Schema.LIKES)).isEqualTo(t.getLong(Schema.LIKES));
      }
    }
    assertThat(added).hasSize(60);
    added.forEach(
        (kol, extra) -> {
          int a = accountRow(kol);
          assertThat(A.longColumn(Schema.LIKES_AND_COLLECTS).getLong(a))
              .isEqualTo(TA.longColumn(Schema.LIKES_AND_COLLECTS).getLong(a) + extra);
        });
  }

  /** Farmed notes: comments raised to 40–150 % of max(likes, 20); likes unchanged. */
  @Test
  void commentFarm_raisesCommentsOnly() {
    int farmed = 0;
    for (int r = 0; r < N.rowCount(); r++) {
      if (!N.stringColumn(Generator.ANOMALY).get(r).equals("comment_farm")) {
        continue;
      }
      farmed++;
      Row n = N.row(r);
      Row t = TN.row(r);
      long base = Math.max(t.getLong(Schema.LIKES), 20);
      assertThat(n.getLong(Schema.LIKES)).isEqualTo(t.getLong(Schema.LIKES));
      assertThat((double) n.getLong(Schema.COMMENTS)).isBetween(0.4 * base - 0.5, 1.5 * base + 0.5);
      assertThat(n.getLong(Schema.COMMENTS)).isGreaterThan(t.getLong(Schema.COMMENTS));
    }
    assertThat(farmed).isGreaterThanOrEqualTo(60);
  }
}
