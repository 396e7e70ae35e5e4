package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

class R5Price_BoundaryTest {
  private static RuleRun run(String price) {
    Table a = TestTables.csv("kol_id,followers,likes_and_collects,price_rmb\nk,1000,4000," + price + "\n");
    return RuleRun.of(new R5Price(), a, null);
  }

  @ParameterizedTest(name = "price {0} → {1}")
  @CsvSource({
    "500, none", "8000, none", "3000, none",
    "499, info", "8000.01, info", "10000, info",
    "10000.01, warning", "25000, warning",
  })
  void priceBands_fieldGuideRanges(String price, String expected) {
    var f = run(price).flag("k");
    if (expected.equals("none")) {
      assertThat(f).isEmpty();
    } else {
      assertThat(f.orElseThrow().severity().label()).isEqualTo(expected);
    }
  }

  @Test
  void exactlyTenThousand_noRoiWarning_butAboveUsualRange() {
    Flag f = run("10000").flag("k").orElseThrow();
    assertThat(f.threshold()).isEqualTo(8000.0);
    assertThat(f.reason()).contains("10,000").contains("500–8,000");
  }

  @Test
  void aboveTenThousand_roiWarningQuotesPrice() {
    Flag f = run("12000").flag("k").orElseThrow();
    assertThat(f.reason()).isEqualTo(
        "price 12,000 RMB per piece > 10,000 RMB: ROI doubtful, make sure you get other value");
    assertThat(f.value()).isEqualTo(12000.0);
    assertThat(f.threshold()).isEqualTo(10000.0);
  }

  @Test
  void missingPrice_notChecked() {
    Flag f = run("").flag("k").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(f.reason()).isEqualTo("price unknown");
  }

  @Test
  void roiLimitBelowRange_rejected() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> new R5Price(500, 8000, 7000)))
        .hasMessageContaining("7000.0");
  }
}
