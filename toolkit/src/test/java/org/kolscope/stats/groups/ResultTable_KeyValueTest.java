package org.kolscope.stats.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The statistic | value table of the result reports (their number text: Numbers_FormatTest). */
class ResultTable_KeyValueTest {

  @Test
  void keyValue_lengthMismatch_rejected() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ResultTable.keyValue("t", new String[] {"a"}, new double[] {1, 2}))
                .getMessage())
        .contains("1 keys and 2 values");
  }
}
