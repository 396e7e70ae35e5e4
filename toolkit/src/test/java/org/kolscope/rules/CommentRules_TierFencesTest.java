package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

/** R4 low-comments and R7 comment-farm on one KOC tier of 12 judged KOLs plus two that cannot be. */
class CommentRules_TierFencesTest {
  private static final int[] COMMENTS = {10, 12, 15, 9, 11, 14, 13, 10, 12, 0, 1, 90};

  private static Table accounts() {
    StringBuilder sb = new StringBuilder("kol_id,followers,likes_and_collects\n");
    for (int i = 0; i < COMMENTS.length; i++) {
      sb.append("k").append(i).append(",1000,4000\n");
    }
    sb.append("few,1000,4000\nnone,1000,4000\n");
    return TestTables.csv(sb.toString());
  }

  /** Each k_i: one note with 100 likes and COMMENTS[i] comments; "few" has 19 likes in all. */
  private static Table notes() {
    StringBuilder sb = new StringBuilder("note_id,kol_id,likes,collects,comments\n");
    for (int i = 0; i < COMMENTS.length; i++) {
      sb.append("n").append(i).append(",k").append(i).append(",100,10,").append(COMMENTS[i]).append('\n');
    }
    sb.append("f1,few,10,0,0\nf2,few,9,0,0\n");
    return TestTables.csv(sb.toString());
  }

  // numpy: c = np.array([10,12,15,9,11,14,13,10,12,0,1,90]) / 100; p = c[c > 0]; l = np.log10(p)
  // q1, q3 = np.percentile(l, [25, 75]); i = q3 - q1
  private static final double LOWER = 0.06381848042058713; // 10**(q1 - 1.5*i)
  private static final double UPPER = 0.2113923345451529; // 10**(q3 + 1.5*i)
  private static final double OUTER = 0.33124000000000015; // 10**(q3 + 3*i)

  @Test
  void lowComments_zeroAndOnePercent_belowLowerFence() {
    RuleRun run = RuleRun.of(new R4LowComments(), accounts(), notes());
    Flag zero = run.flag("k9").orElseThrow();
    assertThat(zero.severity()).isEqualTo(Severity.WARNING);
    assertThat(zero.value()).isZero();
    assertThat(zero.threshold()).isCloseTo(LOWER, within(1e-12));
    assertThat(zero.reason()).contains("0 comments on 100 likes").contains("tier KOC");
    assertThat(run.flag("k10").orElseThrow().value()).isEqualTo(0.01);
    assertThat(run.flag("k0")).isEmpty();
    assertThat(run.flag("k11")).isEmpty();
  }

  @Test
  void commentFarm_farAboveTierNorm_alert() {
    RuleRun run = RuleRun.of(new R7CommentFarm(), accounts(), notes());
    Flag f = run.flag("k11").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ALERT);
    assertThat(f.value()).isEqualTo(0.9);
    assertThat(f.threshold()).isCloseTo(OUTER, within(1e-12));
    assertThat(f.reason()).contains("90 comments on 100 likes").contains("comment farm");
    assertThat(run.result().flags().rowCount()).isEqualTo(1);
  }

  @Test
  void commentFarm_betweenInnerAndOuterFence_warning() {
    // alert only beyond k = 10: 0.9 is above the inner fence, so a warning
    Flag f = RuleRun.of(new R7CommentFarm(20, 10, 1.5, 10), accounts(), notes()).flag("k11").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.threshold()).isCloseTo(UPPER, within(1e-12));
  }

  @Test
  void tooFewLikes_andNoNotes_notChecked() {
    RuleRun run = RuleRun.of(new R4LowComments(), accounts(), notes());
    Flag few = run.flag("few").orElseThrow();
    assertThat(few.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(few.reason()).contains("only 19 likes").contains("need 20");
    assertThat(run.flag("none").orElseThrow().reason()).isEqualTo("no notes");
  }

  @Test
  void zeroLikes_neverJudged_evenWithMinLikesZero() {
    Table n = notes();
    Table extra = TestTables.csv("note_id,kol_id,likes,collects,comments\nz1,none,0,0,3\n");
    n.append(extra);
    Flag f = RuleRun.of(new R7CommentFarm(0, 10, 1.5, 3), accounts(), n).flag("none").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(f.reason()).contains("only 0 likes");
  }

  @Test
  void tierTooSmallForFences_notChecked() {
    RuleRun run = RuleRun.of(new R4LowComments(20, 13, 1.5), accounts(), notes());
    Flag f = run.flag("k9").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(f.reason()).contains("11 KOLs").contains("need 13");
  }
}
