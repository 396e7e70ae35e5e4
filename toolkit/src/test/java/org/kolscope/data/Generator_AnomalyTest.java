package org.kolscope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.Table;

/** Injected anomalies: exact rates, labels on the right rows, and their documented signatures. */
class Generator_AnomalyTest {

  private static final GeneratedData D = Fixture.DEFAULT;
  private static final Table ACCOUNTS = D.accounts();
  private static final Table NOTES = D.notes();
  private static final Map<String, List<Integer>> BY_KOL = Fixture.notesByAccount(NOTES);

  @Test
  void defaultRates_threePercentOfAccountsEach() {
    for (Anomaly a :
        List.of(Anomaly.BOUGHT_FOLLOWERS, Anomaly.BOUGHT_LIKES, Anomaly.COMMENT_FARM)) {
      assertThat(D.accountCount(a)).as(a.label()).isEqualTo(60);
    }
    assertThat(D.accountCount(Anomaly.NONE)).isEqualTo(2000 - 180);
  }

  @ParameterizedTest(name = "{0} accounts, rates {1} {2} {3}")
  @CsvSource({"500, 0.05, 0.01, 0.1", "300, 0, 0, 0", "200, 0.5, 0.25, 0.25", "7, 0.2, 0.2, 0.2"})
  void configuredRates_giveRoundedExactCounts(int n, double bf, double bl, double cf) {
    GeneratedData d =
        Generator.builder()
            .accounts(n)
            .notesPerAccount(5)
            .seed(7)
            .boughtFollowersRate(bf)
            .boughtLikesRate(bl)
            .commentFarmRate(cf)
            .build()
            .generate();
    assertThat(d.accountCount(Anomaly.BOUGHT_FOLLOWERS)).isEqualTo(Math.round(bf * n));
    assertThat(d.accountCount(Anomaly.BOUGHT_LIKES)).isEqualTo(Math.round(bl * n));
    assertThat(d.accountCount(Anomaly.COMMENT_FARM)).isEqualTo(Math.round(cf * n));
    assertThat(d.accounts().rowCount()).isEqualTo(n);
  }

  @Test
  void noteLabels_onlyOnNotesOfAccountsWithThatLabel() {
    Map<String, String> accountLabel = new HashMap<>();
    ACCOUNTS.forEach(
        r -> accountLabel.put(r.getString(Schema.KOL_ID), r.getString(Generator.ANOMALY)));
    NOTES.forEach(
        r -> {
          String label = r.getString(Generator.ANOMALY);
          if (!label.equals("none")) {
            assertThat(accountLabel.get(r.getString(Schema.KOL_ID))).isEqualTo(label);
          }
        });
    for (Anomaly a :
        List.of(Anomaly.BOUGHT_FOLLOWERS, Anomaly.BOUGHT_LIKES, Anomaly.COMMENT_FARM)) {
      assertThat(D.noteCount(a)).as(a.label()).isGreaterThanOrEqualTo(60);
    }
  }

  /**
   * Bought followers: likes_and_collects at most half the followers and below a third of the shown
   * tier's median ratio; all notes labelled.
   */
  @Test
  void boughtFollowers_likesAndCollectsBelowFollowers_andAllNotesLabelled() {
    Table bf = Fixture.labelled(ACCOUNTS, Anomaly.BOUGHT_FOLLOWERS);
    bf.forEach(
        r -> {
          long f = r.getLong(Schema.FOLLOWERS);
          double ratio = r.getLong(Schema.LIKES_AND_COLLECTS) / (double) f;
          assertThat(ratio).isLessThanOrEqualTo(0.5 + 1e-4);
          // docs/domain.md tier medians 4.0, 2.3, 0.7, 0.4: a third of the shown tier's
          double[] tierMedian = {4.0, 2.3, 0.7, 0.4};
          assertThat(ratio).isLessThan(tierMedian[Tiers.RED.index(f)] / 3);
          assertThat(BY_KOL.get(r.getString(Schema.KOL_ID)))
              .allMatch(
                  n -> NOTES.stringColumn(Generator.ANOMALY).get(n).equals("bought_followers"));
        });
  }

  /**
   * Bought likes: spiked notes have likes ≥ 10 % of views (clean: 1–3 %), at least 5× the account's
   * median unspiked note (the injection multiplies by 8–30), and comments ÷ likes below 5 %; the
   * account's likes_and_collects covers its listed notes.
   */
  @Test
  void boughtLikes_spikesFarAboveMedianAndViews() {
    Table bl = Fixture.labelled(ACCOUNTS, Anomaly.BOUGHT_LIKES);
    int spikes = 0;
    int farAboveMedian = 0;
    int lowComments = 0;
    for (int a = 0; a < bl.rowCount(); a++) {
      List<Integer> rows = BY_KOL.get(bl.stringColumn(Schema.KOL_ID).get(a));
      double[] organic =
          rows.stream()
              .filter(n -> NOTES.stringColumn(Generator.ANOMALY).get(n).equals("none"))
              .mapToDouble(n -> NOTES.longColumn(Schema.LIKES).getLong(n))
              .toArray();
      double median = organic.length == 0 ? 0 : Quantiles.median(organic);
      long sumLc = 0;
      int labelled = 0;
      for (int n : rows) {
        long likes = NOTES.longColumn(Schema.LIKES).getLong(n);
        sumLc += likes + NOTES.longColumn(Schema.COLLECTS).getLong(n);
        if (!NOTES.stringColumn(Generator.ANOMALY).get(n).equals("bought_likes")) {
          continue;
        }
        labelled++;
        spikes++;
        assertThat(likes).isGreaterThanOrEqualTo(80);
        if (!NOTES.longColumn(Schema.VIEWS).isMissing(n)) {
          assertThat(likes / (double) NOTES.longColumn(Schema.VIEWS).getLong(n))
              .isGreaterThanOrEqualTo(0.1);
        }
        farAboveMedian += likes >= 5 * median ? 1 : 0;
        lowComments += NOTES.longColumn(Schema.COMMENTS).getLong(n) < 0.05 * likes ? 1 : 0;
      }
      assertThat(labelled).isBetween(1, Math.max(1, (int) Math.round(0.35 * rows.size())));
      assertThat(sumLc).isLessThanOrEqualTo(bl.longColumn(Schema.LIKES_AND_COLLECTS).getLong(a));
    }
    assertThat(farAboveMedian / (double) spikes).isGreaterThanOrEqualTo(0.9);
    assertThat(lowComments / (double) spikes).isGreaterThanOrEqualTo(0.9);
  }

  /** Comment farms: at least half the notes, comments ≥ 35 % of likes (norm 5–15 %). */
  @Test
  void commentFarm_commentsFarAboveTheNorm() {
    Table cf = Fixture.labelled(ACCOUNTS, Anomaly.COMMENT_FARM);
    for (int a = 0; a < cf.rowCount(); a++) {
      List<Integer> rows = BY_KOL.get(cf.stringColumn(Schema.KOL_ID).get(a));
      int labelled = 0;
      for (int n : rows) {
        if (NOTES.stringColumn(Generator.ANOMALY).get(n).equals("comment_farm")) {
          labelled++;
          long likes = NOTES.longColumn(Schema.LIKES).getLong(n);
          assertThat((double) NOTES.longColumn(Schema.COMMENTS).getLong(n))
              .isGreaterThanOrEqualTo(0.35 * likes)
              .isGreaterThanOrEqualTo(7.0);
        }
      }
      assertThat(2 * labelled).isGreaterThanOrEqualTo(rows.size() - 1);
      assertThat(labelled).isPositive();
    }
  }

  /** The contrast the detectors rely on: clean notes almost never reach 25 % comments per like. */
  @Test
  void cleanNotes_rarelyLookLikeFarms() {
    Table clean = Fixture.labelled(NOTES, Anomaly.NONE);
    Table busy = clean.where(clean.longColumn(Schema.LIKES).isGreaterThanOrEqualTo(100));
    long farmLike =
        busy.stream()
            .filter(r -> r.getLong(Schema.COMMENTS) >= 0.25 * r.getLong(Schema.LIKES))
            .count();
    assertThat(farmLike / (double) busy.rowCount()).isLessThan(0.01);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void rateOutsideZeroOne_isRejectedQuotingTheValue(double r) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Generator.builder().commentFarmRate(r));
    assertThat(e.getMessage()).contains(String.valueOf(r)).contains("[0, 1]");
  }

  @Test
  void ratesAddingUpToMoreThanOne_areRejected() {
    Generator.Builder b = Generator.builder().anomalyRate(0.4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertThat(e.getMessage()).contains("at most 1");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 5_000_001})
  void accountsOutOfRange_areRejected(int n) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Generator.builder().accounts(n));
    assertThat(e.getMessage()).contains(String.valueOf(n)).contains("[1, 5000000]");
  }

  @Test
  void zeroNotesPerAccount_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Generator.builder().notesPerAccount(0));
  }

  @Test
  void anomalyLabel_roundTrips_andUnknownIsRejected() {
    for (Anomaly a : Anomaly.values()) {
      assertThat(Anomaly.fromLabel(a.label())).isEqualTo(a);
    }
    assertThrows(IllegalArgumentException.class, () -> Anomaly.fromLabel("bots"));
  }
}
