package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import tech.tablesaw.api.Table;

/**
 * Rules of thumb meet data: the audit on the real RED sample {@code
 * ../shared/data/real/kaito-xiaohongshu-notes-2018.csv} (1,939 notes of 1,722 authors; {@code
 * fans} = followers, {@code collect} = lifetime likes+collects, {@code stars} = a note's collects).
 * The expected shares were measured independently in Python on the same file (type-7 percentiles,
 * numpy.percentile); see NOTES-audit.md for the script and the figures. Not run without that
 * folder ({@link RealData}).
 */
@RealData
class Audit_RealRedSampleTest {
  private static Table notes;

  @BeforeAll
  static void load() throws Exception {
    notes = RealRedSample.notes();
  }

  private static double rate(AuditResult r, String tier, String rule) {
    Table fr = r.firingRates();
    for (int i = 0; i < fr.rowCount(); i++) {
      if (fr.stringColumn("tier").get(i).equals(tier) && fr.stringColumn("rule").get(i).startsWith(rule)) {
        return fr.doubleColumn("firing_rate").get(i);
      }
    }
    throw new AssertionError("no rate for " + tier + " " + rule);
  }

  @Test
  void sample_hasTheDocumentedShape() {
    AuditResult r = Audit.ofPosts(notes).run();
    // README of shared/data/real: 1,939 notes; Python: len(set(user_id)) = 1722
    assertThat(notes.rowCount()).isEqualTo(1939);
    assertThat(r.toTable().rowCount()).isEqualTo(1722);
    // Python (see NOTES-audit.md): tier sizes 1357, 215, 107, 43
    assertThat(r.verdictsByTier().get("KOC").get("kols")).isEqualTo(1357);
    assertThat(r.verdictsByTier().get("top").get("kols")).isEqualTo(43);
    System.out.println(r.render(5));
    System.out.println(r.firingRates().printAll());
  }

  @Test
  void r1AsWritten_firesOnMostBigAccounts_tierAwareDoesNot() {
    AuditResult asWritten = Audit.ofPosts(notes).rules(List.of(R1FakeFollowers.asWritten())).run();
    // Python: share with likes_and_collects / followers < 1 — mid 0.64 (68/107), top 0.95 (41/43)
    assertThat(rate(asWritten, "mid", "R1")).isGreaterThan(0.5);
    assertThat(rate(asWritten, "top", "R1")).isGreaterThan(0.9);
    AuditResult tierAware = Audit.ofPosts(notes).rules(List.of(new R1FakeFollowers())).run();
    // Python: with floor 0.1 from 50k followers — mid 0/107, top 2/43; below 50k unchanged
    for (String t : List.of("KOC", "micro", "mid", "top")) {
      assertThat(rate(tierAware, t, "R1")).as(t).isLessThan(0.25);
    }
    assertThat(rate(tierAware, "top", "R1")).isLessThan(0.1);
    System.out.println("R1 as written:\n" + asWritten.firingRates().printAll());
    System.out.println("R1 tier-aware:\n" + tierAware.firingRates().printAll());
  }

  @Test
  void r2AsWritten_missesMostOfEveryTier_tierFencesFireRarely() {
    AuditResult asWritten =
        Audit.ofPosts(notes).rules(List.of(new R2LikesPerFollower(3, 5, 10, 1.0))).run();
    // Python: share outside [3, 5] — KOC 0.84, micro 0.82, mid 0.91, top 1.00
    AuditResult tierAware = Audit.ofPosts(notes).rules(List.of(new R2LikesPerFollower())).run();
    for (String t : List.of("KOC", "micro", "mid", "top")) {
      assertThat(rate(asWritten, t, "R2")).as(t).isGreaterThan(0.8);
      // Python: outside the log10 Tukey fences 35/1318, 8/215, 0/107, 4/43
      assertThat(rate(tierAware, t, "R2")).as(t).isLessThan(0.1);
    }
    System.out.println("R2 as written:\n" + asWritten.firingRates().printAll());
    System.out.println("R2 tier-aware:\n" + tierAware.firingRates().printAll());
  }

  @Test
  void commentRules_fireOnFewPerTier() {
    AuditResult r = Audit.ofPosts(notes).rules(List.of(new R4LowComments(), new R7CommentFarm())).run();
    // Python (Σ likes ≥ 20): low 7.4 %, 3.1 %, 3.9 %, 2.3 %; high 0.3 %, 0, 0, 2.3 %
    for (String t : List.of("KOC", "micro", "mid", "top")) {
      assertThat(rate(r, t, "R4")).as(t).isLessThan(0.1);
      assertThat(rate(r, t, "R7")).as(t).isLessThan(0.05);
    }
    System.out.println("R4/R7:\n" + r.firingRates().printAll());
  }
}
