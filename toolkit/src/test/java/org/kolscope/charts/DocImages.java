package org.kolscope.charts;

import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.kolscope.core.Schema;
import org.kolscope.io.KolData;
import org.kolscope.rules.Audit;
import org.kolscope.stats.Sample;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.XySample;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;

/**
 * Renders one PNG of each chart type from the shipped data ({@code data/accounts.csv}, {@code
 * data/notes.csv}, audited for the flagged KOLs) into {@code docs/images/} — the README images.
 * The 1M-point density chart uses synthetic accounts (no million-row file is shipped). Run from
 * the repository root:
 *
 * <pre>
 * mvn -o -q -pl toolkit test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp toolkit/target/classes:toolkit/target/test-classes:$(cat /tmp/cp.txt) \
 *     (this class) data docs/images
 * </pre>
 */
public final class DocImages {
  private DocImages() {}

  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "data");
    Path dir = Path.of(args.length > 1 ? args[1] : "docs/images");
    Table accounts = KolData.load(data.resolve("accounts.csv"));
    Table notes = KolData.load(data.resolve("notes.csv"));
    Table kols = Audit.of(accounts).posts(notes).run().toTable();
    BooleanColumn suspicious = BooleanColumn.create("suspicious", kols.rowCount());
    for (int r = 0; r < kols.rowCount(); r++) {
      suspicious.set(r, "suspicious".equals(kols.getString(r, "verdict")));
    }
    kols.addColumns(suspicious);
    save(FollowerEngagementChart.of(kols).flagged("suspicious").build(), dir, "follower-engagement");
    save(TierBoxChart.of(kols).ratio(Schema.LIKES_AND_COLLECTS, Schema.FOLLOWERS)
        .format(ReadableLogAxis.TIMES).title("Likes + collects per follower by tier").build(),
        dir, "tier-box");
    save(RatioHistogram.likesPerFollower(kols).build(), dir, "ratio-hist");
    save(RatioHistogram.likesPerView(notes).build(), dir, "likes-per-view");
    save(BenfordChart.of(Benford.test(Sample.from(accounts, Schema.FOLLOWERS, null),
        Benford.Digits.FIRST, 0.05)).of("follower counts").build(), dir, "benford");
    save(ResidualsChart.of(OlsInfluence.fit(
        XySample.from(kols, Schema.FOLLOWERS, Schema.LIKES_AND_COLLECTS, Schema.NAME, true, null),
        0.05)).build(), dir, "residuals");
    save(CostPerEngagementChart.of(notes).build(), dir, "cpe");
    save(ChartsSamples.chart("follower-engagement-1m"), dir, "follower-engagement-1m");
  }

  private static void save(JFreeChart chart, Path dir, String name) {
    Charts.savePng(chart, dir.resolve(name + ".png"), 1000, 640, 1);
    System.err.println("wrote " + dir.resolve(name + ".png"));
  }
}
