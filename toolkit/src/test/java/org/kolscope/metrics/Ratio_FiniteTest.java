package org.kolscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

class Ratio_FiniteTest {
  /** A ratio cell is either a finite number or missing with a reason: never Infinity or NaN. */
  @Property(tries = 300)
  void ratio_finiteOrMissingWithReason(
      @ForAll @LongRange(min = 0, max = 10_000_000_000L) long num,
      @ForAll @LongRange(min = 0, max = 3) long den) {
    Table t = Table.create("t", LongColumn.create("n", new long[] {num}), LongColumn.create("d", new long[] {den}));
    DoubleColumn c = Ratio.add(t, "n", "d", "n / d", 1);
    if (c.isMissing(0)) {
      assertThat(den).isZero();
      assertThat(MissingReasons.get(t, 0)).isEqualTo("n / d: d = 0");
    } else {
      assertThat(Double.isFinite(c.get(0))).isTrue();
      assertThat(c.get(0)).isEqualTo((double) num / den);
    }
  }
}
