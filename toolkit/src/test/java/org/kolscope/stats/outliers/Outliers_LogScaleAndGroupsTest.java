package org.kolscope.stats.outliers;

import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.XySample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.Sample;
import org.kolscope.stats.SampleTooSmallException;
import org.kolscope.stats.regression.RegressionResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Log10 scale, groups, ids and the normality warning, on small hand-made tables. */
class Outliers_LogScaleAndGroupsTest {

  /** 12 accounts in two tiers; row 5 has a missing ratio, row 6 a zero, row 11 an outlier. */
  private static Table table() {
    double[] ratio = {1.1, 1.3, 0.9, 1.2, 1.0, Double.NaN, 0.0, 1.15, 1.05, 0.95, 1.25, 40.0};
    String[] tier = {"a", "a", "a", "a", "a", "a", "b", "b", "b", "b", "b", "b"};
    String[] id = {"k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"};
    return Table.create(
        "t",
        StringColumn.create("kol_id", id),
        StringColumn.create("tier", tier),
        DoubleColumn.create("ratio", ratio));
  }

  @Test
  void missingValues_leftOutAndCounted() {
    Sample s = Sample.from(table(), "ratio", "kol_id");
    assertThat(s.n()).isEqualTo(11);
    assertThat(s.warnings()).containsExactly("1 row(s) with a missing value in 'ratio' left out");
  }

  @Test
  void logScale_leavesOutNonPositive_andKeepsOriginalValuesAndRows() {
    OutlierResult r = Outliers.in(table(), "ratio").id("kol_id").log().grubbs();
    assertThat(r.n()).isEqualTo(10);
    assertThat(r.warnings())
        .contains("1 row(s) with values <= 0 left out on the log10 scale")
        .contains("1 row(s) with a missing value in 'ratio' left out");
    assertThat(r.outliers()).hasSize(1);
    Outlier o = r.outliers().get(0);
    assertThat(o.index()).isEqualTo(11);
    assertThat(o.id()).isEqualTo("k11");
    assertThat(o.value()).isEqualTo(40.0);
    assertThat(((OutlierTestResult) r).label()).isEqualTo("log10(ratio)");
  }

  @Test
  void groups_testEachTier_andReportTooSmallOnes() {
    GroupedResult g =
        Outliers.in(table(), "ratio").id("kol_id").log().options(Options.DEFAULTS).runByGroup("tier", Method.DIXON);
    assertThat(g.groups()).extracting(GroupedResult.Group::name).containsExactly("a", "b");
    // tier a: 5 values; tier b: 5 positive values with k11 = 40 -> Dixon r10 flags it
    GroupedResult.Group b = g.groups().get(1);
    assertThat(b.tested()).isTrue();
    assertThat(b.result().outliers()).extracting(Outlier::id).containsExactly("k11");
    GroupedResult small = Outliers.in(table(), "ratio").log().runByGroup("tier", Method.IQR);
    // IQR needs 4 values: both tiers have 5 -> tested
    assertThat(small.groups()).allMatch(GroupedResult.Group::tested);
    GroupedResult tiny =
        Outliers.in(table().where(table().stringColumn("kol_id").isIn("k0", "k1", "k7", "k8", "k9", "k10")), "ratio")
            .runByGroup("tier", Method.GRUBBS);
    assertThat(tiny.groups().get(0).tested()).isFalse();
    assertThat(tiny.groups().get(0).skipped()).contains("too small").contains("n = 2");
    assertThat(tiny.groups().get(1).tested()).isTrue();
    assertThat(tiny.toTable().rowCount()).isEqualTo(2);
    assertThat(tiny.toString()).contains("not tested");
  }

  @Test
  void normalityWarning_suggestsLogScale_onSkewedData() {
    double[] x = new double[20];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.pow(10, i / 5.0); // geometric: strongly right-skewed
    }
    OutlierTestResult r = Grubbs.test(x);
    assertThat(r.warnings()).anyMatch(w -> w.contains("Shapiro-Wilk") && w.contains("--log"));
    OutlierTestResult logged = Grubbs.test(Sample.of(x).log10(), Side.TWO, 0.05);
    assertThat(logged.warnings()).noneMatch(w -> w.contains("Shapiro-Wilk"));
  }

  @Test
  void normalityWarning_absentForNistUranium() {
    // uranium without 245.57: scipy.stats.shapiro -> p = 0.235 (normal enough)
    OutlierTestResult r = Grubbs.test(199.31, 199.53, 200.19, 200.82, 201.92, 201.95, 202.18, 245.57);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.toString()).contains("Grubbs (two-sided)").contains("row 7").contains("245.57");
    assertThat(r.toTable().rowCount()).isEqualTo(1);
  }

  @Test
  void regression_onTable_logBothAxes() {
    Table t =
        Table.create(
            "acc",
            DoubleColumn.create("followers", 1200, 3500, 5400, 8900, 12000, 18500, 0),
            DoubleColumn.create("likes", 45, 110, 150, 15000, 260, 420, 30));
    RegressionResult r = Outliers.regression(t, "followers", "likes");
    assertThat(r.n()).isEqualTo(6);
    assertThat(r.warnings()).contains("1 row(s) with values <= 0 left out on the log10 scale");
    assertThat(r.formula()).isEqualTo("log10(likes) ~ log10(followers)");
    // the table path equals the array path on the six positive pairs
    RegressionResult direct =
        OlsInfluence.fit(
            XySample.of(
                    new double[] {1200, 3500, 5400, 8900, 12000, 18500},
                    new double[] {45, 110, 150, 15000, 260, 420})
                .log10(),
            0.05);
    assertThat(r.slope()).isCloseTo(direct.slope(), within(1e-12));
    assertThat(r.rows().get(3).index()).isEqualTo(3);
  }

  @Test
  void logScale_everyValueDropped_theErrorSaysHowManyAndWhy() {
    // 2 missing, 4 values <= 0: nothing is left on the log10 scale
    Table t = Table.create("t", DoubleColumn.create("likes", Double.NaN, 0.0, -1.0, Double.NaN, 0.0, 0.0));
    SampleTooSmallException e = org.junit.jupiter.api.Assertions.assertThrows(
        SampleTooSmallException.class, () -> Outliers.in(t, "likes").log().grubbs());
    assertThat(e.getMessage()).isEqualTo("Grubbs (two-sided) needs at least 3 values, got n = 0: "
        + "2 row(s) with a missing value in 'likes' left out, "
        + "4 row(s) with values <= 0 left out on the log10 scale");
    assertThat(e.n()).isZero();
    assertThat(e.minimum()).isEqualTo(3);
  }

  @Test
  void tooFewWithNothingDropped_messageUnchanged() {
    Table t = Table.create("t", DoubleColumn.create("likes", 1.0, 2.0));
    SampleTooSmallException e = org.junit.jupiter.api.Assertions.assertThrows(
        SampleTooSmallException.class, () -> Outliers.in(t, "likes").grubbs());
    assertThat(e.getMessage()).isEqualTo("Grubbs (two-sided) needs at least 3 values, got n = 2");
  }

  @Test
  void regressionOnLogScale_everyPairDropped_theErrorSaysWhy() {
    Table t = Table.create("t",
        DoubleColumn.create("followers", 100, 200, 300, 400, 500),
        DoubleColumn.create("likes", 0, 0, 0, 0, Double.NaN));
    SampleTooSmallException e = org.junit.jupiter.api.Assertions.assertThrows(SampleTooSmallException.class,
        () -> OlsInfluence.fit(
            XySample.from(t, "followers", "likes", null, true, null), 0.05));
    assertThat(e.getMessage()).isEqualTo("OLS influence needs at least 4 values, got n = 0: "
        + "1 row(s) with a missing 'followers' or 'likes' left out, "
        + "4 row(s) with values <= 0 left out on the log10 scale");
  }

  @Test
  void benford_everyValueNonPositive_theErrorSaysWhy() {
    Table t = Table.create("t", DoubleColumn.create("followers", 0, -3, 0, Double.NaN));
    SampleTooSmallException e = org.junit.jupiter.api.Assertions.assertThrows(SampleTooSmallException.class,
        () -> Benford.test(Sample.from(t, "followers", null),
            Benford.Digits.FIRST, 0.05));
    assertThat(e.getMessage()).isEqualTo("Benford first digit needs at least 2 values, got n = 0: "
        + "1 row(s) with a missing value in 'followers' left out, 3 value(s) <= 0 left out (no leading digit)");
  }
}
