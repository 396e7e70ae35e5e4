package org.kolscope.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Chooses a mix of KOLs for a budget: maximise the total expected engagement (a value column,
 * default {@code median interactions} per note) subject to the total price (default {@code
 * price_rmb} per piece) staying within the budget, one piece per KOL, leaving out KOLs the audit
 * found suspicious.
 *
 * <p>This is the 0/1 knapsack problem, solved exactly by dynamic programming over the budget in
 * whole price units (Kellerer, Pferschy and Pisinger, <i>Knapsack Problems</i>, Springer 2004, §2.3):
 * with prices {@code c_i = ⌈price_i / unit⌉} and capacity {@code C = ⌊budget / unit⌋}, {@code
 * best[j] = max(best[j], best[j − c_i] + value_i)} over the KOLs in turn, O(n·C) time. Prices are
 * rounded <em>up</em> to the unit, so the chosen mix never exceeds the budget; with a unit that
 * divides every price (100 RMB for typical quotes, the default) the optimum is exact.
 *
 * <pre>{@code
 * BudgetMix.Result mix = BudgetMix.of(audit.toTable()).budget(50_000).run();
 * mix.toTable();   // the chosen KOLs, cheapest-per-engagement first
 * }</pre>
 */
public final class BudgetMix {
  /** The largest DP table (KOLs × budget units) before a coarser unit is required. */
  static final long MAX_CELLS = 200_000_000L;

  private final Table kols;
  private double budget = Double.NaN;
  private String price = Schema.PRICE_RMB;
  private String value = "median_interactions";
  private double unit = 100;
  private boolean excludeSuspicious = true;

  private BudgetMix(Table kols) {
    this.kols = Objects.requireNonNull(kols, "kols");
  }

  /** A budget mix over a KOL table (e.g. {@code AuditResult.toTable()}). */
  public static BudgetMix of(Table kols) {
    return new BudgetMix(kols);
  }

  /** The budget in RMB (required, &gt; 0). */
  public BudgetMix budget(double rmb) {
    if (!(rmb > 0) || Double.isInfinite(rmb)) {
      throw new IllegalArgumentException("budget must be a positive amount of RMB, got " + rmb);
    }
    this.budget = rmb;
    return this;
  }

  /** The price column (default {@code price_rmb}). */
  public BudgetMix price(String column) {
    this.price = Objects.requireNonNull(column, "price");
    return this;
  }

  /** The expected-engagement column to maximise (default {@code median interactions}). */
  public BudgetMix value(String column) {
    this.value = Objects.requireNonNull(column, "value");
    return this;
  }

  /** The price unit of the dynamic programme in RMB (default 100; must be &gt; 0). */
  public BudgetMix unit(double rmb) {
    if (!(rmb > 0) || Double.isInfinite(rmb)) {
      throw new IllegalArgumentException("unit must be a positive amount of RMB, got " + rmb);
    }
    this.unit = rmb;
    return this;
  }

  /** Whether KOLs with verdict {@code suspicious} are left out (default true). */
  public BudgetMix excludeSuspicious(boolean exclude) {
    this.excludeSuspicious = exclude;
    return this;
  }

  /**
   * Solves the knapsack.
   *
   * @throws IllegalArgumentException if no budget was set, a column is missing or not numeric, or
   *     the table would be too large for the unit
   */
  public Result run() {
    if (Double.isNaN(budget)) {
      throw new IllegalArgumentException("set a budget first: BudgetMix.of(kols).budget(50_000)");
    }
    requireNumeric(price);
    requireNumeric(value);
    IntPredicate suspicious = r -> excludeSuspicious
        && "suspicious".equalsIgnoreCase(Cells.text(kols, "verdict", r));
    List<Integer> rows = new ArrayList<>();
    int skippedMissing = 0;
    int skippedSuspicious = 0;
    for (int r = 0; r < kols.rowCount(); r++) {
      double p = Cells.number(kols, price, r);
      double v = Cells.number(kols, value, r);
      if (suspicious.test(r)) {
        skippedSuspicious++;
      } else if (Double.isNaN(p) || Double.isNaN(v) || p < 0 || v <= 0) {
        skippedMissing++;
      } else {
        rows.add(r);
      }
    }
    int capacity = (int) Math.min(Integer.MAX_VALUE - 1, Math.floor(budget / unit));
    if ((long) rows.size() * (capacity + 1L) > MAX_CELLS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "budget %.0f RMB in units of %.0f RMB over %d KOLs is too large a table; use a coarser unit",
          budget, unit, rows.size()));
    }
    int n = rows.size();
    int[] cost = new int[n];
    double[] val = new double[n];
    for (int i = 0; i < n; i++) {
      cost[i] = (int) Math.min(Integer.MAX_VALUE, Math.ceil(Cells.number(kols, price, rows.get(i)) / unit - 1e-9));
      val[i] = Cells.number(kols, value, rows.get(i));
    }
    boolean[][] take = new boolean[n][];
    double[] best = new double[capacity + 1];
    for (int i = 0; i < n; i++) {
      take[i] = new boolean[capacity + 1];
      for (int j = capacity; j >= cost[i]; j--) {
        double with = best[j - cost[i]] + val[i];
        if (with > best[j]) {
          best[j] = with;
          take[i][j] = true;
        }
      }
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = n - 1, j = capacity; i >= 0; i--) {
      if (take[i][j]) {
        chosen.add(rows.get(i));
        j -= cost[i];
      }
    }
    chosen.sort((a, b) -> Double.compare(
        Cells.number(kols, price, a) / Cells.number(kols, value, a),
        Cells.number(kols, price, b) / Cells.number(kols, value, b)));
    // Table.rows() rejects an empty index list
    Table picked = chosen.isEmpty() ? kols.emptyCopy()
        : kols.rows(chosen.stream().mapToInt(Integer::intValue).toArray());
    double spent = 0;
    double total = 0;
    for (int r : chosen) {
      spent += Cells.number(kols, price, r);
      total += Cells.number(kols, value, r);
    }
    return new Result(picked, budget, spent, total, price, value, skippedSuspicious, skippedMissing);
  }

  private void requireNumeric(String column) {
    if (!Cells.hasNumber(kols, column)) {
      throw new IllegalArgumentException(
          "no numeric column '" + column + "'; columns are " + kols.columnNames());
    }
  }

  /**
   * The chosen mix.
   *
   * @param chosen the chosen KOLs' rows (all columns), lowest price per unit of value first
   * @param budget the budget
   * @param spent the total price of the mix (≤ budget)
   * @param value the total expected engagement of the mix
   * @param priceColumn the price column
   * @param valueColumn what {@code value} sums
   * @param excludedSuspicious KOLs left out for a suspicious verdict
   * @param excludedMissing KOLs left out for a missing or non-positive price or value
   */
  public record Result(Table chosen, double budget, double spent, double value, String priceColumn,
      String valueColumn,
      int excludedSuspicious, int excludedMissing) implements Tabular {

    /** The chosen KOLs with id, name, tier, verdict, price, value and price per unit of value. */
    @Override
    public Table toTable() {
      Table t = Table.create("budget mix");
      for (String c : List.of(Schema.KOL_ID, Schema.NAME, Schema.TIER, "verdict", priceColumn, valueColumn)) {
        if (chosen.containsColumn(c)) {
          t.addColumns(chosen.column(c).copy());
        }
      }
      if (chosen.containsColumn(priceColumn) && chosen.containsColumn(valueColumn)) {
        DoubleColumn per = DoubleColumn.create("rmb_per_" + valueColumn, chosen.rowCount());
        for (int r = 0; r < chosen.rowCount(); r++) {
          per.set(r, Cells.number(chosen, priceColumn, r) / Cells.number(chosen, valueColumn, r));
        }
        t.addColumns(per);
      }
      return t;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "Budget mix: %d KOLs for %,.0f of %,.0f RMB; expected %s %,.0f (%.2f RMB each)%n",
          chosen.rowCount(), spent, budget, valueColumn, value, value > 0 ? spent / value : Double.NaN));
      sb.append(String.format(Locale.ROOT, "left out: %d suspicious, %d without price or value%n",
          excludedSuspicious, excludedMissing));
      StringColumn names = chosen.containsColumn(Schema.NAME) ? chosen.stringColumn(Schema.NAME) : null;
      for (int r = 0; r < chosen.rowCount() && r < 15; r++) {
        sb.append(String.format(Locale.ROOT, "  %-24s %-6s %,8.0f RMB  %,10.0f%n",
            names != null ? names.get(r) : chosen.getString(r, Schema.KOL_ID),
            chosen.containsColumn(Schema.TIER) ? chosen.getString(r, Schema.TIER) : "",
            Cells.number(chosen, priceColumn, r), Cells.number(chosen, valueColumn, r)));
      }
      if (chosen.rowCount() > 15) {
        sb.append("  … ").append(chosen.rowCount() - 15).append(" more (toTable() lists all)\n");
      }
      return sb.toString().stripTrailing();
    }
  }
}
