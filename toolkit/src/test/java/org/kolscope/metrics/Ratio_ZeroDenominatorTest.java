package org.kolscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class Ratio_ZeroDenominatorTest {
  private static Table table() {
    return TestTables.csv("""
        kol_id,likes,views
        a,30,1000
        b,5,0
        c,7,
        d,,100
        """);
  }

  @Test
  void ratio_knownValues_dividedAndScaled() {
    Table t = table();
    DoubleColumn c = Ratio.add(t, "likes", "views", "likes / views × 1000", 1000);
    // 30 / 1000 × 1000 = 30, by hand
    assertThat(c.get(0)).isEqualTo(30.0);
    assertThat(t.column("likes / views × 1000")).isSameAs(c);
  }

  @Test
  void zeroDenominator_missingWithReason_neverInfinity() {
    Table t = table();
    DoubleColumn c = Ratio.add(t, "likes", "views", "likes_per_view", 1);
    assertThat(c.isMissing(1)).isTrue();
    assertThat(MissingReasons.get(t, 1)).isEqualTo("likes_per_view: views = 0");
    for (int r = 0; r < t.rowCount(); r++) {
      assertThat(c.isMissing(r) || Double.isFinite(c.get(r))).isTrue();
    }
  }

  @Test
  void missingDenominator_saysUnknown() {
    Table t = table();
    Ratio.add(t, "likes", "views", "likes_per_view", 1);
    assertThat(MissingReasons.get(t, 2)).isEqualTo("likes_per_view: views unknown");
    assertThat(MissingReasons.get(t, 3)).isEqualTo("likes_per_view: likes unknown");
    assertThat(MissingReasons.get(t, 0)).isEmpty();
  }

  @Test
  void absentColumn_everyCellUnknown() {
    Table t = table();
    DoubleColumn c = Ratio.add(t, "likes", "shares", "likes / shares", 1);
    assertThat(c.countMissing()).isEqualTo(4);
    assertThat(MissingReasons.get(t, 0)).isEqualTo("likes / shares: shares unknown");
  }

  @Test
  void reasonsAccumulate_withoutRepeats() {
    Table t = table();
    Ratio.add(t, "likes", "views", "likes_per_view", 1);
    Ratio.add(t, "likes", "views", "likes_per_view", 1);
    Ratio.add(t, "views", "likes", "views / likes", 1);
    assertThat(MissingReasons.get(t, 3))
        .isEqualTo("likes_per_view: likes unknown; views / likes: likes unknown");
  }

  @Test
  void badScale_rejectedQuotingValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ratio.add(table(), "likes", "views", "x", 0));
    assertThat(e).hasMessageContaining("got 0.0");
  }
}
