package org.kolscope.rules;

import org.kolscope.evidence.Manipulation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Tiers;
import org.kolscope.evidence.Verdict;
import org.kolscope.metrics.Interactions;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.metrics.Metrics;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

class Audit_PipelineTest {
  /**
   * Five KOLs are too few to learn what is normal, so the evidence model judges them against the
   * 2018 RED reference curves ({@code RedReference}). fake: 60,000 followers, 3,000 likes+collects
   * (0.05 per follower, where RED accounts of that size have about 1) and notes with 0.17 %
   * interactions per follower → suspicious of bought followers; its price of 12,000 RMB is context
   * (R5), never a verdict. pricey: price 9,000, ratios in line → ok. clean: 4× followers, ok.
   * quiet: no notes, judged on its lifetime ratio only. zero: 0 followers → not_checked.
   */
  private static Table accounts() {
    return TestTables.csv("""
        kol_id,name,followers,likes_and_collects,price_rmb
        fake,Fake Co,60000,3000,12000
        pricey,Pricey,2000,8000,9000
        clean,Clean,1000,4000,1000
        quiet,Quiet,3000,12000,
        zero,Zero,0,10,
        """);
  }

  private static Table notes() {
    return TestTables.csv("""
        note_id,kol_id,likes,collects,comments,shares,views
        f1,fake,100,10,5,1,5000
        f2,fake,80,10,2,0,4000
        p1,pricey,50,5,5,2,2500
        c1,clean,20,10,4,3,1000
        x1,stranger,1,1,1,1,100
        """);
  }

  private static AuditResult run() {
    return Audit.of(accounts()).posts(notes()).tiers(Tiers.RED).run();
  }

  @Test
  void kolsTable_hasTierRatiosAggregatesVerdictReasons() {
    Table k = run().toTable();
    assertThat(k.columnNames()).contains("tier", Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER,
        KolAggregates.NOTES_IN_SAMPLE, KolAggregates.MEDIAN_ENGAGEMENT_RATE,
        KolAggregates.PRICE_PER_INTERACTION, AuditResult.VERDICT, AuditResult.REASONS,
        AuditResult.NOT_CHECKED, "missing_reasons");
    assertThat(k.stringColumn("tier").asList()).containsExactly("mid", "KOC", "KOC", "KOC", "KOC");
    // fake: engagement rates 115/60000 and 92/60000 → median (type 7) = 103.5 / 60000
    assertThat(k.doubleColumn(KolAggregates.MEDIAN_ENGAGEMENT_RATE).get(0))
        .isCloseTo(103.5 / 60000, within(1e-15));
  }

  @Test
  void verdicts_fromTheEvidence_rulesAsContext() {
    AuditResult r = run();
    assertThat(r.verdictOf("fake")).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(r.verdictOf("pricey")).isEqualTo(Verdict.OK);
    assertThat(r.verdictOf("clean")).isEqualTo(Verdict.OK);
    Table k = r.toTable();
    assertThat(k.stringColumn(AuditResult.REASONS).get(0)).contains("bought followers")
        .contains("lifetime likes + collects per follower 0.05 against").contains("at 60,000 followers");
    assertThat(k.stringColumn(AuditResult.RULES).get(0)).contains("R1 fake-followers [warning]")
        .contains("R5 price [warning]").contains("12,000");
    // an expensive KOL is not suspect: price is context only
    assertThat(k.stringColumn(AuditResult.REASONS).get(1)).isEmpty();
    assertThat(k.stringColumn(AuditResult.RULES).get(1)).contains("R5 price [info]");
    assertThat(r.kolAudits().get(0).evidence()).singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(Manipulation.BOUGHT_FOLLOWERS));
  }

  @Test
  void kolWithNoNotes_judgedOnItsAccountSignals_noteSignalsNotChecked() {
    AuditResult r = run();
    Table k = r.toTable();
    assertThat(k.intColumn(KolAggregates.NOTES_IN_SAMPLE).get(3)).isZero();
    assertThat(k.stringColumn(AuditResult.NOT_CHECKED).get(3)).contains("engagement_per_follower: no notes")
        .contains("comments_per_like: no notes");
    assertThat(r.kolAudits().get(3).signals()).extracting(s -> s.signal().key())
        .containsExactly("likes_and_collects_per_follower");
    assertThat(r.verdictOf("quiet")).isEqualTo(Verdict.OK);
  }

  @Test
  void zeroFollowers_missingRatioWithReason_notCheckedNotFlagged() {
    AuditResult r = run();
    Table k = r.toTable();
    assertThat(k.doubleColumn(Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER).isMissing(4)).isTrue();
    assertThat(k.stringColumn("missing_reasons").get(4)).contains("followers = 0");
    assertThat(k.stringColumn(AuditResult.NOT_CHECKED).get(4)).contains("followers = 0");
    assertThat(r.verdictOf("zero")).isEqualTo(Verdict.NOT_CHECKED);
    assertThat(r.flagsOf("zero")).isEmpty();
  }

  @Test
  void flagsTable_firedOnly_columnsAsSpecified() {
    Table f = run().flags();
    assertThat(f.columnNames()).containsExactly("kol_id", "rule", "severity", "reason", "value", "threshold");
    assertThat(f.stringColumn("severity").asList()).doesNotContain("unknown");
    // fake: R1 + R5 warnings and an R2 info (0.05 outside [3, 5]; its tier is too small for
    // fences); pricey: R5 info
    assertThat(f.rowCount()).isEqualTo(4);
    assertThat(f.stringColumn("rule").asList())
        .containsExactlyInAnyOrder("R1 fake-followers", "R2 likes-per-follower", "R5 price", "R5 price");
  }

  @Test
  void summary_countsPerVerdictAndTier_notesOfStrangersCounted() {
    AuditResult r = run();
    assertThat(r.verdictCounts()).isEqualTo(Map.of("ok", 3, "review", 0, "suspicious", 1, "not_checked", 1));
    assertThat(r.verdictsByTier().get("mid")).containsEntry("kols", 1).containsEntry("suspicious", 1);
    assertThat(r.verdictsByTier().get("KOC")).containsEntry("kols", 4).containsEntry("ok", 3)
        .containsEntry("not_checked", 1);
    assertThat(r.notesOfUnknownKols()).isEqualTo(1);
    assertThat(r.summary()).containsKeys("kols", "verdicts", "by_tier", "rule_firing");
  }

  @Test
  void firingRates_perTierAndRule() {
    Table fr = run().firingRates();
    // 4 tiers × 7 rules
    assertThat(fr.rowCount()).isEqualTo(28);
    int row = -1;
    for (int i = 0; i < fr.rowCount(); i++) {
      if (fr.stringColumn("tier").get(i).equals("KOC") && fr.stringColumn("rule").get(i).equals("R5 price")) {
        row = i;
      }
    }
    // KOC: 4 KOLs, 2 with a price (pricey 9,000 fires info; clean 1,000 does not)
    assertThat(fr.intColumn("kols").get(row)).isEqualTo(4);
    assertThat(fr.intColumn("checked").get(row)).isEqualTo(2);
    assertThat(fr.intColumn("fired").get(row)).isEqualTo(1);
    assertThat(fr.doubleColumn("firing_rate").get(row)).isEqualTo(0.5);
  }

  @Test
  void toString_readableReport() {
    String s = run().toString();
    assertThat(s).contains("KOL audit: 5 KOLs, 5 notes; tiers red")
        .contains("Verdicts: ok 3   review 0   suspicious 1   not_checked 1")
        .contains("By tier:").contains("mid (50k–500k)")
        .contains("Field-guide rules (context, not verdicts)").contains("Worst offenders:")
        .contains("fake Fake Co — suspicious, mid, 60,000 followers");
  }

  @Test
  void accountsDerivedFromPosts_whenOnlyNotesGiven() {
    Table n = TestTables.csv("""
        note_id,kol_id,likes,collects,comments,followers,likes_and_collects
        a1,a,10,1,1,100,400
        a2,a,12,1,1,110,420
        b1,b,5,0,0,20000,1000
        """);
    AuditResult r = Audit.ofPosts(n).run();
    assertThat(r.toTable().rowCount()).isEqualTo(2);
    assertThat(r.toTable().longColumn("followers").get(0)).isEqualTo(110L);
    // b: 1,000 likes+collects on 20,000 followers and a note with 5 interactions: both
    // per-follower signals far below RED accounts of that size
    assertThat(r.verdictOf("b")).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(r.verdictOf("a")).isEqualTo(Verdict.OK);
  }

  @Test
  void interactionsParameter_withShares_changesEngagement() {
    AuditResult r = Audit.of(accounts()).posts(notes()).interactions(Interactions.WITH_SHARES).run();
    // clean: (20 + 10 + 4 + 3) / 1000
    assertThat(r.toTable().doubleColumn(KolAggregates.MEDIAN_ENGAGEMENT_RATE).get(2))
        .isCloseTo(0.037, within(1e-15));
    assertThat(r.toString()).contains("interactions = likes + collects + comments + shares");
  }

  @Test
  void internationalTiers_used() {
    AuditResult r = Audit.of(accounts()).tiers(Tiers.INTERNATIONAL).run();
    assertThat(r.toTable().stringColumn("tier").get(0)).isEqualTo("mid");
    assertThat(r.toTable().stringColumn("tier").get(1)).isEqualTo("nano");
    assertThat(r.verdictsByTier()).containsKey("under-nano");
  }

  @Test
  void unknownFollowers_noTier_reportedAsSuch() {
    Table a = TestTables.csv("kol_id,followers,likes_and_collects\nk,,100\nj,1000,4000\n");
    AuditResult r = Audit.of(a).run();
    assertThat(r.toTable().stringColumn("tier").isMissing(0)).isTrue();
    assertThat(r.verdictsByTier().get(AuditResult.NO_TIER)).containsEntry("kols", 1);
    assertThat(r.toTable().stringColumn(AuditResult.NOT_CHECKED).get(0))
        .contains("likes_and_collects_per_follower: followers unknown");
    assertThat(r.verdictOf("k")).isEqualTo(Verdict.NOT_CHECKED);
    assertThat(r.toString()).contains("(no tier)");
  }

  @Test
  void duplicateKolId_mostCompleteRowKept_andReported() {
    Table a = TestTables.csv("kol_id,followers,likes_and_collects\nk,1000,\nj,500,900\nk,2000,8000\n");
    AuditResult r = Audit.of(a).run();
    assertThat(r.toTable().rowCount()).isEqualTo(2);
    assertThat(r.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.kolId()).isEqualTo("k");
      assertThat(d.keptRow()).isEqualTo(3);
      assertThat(d.droppedRows()).containsExactly(1);
    });
    assertThat(r.toString()).contains("repeated kol_id 'k' on rows 3 and 1: kept row 3");
    assertThat(r.summary()).containsKey("duplicates_resolved");
  }

  @Test
  void missingFollowersColumn_rejected() {
    Table a = TestTables.csv("kol_id,name\nk,x\n");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Audit.of(a).run()))
        .hasMessageContaining("followers");
  }

  @Test
  void inputsNotModified() {
    Table a = accounts();
    int cols = a.columnCount();
    Audit.of(a).posts(notes()).run();
    assertThat(a.columnCount()).isEqualTo(cols);
  }
}
