package org.kolscope.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Tiers;
import org.kolscope.stats.groups.Adjustment;
import org.kolscope.stats.groups.ReferenceCases;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The notebook API. Groups A, B, C of {@code reference/cases/group_tests_engagement.json}
 * are given as tiers KOC, micro, mid (rows shuffled so the tier order must be restored); expected
 * values are the case file's (scipy 1.10.1 / R 4.2.2, tolerances: statistics rel 1e-10, p rel
 * 1e-8) and the Dunn values of {@code Dunn_ReferenceTest} (numpy/scipy script documented there).
 */
class TierComparison_ReportTest {
  private static final JsonNode E = ReferenceCases.load("group_tests_engagement").path("expected");

  /** A table with a tier column: C (mid) rows first, then A (KOC), then B (micro). */
  private static Table abcTable() {
    List<String> tier = new ArrayList<>();
    List<Double> er = new ArrayList<>();
    String[][] parts = {{"C", "mid"}, {"A", "KOC"}, {"B", "micro"}};
    for (String[] p : parts) {
      for (double v : ReferenceCases.groupInput(p[0])) {
        tier.add(p[1]);
        er.add(v);
      }
    }
    return Table.create(
        "abc", StringColumn.create("tier", tier), DoubleColumn.create("engagement_rate", er));
  }

  private static void assertRel(double actual, double expected, double rel) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * rel));
  }

  @Test
  void existingTierColumn_matchesReferenceCase() {
    TierComparison.Result r = TierComparison.of(abcTable(), "engagement_rate").run();
    assertThat(r.groups()).extracting(TierComparison.TierSummary::tier)
        .containsExactly("KOC", "micro", "mid");
    String[] keys = {"A", "B", "C"};
    for (int i = 0; i < 3; i++) {
      JsonNode d = E.path("descriptives").path(keys[i]);
      TierComparison.TierSummary g = r.groups().get(i);
      assertThat(g.n()).isEqualTo(d.path("n").asInt());
      assertRel(g.mean(), d.path("mean").asDouble(), 1e-12);
      assertRel(g.sd(), d.path("sd").asDouble(), 1e-12);
      assertRel(g.median(), d.path("median").asDouble(), 1e-12);
      assertThat(g.ciLow()).isLessThanOrEqualTo(g.median());
      assertThat(g.ciHigh()).isGreaterThanOrEqualTo(g.median());
      assertThat(g.flaggedShare()).isNaN();
    }
    assertRel(r.kruskalWallis().h(), E.path("kruskal_wallis").path("H_tie_corrected").asDouble(),
        1e-10);
    assertRel(r.kruskalWallis().pValue(), E.path("kruskal_wallis").path("p").asDouble(), 1e-8);
    assertRel(r.anova().f(), E.path("one_way_anova").path("F").asDouble(), 1e-10);
    assertRel(r.welch().df2(), E.path("welch_anova_R_only").path("df2").asDouble(), 1e-10);
    assertRel(r.welch().pValue(), E.path("welch_anova_R_only").path("p").asDouble(), 1e-8);

    String[] pairKeys = {"A_vs_B", "A_vs_C", "B_vs_C"};
    double[] dunnZ = {-2.7336607392047987, 1.7449365473256973, 4.472589557185954};
    double[] holm = {0.01252690867003552, 0.0809959147147624, 2.3183405534105352e-05};
    assertThat(r.pairs()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      TierComparison.PairComparison p = r.pairs().get(i);
      JsonNode mw = E.path("mann_whitney_u").path(pairKeys[i]);
      JsonNode ks = E.path("ks_two_sample").path(pairKeys[i]);
      assertRel(p.dunnZ(), dunnZ[i], 1e-10);
      assertRel(p.pAdjusted(), holm[i], 1e-8);
      assertRel(p.mannWhitneyU(), mw.path("U_x").asDouble(), 1e-10);
      assertRel(p.mwPValue(), mw.path("p_normal_tie_corrected_continuity").asDouble(), 1e-8);
      assertThat(p.mwMethod()).contains("continuity");
      assertRel(p.ksD(), ks.path("D").asDouble(), 1e-10);
      assertRel(p.ksPValue(), ks.path("p_scipy_exact_(ignores_ties)").asDouble(), 1e-6);
      assertThat(p.cliffsDelta()).isCloseTo(p.rankBiserial(), within(1e-12));
    }
    assertThat(r.pairs().get(0).a()).isEqualTo("KOC");
    assertThat(r.pairs().get(0).b()).isEqualTo("micro");
    assertThat(r.powerLaw()).isNull();
    assertThat(r.notes()).anyMatch(n -> n.contains("no followers column"));
    assertThat(r.tiers()).isEqualTo("column");
  }

  @Test
  void chineseAndUnknownTierLabels_orderedByTiersThenAppearance() {
    Table t =
        Table.create(
            "t",
            StringColumn.create("tier", "头部", "头部", "其他", "其他", "素人", "素人", "初级", "初级"),
            DoubleColumn.create("engagement_rate", 0.01, 0.02, 0.5, 0.6, 0.3, 0.4, 0.1, 0.2));
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    assertThat(r.groups()).extracting(TierComparison.TierSummary::tier)
        .containsExactly("素人", "初级", "头部", "其他");
  }

  @Test
  void bonferroniAdjustment_passedToDunn() {
    TierComparison.Result r =
        TierComparison.of(abcTable(), "engagement_rate").adjust(Adjustment.BONFERRONI).run();
    // Dunn_ReferenceTest: bonferroni adjusted p of (KOC, mid) = 0.2429877441442872
    assertRel(r.pairs().get(1).pAdjusted(), 0.2429877441442872, 1e-8);
    assertThat(r.adjustment()).isEqualTo(Adjustment.BONFERRONI);
  }

  /** Accounts with follower counts: tiers from Tiers.RED, empty tier omitted, power law fitted. */
  private static Table followerTable() {
    long[] followers = {
      800, 1200, 2500, 3100, 4200, 4900, // KOC
      6000, 9000, 15000, 22000, 31000, 45000, // micro
      600_000, 800_000, 1_500_000, 2_000_000, 3_500_000 // top (no mid)
    };
    double[] er = new double[followers.length];
    for (int i = 0; i < er.length; i++) {
      // a decreasing power law with multiplicative wiggle
      er[i] = 5.0 * Math.pow(followers[i], -0.45) * (1 + 0.2 * Math.sin(i * 1.7));
    }
    return Table.create(
        "accounts",
        LongColumn.create("followers", followers),
        DoubleColumn.create("engagement_rate", er));
  }

  @Test
  void followersColumn_tiersComputed_emptyTierOmitted_powerLaw() {
    Table t = followerTable();
    TierComparison.Result r =
        TierComparison.of(t, "engagement_rate").tiers(Tiers.RED).followers("followers").seed(3)
            .run();
    assertThat(r.groups()).extracting(TierComparison.TierSummary::tier)
        .containsExactly("KOC", "micro", "top");
    assertThat(r.groups()).extracting(TierComparison.TierSummary::n).containsExactly(6, 6, 5);
    assertThat(r.pairs()).hasSize(3);
    assertThat(r.powerLaw()).isNotNull();
    assertThat(r.powerLaw().b()).isBetween(-0.55, -0.35);
    assertThat(r.powerLaw().pValueBNegative()).isLessThan(1e-6);
    assertThat(r.loess()).isNotNull();
    assertThat(r.loess().followers()).hasSize(17);
    assertThat(t.columnNames()).containsExactly("followers", "engagement_rate");
    assertThat(r.tiers()).isEqualTo("red");
    // KOC has the highest engagement: positive delta against every larger tier
    assertThat(r.pairs()).allMatch(p -> !p.a().equals("KOC") || p.cliffsDelta() > 0.5);
  }

  @Test
  void sameSeed_sameResult_otherSeed_otherIntervals() {
    TierComparison.Result a = TierComparison.of(followerTable(), "engagement_rate").seed(5).run();
    TierComparison.Result b = TierComparison.of(followerTable(), "engagement_rate").seed(5).run();
    TierComparison.Result c = TierComparison.of(followerTable(), "engagement_rate").seed(6).run();
    assertThat(a.groups()).isEqualTo(b.groups());
    assertThat(a.powerLaw()).isEqualTo(b.powerLaw());
    assertThat(c.powerLaw().bBootLow()).isNotEqualTo(a.powerLaw().bBootLow());
  }

  @Test
  void internationalTiers_customTiers() {
    TierComparison.Result r =
        TierComparison.of(followerTable(), "engagement_rate").tiers(Tiers.INTERNATIONAL).run();
    assertThat(r.groups()).extracting(TierComparison.TierSummary::tier)
        .containsExactly("under-nano", "nano", "micro", "macro", "mega");
    TierComparison.Result c =
        TierComparison.of(followerTable(), "engagement_rate")
            .tiers(Tiers.parse("10000,1000000")).run();
    assertThat(c.groups()).extracting(TierComparison.TierSummary::tier)
        .containsExactly("<10k", "10k–1M", "≥1M");
  }

  @Test
  void missingMetric_droppedAndReported() {
    Table t = followerTable();
    t.doubleColumn("engagement_rate").setMissing(0);
    t.doubleColumn("engagement_rate").set(7, Double.NaN);
    t.longColumn("followers").setMissing(16);
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    assertThat(r.droppedMissingMetric()).isEqualTo(2);
    assertThat(r.droppedMissingTier()).isEqualTo(1);
    assertThat(r.rowsUsed()).isEqualTo(14);
    assertThat(r.groups()).extracting(TierComparison.TierSummary::n).containsExactly(5, 5, 4);
    assertThat(r.notes())
        .contains("2 rows with a missing engagement_rate were dropped")
        .contains("1 rows without a tier (missing follower count) were dropped");
    assertThat(r.toString()).contains("2 rows with a missing engagement_rate were dropped");
  }

  @Test
  void tierWithOneValue_summarisedButNotTested() {
    Table t = followerTable();
    t.longColumn("followers").set(0, 100_000L); // one mid account
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    assertThat(r.groups()).extracting(TierComparison.TierSummary::tier)
        .containsExactly("KOC", "micro", "mid", "top");
    TierComparison.TierSummary mid = r.groups().get(2);
    assertThat(mid.n()).isEqualTo(1);
    assertThat(mid.sd()).isNaN();
    assertThat(mid.ciLow()).isNaN();
    assertThat(r.kruskalWallis().df()).isEqualTo(2);
    assertThat(r.pairs()).noneMatch(p -> p.a().equals("mid") || p.b().equals("mid"));
    assertThat(r.notes()).contains("tier mid has 1 value and is left out of the tests");
  }

  @Test
  void onlyOneTestableTier_rejected() {
    Table t =
        Table.create(
            "t",
            LongColumn.create("followers", new long[] {1000, 2000, 3000, 60_000}),
            DoubleColumn.create("engagement_rate", new double[] {0.1, 0.2, 0.3, 0.05}));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TierComparison.of(t, "engagement_rate").run());
    assertThat(e.getMessage()).contains("at least 2 tiers").contains("KOC (n = 3)")
        .contains("mid (n = 1)");
  }

  @Test
  void allValuesTied_rejected() {
    Table t =
        Table.create(
            "t",
            LongColumn.create("followers", new long[] {1000, 2000, 60_000, 70_000}),
            DoubleColumn.create("engagement_rate", new double[] {0.1, 0.1, 0.1, 0.1}));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TierComparison.of(t, "engagement_rate").run());
    assertThat(e.getMessage()).contains("all 4 values of engagement_rate equal 0.1");
  }

  @Test
  void zeroVarianceTier_welchUndefinedWithNote() {
    Table t =
        Table.create(
            "t",
            LongColumn.create("followers", new long[] {1000, 2000, 3000, 60_000, 70_000, 80_000}),
            DoubleColumn.create("engagement_rate", new double[] {0.1, 0.1, 0.1, 0.02, 0.03, 0.05}));
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    assertThat(r.welch().f()).isNaN();
    assertThat(r.notes()).anyMatch(n -> n.contains("Welch ANOVA is undefined"));
    assertThat(r.kruskalWallis().pValue()).isBetween(0.0, 1.0);
  }

  /** Two tiers with the same constant value: Mann-Whitney is undefined for that pair only. */
  @Test
  void pairAllTied_mannWhitneyUndefinedWithNote() {
    Table t =
        Table.create(
            "t",
            LongColumn.create("followers", new long[] {1000, 2000, 6000, 7000, 60_000, 70_000}),
            DoubleColumn.create("engagement_rate", new double[] {0.1, 0.1, 0.1, 0.1, 0.2, 0.3}));
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    TierComparison.PairComparison kocMicro = r.pairs().get(0);
    assertThat(kocMicro.mwPValue()).isNaN();
    assertThat(kocMicro.mwMethod()).isEqualTo("undefined");
    assertThat(kocMicro.ksD()).isZero();
    assertThat(kocMicro.ksPValue()).isEqualTo(1.0);
    assertThat(kocMicro.cliffsDelta()).isZero();
    assertThat(r.pairs().get(1).mwPValue()).isBetween(0.0, 1.0);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("KOC vs micro: Mann-Whitney is undefined"));
    assertThat(r.welch().pValue()).isNaN();
  }

  @Test
  void verdictColumn_flaggedShare() {
    Table t = followerTable();
    String[] v = new String[t.rowCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = i < 6 ? (i < 2 ? "suspicious" : "ok") : (i < 12 ? "review" : "OK");
    }
    v[13] = null;
    t.addColumns(StringColumn.create("verdict", v));
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    assertThat(r.groups()).extracting(TierComparison.TierSummary::flaggedShare)
        .containsExactly(2.0 / 6, 1.0, 0.0);
    assertThat(r.toString()).contains("33.3 %").contains("100.0 %");
    assertThat(r.toTable().doubleColumn("flagged_share").get(0)).isEqualTo(2.0 / 6);
  }

  /** A posts table: a KOL with several notes counts once, flagged if any note is. */
  @Test
  void verdictWithKolId_countsKolsOnce() {
    Table t = followerTable();
    String[] ids = new String[t.rowCount()];
    String[] v = new String[t.rowCount()];
    for (int i = 0; i < v.length; i++) {
      ids[i] = "k" + i;
      v[i] = "ok";
    }
    // KOC rows 0..5: kol a has rows 0, 1, 2 (one suspicious), kol b rows 3, 4, kol c row 5
    ids[0] = ids[1] = ids[2] = "a";
    ids[3] = ids[4] = "b";
    v[1] = "suspicious";
    t.addColumns(StringColumn.create("kol_id", ids), StringColumn.create("verdict", v));
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    assertThat(r.groups().get(0).flaggedShare()).isEqualTo(1.0 / 3);
    assertThat(r.groups().get(1).flaggedShare()).isZero();
  }

  @Test
  void badVerdict_rejected() {
    Table t = followerTable();
    String[] v = new String[t.rowCount()];
    java.util.Arrays.fill(v, "ok");
    v[4] = "fake";
    t.addColumns(StringColumn.create("verdict", v));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TierComparison.of(t, "engagement_rate").run());
    assertThat(e.getMessage()).contains("'fake'").contains("row 5")
        .contains("ok, review, suspicious or not_checked");
  }

  @Test
  void notChecked_isAVerdictThatDoesNotFlag() {
    Table t = followerTable();
    String[] v = new String[t.rowCount()];
    java.util.Arrays.fill(v, "not_checked");
    v[0] = "review";
    t.addColumns(StringColumn.create("verdict", v));
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").run();
    assertThat(r.groups().get(0).flaggedShare()).as("1 of the 6 KOC rows").isEqualTo(1.0 / 6);
    assertThat(r.groups().get(1).flaggedShare()).isZero();
  }

  @Test
  void unknownColumns_rejectedWithColumnList() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> TierComparison.of(followerTable(), "er").run())
                .getMessage())
        .contains("no column 'er'").contains("engagement_rate");
    Table noTier = Table.create("t", DoubleColumn.create("engagement_rate", new double[] {1, 2}));
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> TierComparison.of(noTier, "engagement_rate").run())
                .getMessage())
        .contains("no tier column and no followers column 'followers'");
  }

  @Test
  void result_toStringAndTables() {
    TierComparison.Result r = TierComparison.of(followerTable(), "engagement_rate").run();
    String s = r.toString();
    assertThat(s).contains("Tier comparison of engagement_rate").contains("Kruskal-Wallis H =")
        .contains("Welch F(").contains("KOC vs micro").contains("Mann-Whitney U =")
        .contains("exact").contains("Power law");
    assertThat(r.toTable().rowCount()).isEqualTo(3);
    assertThat(r.toTable().columnNames())
        .containsExactly("tier", "n", "median", "q1", "q3", "mean", "sd", "ci_low", "ci_high",
            "flagged_share");
    assertThat(r.pairsTable().rowCount()).isEqualTo(3);
    assertThat(r.pairsTable().stringColumn("mw_method").get(0)).isEqualTo("exact");
  }
}
