package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableLogAxis_TicksTest {

  @ParameterizedTest
  @CsvSource({
    "1000, 1k", "10000, 10k", "100000, 100k", "1000000, 1M", "2500000, 2.5M", "1000000000, 1B",
    "950, 950", "0.05, 0.05", "1, 1", "12345, 12.3k"
  })
  void compact_formatsCountsReadably(double v, String expected) {
    assertThat(ReadableLogAxis.compact(v)).isEqualTo(expected);
  }

  @Test
  void percentAndTimes_formats() {
    assertThat(ReadableLogAxis.PERCENT.apply(0.012)).isEqualTo("1.2%");
    assertThat(ReadableLogAxis.TIMES.apply(3)).isEqualTo("3×");
  }

  @Test
  void tickValues_wideRange_labelsEveryDecade() {
    List<double[]> t = ReadableLogAxis.tickValues(500, 5e6, 12);
    assertThat(labelled(t)).containsExactly(1e3, 1e4, 1e5, 1e6);
    assertThat(t.stream().filter(x -> x[1] == 0).count()).as("minor ticks 2..9").isGreaterThan(20);
  }

  @Test
  void tickValues_manyDecadesLittleRoom_labelsEverySecondDecade() {
    List<double[]> t = ReadableLogAxis.tickValues(1, 1e10, 6);
    assertThat(labelled(t)).containsExactly(1.0, 1e2, 1e4, 1e6, 1e8, 1e10);
  }

  @Test
  void tickValues_narrowRange_uses1_2_5() {
    List<double[]> t = ReadableLogAxis.tickValues(1000, 12000, 12);
    assertThat(labelled(t)).containsExactly(1e3, 2e3, 5e3, 1e4);
  }

  private static List<Double> labelled(List<double[]> t) {
    return t.stream().filter(x -> x[1] > 0).map(x -> (double) Math.round(x[0] * 1e6) / 1e6).toList();
  }
}
