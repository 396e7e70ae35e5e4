package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

class R1FakeFollowers_FloorTest {
  private static Table accounts() {
    return TestTables.csv("""
        kol_id,followers,likes_and_collects
        exact,1000,1000
        below,1000,999
        bigOk,60000,30000
        bigExact,100000,10000
        bigBelow,100000,9999
        zero,0,50
        noLikes,3000,
        """);
  }

  @Test
  void exactlyOneTimesFollowers_doesNotFire() {
    assertThat(RuleRun.of(new R1FakeFollowers(), accounts(), null).flag("exact")).isEmpty();
  }

  @Test
  void belowOneTimes_firesWithNumbers() {
    Flag f = RuleRun.of(new R1FakeFollowers(), accounts(), null).flag("below").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    // 999 / 1000 = 0.999, by hand
    assertThat(f.value()).isEqualTo(0.999);
    assertThat(f.threshold()).isEqualTo(1.0);
    assertThat(f.reason()).contains("999").contains("1,000").contains("0.999").contains("< 1");
  }

  @Test
  void tierAware_bigAccountBelowOneButAboveFloor_doesNotFire() {
    assertThat(RuleRun.of(new R1FakeFollowers(), accounts(), null).flag("bigOk")).isEmpty();
    assertThat(RuleRun.of(R1FakeFollowers.asWritten(), accounts(), null).flag("bigOk")).isPresent();
  }

  @Test
  void tierAware_exactlyAtFloor_doesNotFire_justBelow_fires() {
    RuleRun run = RuleRun.of(new R1FakeFollowers(), accounts(), null);
    assertThat(run.flag("bigExact")).isEmpty();
    Flag f = run.flag("bigBelow").orElseThrow();
    assertThat(f.threshold()).isEqualTo(0.1);
    assertThat(f.value()).isEqualTo(9999 / 100000.0);
  }

  @Test
  void zeroFollowers_notChecked_saysWhy() {
    Flag f = RuleRun.of(new R1FakeFollowers(), accounts(), null).flag("zero").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(f.reason()).contains("followers = 0");
    assertThat(Double.isNaN(f.value())).isTrue();
  }

  @Test
  void unknownLikes_notChecked() {
    Flag f = RuleRun.of(new R1FakeFollowers(), accounts(), null).flag("noLikes").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(f.reason()).isEqualTo("likes_and_collects unknown");
  }

  @Test
  void floorByFollowers_stepFunction() {
    R1FakeFollowers r = new R1FakeFollowers();
    assertThat(r.floor(49_999)).isEqualTo(1.0);
    assertThat(r.floor(50_000)).isEqualTo(0.1);
  }

  @Test
  void badFloors_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new R1FakeFollowers(new long[] {10}, new double[] {1})))
        .hasMessageContaining("starting at 0");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new R1FakeFollowers(new long[] {0, 5}, new double[] {1, -1})))
        .hasMessageContaining("-1.0");
  }
}
