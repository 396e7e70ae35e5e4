package org.kolscope.stats.benford;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;

/** Benford on a Tablesaw column: the same result as on the plain numbers, missing cells counted. */
class Benford_ColumnTest {
  private static final long[] FOLLOWERS = {1200, 1900, 23000, 310, 45, 1_000_000, 17, 1500, 2600, 880};

  @Test
  void firstDigit_ofALongColumn_equalsTheTestOfItsValues() {
    LongColumn c = LongColumn.create("followers", FOLLOWERS);
    BenfordResult r = Benford.firstDigit(c);
    BenfordResult plain = Benford.firstDigit(c.asDoubleArray());
    assertThat(r.counts()).containsExactly(plain.counts());
    assertThat(r.chiSquare()).isEqualTo(plain.chiSquare());
    assertThat(r.label()).isEqualTo("followers");
    assertThat(r.n()).isEqualTo(10);
    // 1200, 1900, 1000000, 17, 1500 -> five 1s
    assertThat(r.counts()[0]).isEqualTo(5);
  }

  @Test
  void missingCells_areLeftOutAndCounted() {
    DoubleColumn c = DoubleColumn.create("likes", new double[] {120, Double.NaN, 35, 990, 4});
    BenfordResult r = Benford.firstTwoDigits(c);
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.warnings()).anyMatch(w -> w.contains("1 row(s) with a missing value in 'likes'"));
  }
}
