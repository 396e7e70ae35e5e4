package org.kolscope.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.kolscope.core.Schema;
import org.kolscope.stats.Sample;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.XySample;
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

  /** The first-digit Benford test of follower counts (stats.benford), drawn. */
  static JFreeChart benford(Table acc) {
    return BenfordChart.of(Benford.test(Sample.from(acc, Schema.FOLLOWERS, null),
        Benford.Digits.FIRST, 0.05)).of("follower counts").build();
  }

  /**
   * OLS influence (stats.regression) of log10(lac) ~ log10(followers) on 40
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
    return ResidualsChart.of(OlsInfluence.fit(
        XySample.from(a, Schema.FOLLOWERS, Schema.LIKES_AND_COLLECTS, Schema.NAME, true, null), 0.05))
        .build();
  }
}
