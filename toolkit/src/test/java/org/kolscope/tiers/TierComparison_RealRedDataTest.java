package org.kolscope.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The field-guide claim on real data: 1,939 RED notes of 2018 ({@code
 * ../shared/data/real/kaito-xiaohongshu-notes-2018.csv}; not run without it, see {@link RealData}), engagement rate = (likes + stars +
 * comments) / fans per note, RED tiers. docs/domain.md quotes medians ≈ 0.24, 0.024, 0.012, 0.001.
 * Expected values from numpy 2.4.6 / scipy 1.17.1 (the script, with {@code 万} = 10⁴):
 *
 * <pre>
 * f  = fans; er = (likes + stars + comments) / f; ok = np.isfinite(er)     # 40 rows with fans = 0
 * g  = [er[ok &amp; (f &gt;= lo) &amp; (f &lt; hi)] for lo, hi in RED bounds]    # n = 1378, 252, 152, 117
 * np.median(x) for x in g
 * stats.kruskal(*g)                      # H = 545.7647241559387, p = 5.753502569806084e-118
 * m = ok &amp; (er &gt; 0) &amp; (f &gt; 0); r = stats.linregress(np.log10(f[m]), np.log10(er[m]))
 *                                         # n = 1798, slope = -0.4994921329914309,
 *                                         # stderr = 0.009611079998078101, R² = 0.6006161951627079
 * stats.mannwhitneyu(g[0], g[1])         # U = 272844.0, p = 2.751976435216068e-47
 * </pre>
 *
 * Tolerances: medians and regression rel 1e-10; H rel 1e-10; p rel 1e-6 (a value of 1e-118 from
 * the χ² tail); MW p rel 1e-8.
 */
@RealData
class TierComparison_RealRedDataTest {

  private static double count(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return Double.NaN;
    }
    return t.endsWith("万")
        ? Double.parseDouble(t.substring(0, t.length() - 1)) * 1e4
        : Double.parseDouble(t);
  }

  private static Table notes() {
    Path p = SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv");
    ColumnType[] types = new ColumnType[10];
    Arrays.fill(types, ColumnType.STRING);
    Table raw = Table.read().usingOptions(CsvReadOptions.builder(p.toFile()).columnTypes(types).maxCharsPerColumn(1 << 20));
    int n = raw.rowCount();
    double[] fans = new double[n];
    double[] er = new double[n];
    StringColumn likes = raw.stringColumn("likes");
    StringColumn stars = raw.stringColumn("stars");
    StringColumn comments = raw.stringColumn("comments");
    for (int i = 0; i < n; i++) {
      fans[i] = count(raw.stringColumn("fans").get(i));
      er[i] =
          (count(likes.get(i)) + count(stars.get(i)) + count(comments.get(i))) / fans[i];
    }
    return Table.create(
        "red notes", DoubleColumn.create("followers", fans),
        DoubleColumn.create("engagement_rate", er));
  }

  private static void assertRel(double actual, double expected, double rel) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * rel));
  }

  @Test
  void redNotes2018_engagementFallsWithTier() {
    Table t = notes();
    assertThat(t.rowCount()).isEqualTo(1939);
    TierComparison.Result r = TierComparison.of(t, "engagement_rate").seed(2018).run();

    assertThat(r.droppedMissingMetric()).isEqualTo(40);
    assertThat(r.groups()).extracting(TierComparison.TierSummary::tier)
        .containsExactly("KOC", "micro", "mid", "top");
    assertThat(r.groups()).extracting(TierComparison.TierSummary::n)
        .containsExactly(1378, 252, 152, 117);
    double[] medians = {
      0.237962249614792, 0.024190033879164314, 0.011693683580302351, 0.0009542483660130719
    };
    for (int i = 0; i < 4; i++) {
      TierComparison.TierSummary g = r.groups().get(i);
      assertRel(g.median(), medians[i], 1e-10);
      assertThat(g.ciLow()).isLessThan(g.median());
      assertThat(g.ciHigh()).isGreaterThan(g.median());
    }
    assertRel(r.kruskalWallis().h(), 545.7647241559387, 1e-10);
    assertRel(r.kruskalWallis().pValue(), 5.753502569806084e-118, 1e-6);
    TierComparison.PairComparison kocMicro = r.pairs().get(0);
    assertRel(kocMicro.mannWhitneyU(), 272844.0, 1e-12);
    assertRel(kocMicro.mwPValue(), 2.751976435216068e-47, 1e-8);
    assertThat(kocMicro.mwMethod()).startsWith("normal approximation");

    assertThat(r.powerLaw().n()).isEqualTo(1798);
    assertRel(r.powerLaw().b(), -0.4994921329914309, 1e-10);
    assertRel(r.powerLaw().seB(), 0.009611079998078101, 1e-10);
    assertRel(r.powerLaw().rSquared(), 0.6006161951627079, 1e-10);
    assertThat(r.powerLaw().pValueBNegative()).isLessThan(1e-100);
    assertThat(r.powerLaw().bBootHigh()).isLessThan(-0.4);
    // many notes share an author, so follower counts repeat: LOESS must merge them
    assertThat(r.loess().followers().size()).isLessThan(r.loess().n());
    assertThat(r.loess().followers()).isSorted();
  }
}
