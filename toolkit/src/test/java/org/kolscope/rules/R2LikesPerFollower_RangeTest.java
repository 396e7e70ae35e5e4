package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

class R2LikesPerFollower_RangeTest {
  /** Four KOC accounts: too few for tier fences, so the rule of thumb applies as a note. */
  private static Table small() {
    return TestTables.csv("""
        kol_id,followers,likes_and_collects
        three,1000,3000
        five,1000,5000
        low,1000,2990
        high,1000,5010
        """);
  }

  @Test
  void exactlyThreeTimes_andFiveTimes_inside() {
    RuleRun run = RuleRun.of(new R2LikesPerFollower(), small(), null);
    assertThat(run.flag("three")).isEmpty();
    assertThat(run.flag("five")).isEmpty();
  }

  @Test
  void smallTier_outsideRange_infoNoteQuotingRange() {
    RuleRun run = RuleRun.of(new R2LikesPerFollower(), small(), null);
    Flag low = run.flag("low").orElseThrow();
    assertThat(low.severity()).isEqualTo(Severity.INFO);
    assertThat(low.threshold()).isEqualTo(3.0);
    assertThat(low.reason()).contains("2.99").contains("[3, 5]").contains("too few");
    assertThat(run.flag("high").orElseThrow().threshold()).isEqualTo(5.0);
  }

  /** 12 KOC accounts, all outside [3, 5]: the tier is judged by its own fences. */
  private static Table wideTier() {
    StringBuilder sb = new StringBuilder("kol_id,followers,likes_and_collects\n");
    long[] lc = {100, 800, 1000, 1500, 2000, 6000, 7000, 8000, 9000, 12000, 20000, 400000};
    for (int i = 0; i < lc.length; i++) {
      sb.append("k").append(i).append(",1000,").append(lc[i]).append('\n');
    }
    return TestTables.csv(sb.toString());
  }

  @Test
  void tierAware_whenRangeMissesMostOfTier_usesTierFences() {
    RuleRun run = RuleRun.of(new R2LikesPerFollower(), wideTier(), null);
    // numpy: r = [0.1,0.8,1,1.5,2,6,7,8,9,12,20,400]; l = np.log10(r);
    // q1, q3 = np.percentile(l, [25, 75]); 10**(q1 - 1.5*(q3-q1)) = 0.071114034868545,
    // 10**(q3 + 1.5*(q3-q1)) = 184.32757837926826
    Flag f = run.flag("k11").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.threshold()).isCloseTo(184.32757837926826, within(1e-9));
    assertThat(f.reason()).contains("tier KOC").contains("own fences").contains("100 %");
    // 0.1 is outside [3, 5] but inside the tier's fences
    assertThat(run.flag("k0")).isEmpty();
    assertThat(run.result().flags().rowCount()).isEqualTo(1);
  }

  @Test
  void tierAwareShareOne_neverSwitches_rangeAsWrittenWarns() {
    RuleRun run = RuleRun.of(new R2LikesPerFollower(3, 5, 10, 1.0), wideTier(), null);
    assertThat(run.result().flags().rowCount()).isEqualTo(12);
    assertThat(run.flag("k0").orElseThrow().severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void badRange_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new R2LikesPerFollower(5, 3, 10, 0.5)))
        .hasMessageContaining("[5.0, 3.0]");
    assertThat(assertThrows(IllegalArgumentException.class, () -> new R2LikesPerFollower(3, 5, 10, 1.5)))
        .hasMessageContaining("1.5");
  }
}
