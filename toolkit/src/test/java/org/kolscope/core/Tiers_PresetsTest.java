package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

class Tiers_PresetsTest {

  // Bounds from docs/domain.md: Xinhong 2021 (RED) and HypeAuditor (international)
  @ParameterizedTest(name = "{0} followers -> {1}/{2}")
  @CsvSource({
    "0, KOC, 素人", "4999, KOC, 素人", "5000, micro, 初级", "49999, micro, 初级",
    "50000, mid, 腰部", "499999, mid, 腰部", "500000, top, 头部", "90000000, top, 头部",
  })
  void red_boundsBelongToUpperTier(long followers, String en, String zh) {
    assertThat(Tiers.RED.label(followers)).isEqualTo(en);
    assertThat(Tiers.RED.chineseLabel(followers)).isEqualTo(zh);
  }

  @ParameterizedTest(name = "{0} followers -> {1}")
  @CsvSource({
    "999, under-nano", "1000, nano", "9999, nano", "10000, micro", "50000, mid",
    "500000, macro", "999999, macro", "1000000, mega",
  })
  void international_bounds(long followers, String en) {
    assertThat(Tiers.INTERNATIONAL.label(followers)).isEqualTo(en);
  }

  @Test
  void parse_presetsAndCustom() {
    assertThat(Tiers.parse("red")).isEqualTo(Tiers.RED);
    assertThat(Tiers.parse("International")).isEqualTo(Tiers.INTERNATIONAL);
    Tiers c = Tiers.parse("5k,5万,1m");
    assertThat(c.bounds()).containsExactly(5_000, 50_000, 1_000_000);
    assertThat(c.labels()).containsExactly("<5k", "5k–50k", "50k–1M", "≥1M");
  }

  @Test
  void parse_rejectsDescendingAndGarbage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tiers.parse("50000,5000"));
    assertThat(e.getMessage()).isEqualTo("tier bounds must be positive and strictly ascending, got [50000, 5000]");
    e = assertThrows(IllegalArgumentException.class, () -> Tiers.parse("5k,lots"));
    assertThat(e.getMessage()).startsWith("bad tier bound 'lots' in '5k,lots'");
  }

  @Test
  void apply_addsTierColumnWithMissingForMissingFollowers() {
    LongColumn f = LongColumn.create("followers", new long[] {100, 60_000, Long.MIN_VALUE});
    Table t = Tiers.RED.apply(Table.create("t", f));
    assertThat(t.stringColumn("tier").get(0)).isEqualTo("KOC");
    assertThat(t.stringColumn("tier").get(1)).isEqualTo("mid");
    assertThat(t.stringColumn("tier").isMissing(2)).isTrue();
  }

  @Test
  void apply_withoutFollowers_namesColumns() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tiers.RED.apply(Table.create("t")));
    assertThat(e.getMessage()).isEqualTo("no column 'followers' to tier by; columns are []");
  }
}
