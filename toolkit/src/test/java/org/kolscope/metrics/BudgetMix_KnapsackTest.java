package org.kolscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class BudgetMix_KnapsackTest {

  private static Table kols(double[] price, double[] value, String[] verdict) {
    String[] ids = new String[price.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "k" + i;
    }
    return Table.create("kols", StringColumn.create("kol_id", ids),
        DoubleColumn.create("price_rmb", price), DoubleColumn.create("median_interactions", value),
        StringColumn.create("verdict", verdict));
  }

  @Test
  void handChecked_greedyByRatioIsNotOptimal() {
    // budget 5,000: by value per RMB the greedy picks k0 (1,000 RMB, 300) then k1 (2,000, 500),
    // leaving 2,000 unused for k2 (3,000): 800. The optimum is k1 + k2 = 5,000 RMB for 1,100.
    Table t = kols(new double[] {1000, 2000, 3000}, new double[] {300, 500, 600},
        new String[] {"ok", "ok", "ok"});
    BudgetMix.Result r = BudgetMix.of(t).budget(5000).run();
    assertThat(r.value()).isEqualTo(1100.0);
    assertThat(r.spent()).isEqualTo(5000.0);
    assertThat(r.chosen().stringColumn("kol_id").asList()).containsExactlyInAnyOrder("k1", "k2");
  }

  @Test
  void suspicious_isLeftOutAndCounted() {
    Table t = kols(new double[] {1000, 1000}, new double[] {900, 100},
        new String[] {"suspicious", "review"});
    BudgetMix.Result r = BudgetMix.of(t).budget(1000).run();
    assertThat(r.chosen().stringColumn("kol_id").asList()).containsExactly("k1");
    assertThat(r.excludedSuspicious()).isEqualTo(1);
    assertThat(BudgetMix.of(t).budget(1000).excludeSuspicious(false).run().value()).isEqualTo(900.0);
  }

  @Test
  void missingPriceOrValue_isLeftOutAndCounted() {
    Table t = kols(new double[] {Double.NaN, 500}, new double[] {10, Double.NaN},
        new String[] {"ok", "ok"});
    BudgetMix.Result r = BudgetMix.of(t).budget(1000).run();
    assertThat(r.chosen().rowCount()).isZero();
    assertThat(r.excludedMissing()).isEqualTo(2);
  }

  @Test
  void pricesOffTheUnit_roundUpSoTheBudgetHolds() {
    Table t = kols(new double[] {950, 60}, new double[] {10, 10}, new String[] {"ok", "ok"});
    // 950 → 10 units, 60 → 1 unit: both need 11 units of 100 > budget 1,000 → only one fits
    BudgetMix.Result r = BudgetMix.of(t).budget(1000).run();
    assertThat(r.spent()).isLessThanOrEqualTo(1000.0);
    assertThat(r.chosen().rowCount()).isEqualTo(1);
  }

  @Test
  void badArguments_quoteTheValue() {
    Table t = kols(new double[] {1}, new double[] {1}, new String[] {"ok"});
    assertThat(assertThrows(IllegalArgumentException.class, () -> BudgetMix.of(t).budget(-5)).getMessage())
        .isEqualTo("budget must be a positive amount of RMB, got -5.0");
    assertThat(assertThrows(IllegalArgumentException.class, () -> BudgetMix.of(t).run()).getMessage())
        .startsWith("set a budget first");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> BudgetMix.of(t).budget(10).value("nope").run()).getMessage())
        .startsWith("no numeric column 'nope'");
  }

  /** The DP optimum equals the brute-force optimum over all subsets (prices on the unit). */
  @Property(tries = 300)
  void optimum_matchesBruteForce(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 40) Integer> hundreds,
      @ForAll @IntRange(min = 1, max = 200) int budgetHundreds) {
    int n = hundreds.size();
    double[] price = new double[n];
    double[] value = new double[n];
    String[] verdict = new String[n];
    for (int i = 0; i < n; i++) {
      price[i] = hundreds.get(i) * 100.0;
      value[i] = (hundreds.get(i) * 37 + i * 11) % 97 + 1;
      verdict[i] = "ok";
    }
    double best = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      double c = 0;
      double v = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          c += price[i];
          v += value[i];
        }
      }
      if (c <= budgetHundreds * 100.0) {
        best = Math.max(best, v);
      }
    }
    BudgetMix.Result r = BudgetMix.of(kols(price, value, verdict)).budget(budgetHundreds * 100.0).run();
    assertThat(r.value()).isCloseTo(best, within(1e-9));
    assertThat(r.spent()).isLessThanOrEqualTo(budgetHundreds * 100.0);
  }
}
