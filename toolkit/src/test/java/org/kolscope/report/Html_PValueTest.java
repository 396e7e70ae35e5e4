package org.kolscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A p-value after its name in the report's HTML. */
class Html_PValueTest {

  @Test
  void pValues_underflowSaysLessThan_notEqualsLessThan() {
    assertThat(Html.pIs(0)).isEqualTo(" &lt; 1e-300");
    assertThat(Html.pIs(0.0123)).isEqualTo(" = 0.0123");
  }
}
