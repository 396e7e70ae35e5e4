package org.kolscope.stats.regression;

import java.util.List;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.ResultText;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * An OLS fit with influence diagnostics and the Bonferroni outlier test.
 *
 * @param formula e.g. {@code "log10(likes) ~ log10(followers)"}
 * @param n number of pairs
 * @param intercept b0
 * @param slope b1
 * @param seIntercept standard error of b0
 * @param seSlope standard error of b1
 * @param pSlope two-sided p-value of t = b1/se(b1), n − 2 df
 * @param rSquared R²
 * @param sigma residual standard error s
 * @param statistic max |rstudent|
 * @param criticalValue upper α/(2n) point of t_{n−3}
 * @param pValue Bonferroni p-value of the largest |rstudent|
 * @param alpha significance level
 * @param rows the per-row diagnostics, in data order
 * @param outliers rows with Bonferroni p &lt; α, largest |rstudent| first (score = rstudent)
 * @param warnings caveats
 */
public record RegressionResult(
    String formula,
    int n,
    double intercept,
    double slope,
    double seIntercept,
    double seSlope,
    double pSlope,
    double rSquared,
    double sigma,
    double statistic,
    double criticalValue,
    double pValue,
    double alpha,
    List<Row> rows,
    List<Outlier> outliers,
    List<String> warnings)
    implements OutlierResult {

  /**
   * Diagnostics of one observation.
   *
   * @param index the 0-based data row
   * @param id the row's id or null
   * @param x regressor value used
   * @param y response value used
   * @param fitted fitted value
   * @param residual y − fitted
   * @param leverage hat value h_i
   * @param rstandard internally studentized residual
   * @param rstudent externally studentized residual
   * @param cooksD Cook's distance
   * @param dffits DFFITS
   */
  public record Row(
      int index,
      String id,
      double x,
      double y,
      double fitted,
      double residual,
      double leverage,
      double rstandard,
      double rstudent,
      double cooksD,
      double dffits) {}

  /** At most this many influential rows are listed by {@code toString()}. */
  public static final int MAX_LISTED = 10;

  /** Copies the lists. */
  public RegressionResult {
    rows = List.copyOf(rows);
    outliers = List.copyOf(outliers);
    warnings = List.copyOf(warnings);
  }

  @Override
  public String method() {
    return "OLS " + formula + " with Bonferroni outlier test";
  }

  @Override
  public String test() {
    return "regression";
  }

  /** One row per observation with all diagnostics. */
  @Override
  public Table toTable() {
    IntColumn index = IntColumn.create("index");
    StringColumn id = StringColumn.create("id");
    DoubleColumn[] cols = {
      DoubleColumn.create("x"), DoubleColumn.create("y"), DoubleColumn.create("fitted"),
      DoubleColumn.create("residual"), DoubleColumn.create("leverage"),
      DoubleColumn.create("rstandard"), DoubleColumn.create("rstudent"),
      DoubleColumn.create("cooks_d"), DoubleColumn.create("dffits")
    };
    for (Row r : rows) {
      index.append(r.index());
      id.append(r.id());
      double[] v = {
        r.x(), r.y(), r.fitted(), r.residual(), r.leverage(), r.rstandard(), r.rstudent(),
        r.cooksD(), r.dffits()
      };
      for (int i = 0; i < v.length; i++) {
        cols[i].append(v[i]);
      }
    }
    Table t = Table.create(formula, index, id);
    t.addColumns(cols);
    return t;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("OLS ").append(formula).append(" (n = ").append(n).append(")\n");
    ResultText.line(
        sb, "intercept", Numbers.precise(intercept) + " (se " + Numbers.precise(seIntercept) + ")");
    ResultText.line(
        sb,
        "slope",
        Numbers.precise(slope)
            + " (se "
            + Numbers.precise(seSlope)
            + ", p = "
            + Numbers.precise(pSlope)
            + ")");
    ResultText.line(sb, "R squared", Numbers.precise(rSquared));
    ResultText.line(sb, "residual se", Numbers.precise(sigma));
    ResultText.line(sb, "max |rstudent|", Numbers.precise(statistic));
    ResultText.line(
        sb,
        "critical value",
        Numbers.precise(criticalValue) + " (alpha = " + Numbers.precise(alpha) + ", Bonferroni)");
    ResultText.line(sb, "Bonferroni p", Numbers.precise(pValue));
    double cookCut = 4.0 / n;
    double levCut = 2.0 * OlsInfluence.P / n;
    List<Row> influential =
        rows.stream()
            .filter(r -> r.cooksD() > cookCut || r.leverage() > levCut)
            .sorted(java.util.Comparator.comparingDouble((Row r) -> -r.cooksD()))
            .toList();
    if (!influential.isEmpty()) {
      sb.append("  influential (Cook's D > 4/n or leverage > 2p/n), largest Cook's D first:\n");
      for (Row r : influential.subList(0, Math.min(MAX_LISTED, influential.size()))) {
        sb.append(
            String.format(
                java.util.Locale.ROOT,
                "    row %-6d leverage %-9s Cook's D %-9s rstudent %s%n",
                r.index(),
                Numbers.precise(r.leverage()),
                Numbers.precise(r.cooksD()),
                Numbers.precise(r.rstudent())));
      }
      if (influential.size() > MAX_LISTED) {
        sb.append("    ... and ")
            .append(influential.size() - MAX_LISTED)
            .append(" more (see toTable())\n");
      }
    }
    ResultText.outliersAndWarnings(sb, outliers, warnings);
    return sb.toString();
  }
}
