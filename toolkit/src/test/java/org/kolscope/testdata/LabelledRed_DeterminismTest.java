package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** Same options → the same tables and records; another seed → other tables; fast. */
class LabelledRed_DeterminismTest {

  @Test
  void sameSeed_givesIdenticalTablesAndRecords() {
    LabelledRed a = LabelledRed.builder().accounts(1500).seed(42).build();
    LabelledRed b = LabelledRed.builder().accounts(1500).seed(42).build();
    assertThat(LabelledCsv.toCsv(a.accounts())).isEqualTo(LabelledCsv.toCsv(b.accounts()));
    assertThat(LabelledCsv.toCsv(a.notes())).isEqualTo(LabelledCsv.toCsv(b.notes()));
    assertThat(LabelledCsv.toCsv(a.manipulations()))
        .isEqualTo(LabelledCsv.toCsv(b.manipulations()));
    assertThat(a.records()).isEqualTo(b.records());
  }

  @Test
  void otherSeed_givesOtherTables() {
    LabelledRed a = LabelledRed.builder().accounts(300).seed(1).build();
    LabelledRed b = LabelledRed.builder().accounts(300).seed(2).build();
    assertThat(LabelledCsv.toCsv(a.notes())).isNotEqualTo(LabelledCsv.toCsv(b.notes()));
    assertThat(a.accounts().stringColumn("kol_id").asSet())
        .doesNotContainAnyElementsOf(b.accounts().stringColumn("kol_id").asSet());
  }

  /** The first accounts do not depend on how many follow (one stream per account). */
  @Test
  void accountCount_doesNotChangeTheOrganicAccounts() {
    LabelledRed small = LabelledRed.builder().accounts(50).manipulatedShare(0).seed(9).build();
    LabelledRed large = LabelledRed.builder().accounts(400).manipulatedShare(0).seed(9).build();
    assertThat(LabelledCsv.toCsv(large.accounts().first(50)))
        .isEqualTo(LabelledCsv.toCsv(small.accounts()));
  }

  /** The organic values do not depend on the manipulation options (the twin's premise). */
  @Test
  void manipulationOptions_doNotChangeHonestAccounts() {
    LabelledRed a = LabelledRed.builder().accounts(600).seed(5).build();
    LabelledRed b =
        LabelledRed.builder().accounts(600).seed(5).manipulatedShare(0.3).kindWeights(1, 2, 3)
            .mixedShare(0.5).build();
    int compared = 0;
    for (int i = 0; i < 600; i++) {
      if (a.records().get(i).truth() == Truth.HONEST && b.records().get(i).truth() == Truth.HONEST) {
        assertThat(LabelledCsv.toCsv(a.accounts().rows(i)))
            .isEqualTo(LabelledCsv.toCsv(b.accounts().rows(i)));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(350);
  }

  /** 3,000 accounts (≈45k notes) in well under a second of CPU time once the JIT has warmed up. */
  @Test
  void defaultSize_isFast() {
    LabelledRed.builder().accounts(3000).seed(100).build(); // warm-up
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu = mx.getCurrentThreadCpuTime();
    LabelledRed red = LabelledRed.builder().seed(101).build();
    long ms = (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    assertThat(red.accounts().rowCount()).isEqualTo(3000);
    assertThat(red.notes().rowCount()).isGreaterThan(30_000);
    assertThat(ms).as("CPU ms for 3,000 accounts").isLessThan(1000);
  }

  @Test
  void builder_rejectsBadOptions() {
    assertThatThrownBy(() -> LabelledRed.builder().accounts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledRed.builder().manipulatedShare(1.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledRed.builder().manipulatedShare(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledRed.builder().kindWeights(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledRed.builder().kindWeights(-1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledRed.builder().hiddenViewsShare(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledRed.builder().maxNotes(2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabelledRed.builder().accounts(5).build().record("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
