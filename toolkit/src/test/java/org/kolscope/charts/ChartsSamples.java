package org.kolscope.charts;

import java.util.List;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.jfree.chart.JFreeChart;
import org.kolscope.io.Schema;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** One sample chart of each type from synthetic data (tests and README images). */
final class ChartsSamples {
  static final List<String> TYPES =
      List.of("follower-engagement", "tier-box", "ratio-hist", "likes-per-view", "benford",
          "residuals", "cpe", "follower-engagement-1m");

  private ChartsSamples() {}

  static JFreeChart chart(String type) {
    Table acc = SyntheticKols.accounts(400, 7);
    return switch (type) {
      case "follower-engagement" -> FollowerEngagementChart.of(acc).flagged("suspicious").build();
      case "tier-box" -> TierBoxChart.of(acc).ratio(Schema.LIKES_AND_COLLECTS, Schema.FOLLOWERS)
          .format(ReadableLogAxis.TIMES).title("Likes + collects per follower by tier").build();
      case "ratio-hist" -> RatioHistogram.likesPerFollower(acc).build();
      case "likes-per-view" -> RatioHistogram.likesPerView(SyntheticKols.notes(2_000, 3)).build();
      case "benford" -> benford(acc);
      case "residuals" -> residuals(acc);
      case "cpe" -> CostPerEngagementChart.of(SyntheticKols.notes(2_000, 3)).build();
      case "follower-engagement-1m" -> FollowerEngagementChart.of(SyntheticKols.accounts(1_000_000, 11))
          .flagged("suspicious").build();
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** First-digit proportions of follower counts (test-local; the real Benford test is in stats). */
  static JFreeChart benford(Table acc) {
    NumericColumn<?> f = (NumericColumn<?>) acc.column(Schema.FOLLOWERS);
    double[] p = new double[9];
    int n = 0;
    for (int r = 0; r < f.size(); r++) {
      long v = (long) f.getDouble(r);
      if (v > 0) {
        while (v >= 10) {
          v /= 10;
        }
        p[(int) v - 1]++;
        n++;
      }
    }
    double mad = 0;
    double[] e = BenfordChart.expected(9);
    for (int d = 0; d < 9; d++) {
      p[d] /= n;
      mad += Math.abs(p[d] - e[d]) / 9;
    }
    return BenfordChart.of(p, mad <= 0.006 ? "close conformity" : mad <= 0.012
        ? "acceptable conformity" : mad <= 0.015 ? "marginally acceptable conformity"
        : "nonconformity").mad(mad).n(n).build();
  }

  /**
   * OLS hat values and rstudent for log10(lac) ~ log10(followers), computed directly, on 40
   * ordinary accounts plus two planted influential ones (a huge account with few likes and a small
   * one with many).
   */
  static JFreeChart residuals(Table acc) {
    Table a = acc.where(acc.booleanColumn("suspicious").isFalse()).first(40);
    a.stringColumn(Schema.NAME).append("僵尸粉大号");
    a.longColumn(Schema.FOLLOWERS).append(30_000_000L);
    a.longColumn(Schema.LIKES_AND_COLLECTS).append(400_000L);
    a.stringColumn(Schema.NAME).append("刷赞小号");
    a.longColumn(Schema.FOLLOWERS).append(600L);
    a.longColumn(Schema.LIKES_AND_COLLECTS).append(90_000L);
    for (String c : a.columnNames()) {
      if (a.column(c).size() < a.stringColumn(Schema.NAME).size()) {
        while (a.column(c).size() < a.stringColumn(Schema.NAME).size()) {
          a.column(c).appendMissing();
        }
      }
    }
    int n = a.rowCount();
    double[][] x = new double[n][1];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = Math.log10(a.longColumn(Schema.FOLLOWERS).get(i));
      y[i] = Math.log10(Math.max(1, a.longColumn(Schema.LIKES_AND_COLLECTS).get(i)));
    }
    // hat diagonal and residuals from Commons Math's QR-based OLS; rstudent from them
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    double[] e = ols.estimateResiduals();
    double sse = java.util.Arrays.stream(e).map(v -> v * v).sum();
    org.apache.commons.math3.linear.RealMatrix hat = ols.calculateHat();
    double[] h = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = hat.getEntry(i, i);
      t[i] = e[i] / Math.sqrt((sse - e[i] * e[i] / (1 - h[i])) / (n - 3) * (1 - h[i]));
    }
    String[] names = a.stringColumn(Schema.NAME).asObjectArray();
    return ResidualsChart.of(h, t, 2).labels(names).build();
  }
}
