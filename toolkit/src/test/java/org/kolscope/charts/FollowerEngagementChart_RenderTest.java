package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FollowerEngagementChart_RenderTest {

  private static final Table ACCOUNTS = SyntheticKols.accounts(400, 7);

  private static JFreeChart accountChart() {
    return FollowerEngagementChart.of(ACCOUNTS).flagged("suspicious").build();
  }

  private static XYDataset datasetWithKey(XYPlot plot, String keyStart) {
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      XYDataset ds = plot.getDataset(d);
      for (int s = 0; ds != null && s < ds.getSeriesCount(); s++) {
        if (ds.getSeriesKey(s).toString().startsWith(keyStart)) {
          return ds;
        }
      }
    }
    return null;
  }

  private static List<String> keys(XYPlot plot) {
    List<String> out = new ArrayList<>();
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      XYDataset ds = plot.getDataset(d);
      for (int s = 0; ds != null && s < ds.getSeriesCount(); s++) {
        out.add(ds.getSeriesKey(s).toString());
      }
    }
    return out;
  }

  @Test
  void accountChart_hasLogLogAxesWithReadableTicks() {
    XYPlot plot = accountChart().getXYPlot();
    assertThat(plot.getDomainAxis()).isInstanceOf(ReadableLogAxis.class);
    assertThat(plot.getRangeAxis()).isInstanceOf(ReadableLogAxis.class);
    assertThat(plot.getDomainAxis().getLabel()).contains("Followers").contains("count");
    assertThat(((ReadableLogAxis) plot.getDomainAxis()).format(1e4)).isEqualTo("10k");
  }

  @Test
  void accountChart_oneSeriesPerTierInTierOrder_withCounts() {
    XYPlot plot = accountChart().getXYPlot();
    XYDataset points = datasetWithKey(plot, "素人");
    assertThat(points).isNotNull();
    assertThat(points.getSeriesCount()).isEqualTo(4);
    assertThat(points.getSeriesKey(0).toString()).startsWith("素人 KOC");
    assertThat(points.getSeriesKey(3).toString()).startsWith("头部 top");
    int total = 0;
    for (int s = 0; s < 4; s++) {
      total += points.getItemCount(s);
    }
    assertThat(total).isEqualTo(ACCOUNTS.rowCount());
  }

  @Test
  void accountChart_drawsFitBandLoessAndFieldGuideLines() {
    List<String> keys = keys(accountChart().getXYPlot());
    assertThat(keys).anyMatch(k -> k.startsWith("power law y = "));
    assertThat(keys).anyMatch(k -> k.startsWith("95 % confidence band"));
    assertThat(keys).anyMatch(k -> k.startsWith("LOESS"));
    assertThat(keys).anyMatch(k -> k.contains("3× and 5× followers"));
    assertThat(keys).anyMatch(k -> k.startsWith("5.0× followers"));
  }

  @Test
  void postChart_hasNoFieldGuideLines_unlessAsked() {
    Table notes = SyntheticKols.notes(300, 1);
    List<String> plain = keys(FollowerEngagementChart.of(notes).y(Schema.LIKES).build().getXYPlot());
    assertThat(plain).noneMatch(k -> k.contains("field guide"));
    List<String> asked = keys(FollowerEngagementChart.of(notes).y(Schema.LIKES).ratioLines(0.1)
        .build().getXYPlot());
    assertThat(asked).anyMatch(k -> k.contains("field guide"));
  }

  @Test
  void flaggedKols_areRingedAndLabelledByName_inChinese() {
    JFreeChart chart = accountChart();
    Set<String> flaggedNames = new HashSet<>();
    BooleanColumn s = ACCOUNTS.booleanColumn("suspicious");
    StringColumn names = ACCOUNTS.stringColumn(Schema.NAME);
    for (int r = 0; r < ACCOUNTS.rowCount(); r++) {
      if (s.get(r)) {
        flaggedNames.add(names.get(r));
      }
    }
    List<String> labels = ChartTestSupport.pointLabels(chart.getXYPlot().getAnnotations());
    assertThat(labels).hasSize(Math.min(20, flaggedNames.size()));
    assertThat(flaggedNames).containsAll(labels);
    assertThat(labels).anyMatch(l -> l.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
    for (String l : labels) {
      assertThat(ChartFonts.canDisplay(l)).as(l).isTrue();
    }
    assertThat(keys(chart.getXYPlot())).contains("flagged (" + flaggedNames.size() + ")");
  }

  @Test
  void verdictTextColumn_countsAnythingButOkAsFlagged() {
    Table t = SyntheticKols.accounts(60, 2);
    StringColumn v = StringColumn.create("verdict");
    for (int r = 0; r < t.rowCount(); r++) {
      v.append(r == 3 ? "suspicious" : r == 8 ? "FAKE" : r % 2 == 0 ? "ok" : "");
    }
    t.addColumns(v);
    JFreeChart c = FollowerEngagementChart.of(t).flagged("verdict").outlierSigma(0).build();
    assertThat(keys(c.getXYPlot())).contains("flagged (2)");
    assertThat(ChartTestSupport.pointLabels(c.getXYPlot().getAnnotations()))
        .containsExactlyInAnyOrder(t.stringColumn(Schema.NAME).get(3), t.stringColumn(Schema.NAME).get(8));
  }

  @Test
  void outliers_farFromThePowerLaw_areLabelledWithoutAFlagColumn() {
    // the reference case plants two outliers: 8,900 followers with 15,000 likes and 2.1M with 900
    JsonNode c = ChartTestSupport.referenceCase("ols_loglog_influence.json");
    Table t = Table.create("ref",
        DoubleColumn.create(Schema.FOLLOWERS, ChartTestSupport.doubles(c.at("/input/followers"))),
        DoubleColumn.create(Schema.LIKES, ChartTestSupport.doubles(c.at("/input/likes"))));
    StringColumn names = StringColumn.create(Schema.NAME);
    for (int i = 0; i < t.rowCount(); i++) {
      names.append("kol" + (i + 1));
    }
    t.addColumns(names);
    JFreeChart chart = FollowerEngagementChart.of(t).y(Schema.LIKES).outlierSigma(1.5).build();
    assertThat(ChartTestSupport.pointLabels(chart.getXYPlot().getAnnotations()))
        .containsExactlyInAnyOrder("kol4", "kol19");
  }

  @Test
  void fitAndBand_matchReferenceOls_onLog10Scale() {
    // R 4.2.2 lm(log10(likes) ~ log10(followers)) from ols_loglog_influence.json
    JsonNode c = ChartTestSupport.referenceCase("ols_loglog_influence.json");
    double[] f = ChartTestSupport.doubles(c.at("/input/followers"));
    Table t = Table.create("ref",
        DoubleColumn.create(Schema.FOLLOWERS, f),
        DoubleColumn.create(Schema.LIKES, ChartTestSupport.doubles(c.at("/input/likes"))));
    XYPlot plot = FollowerEngagementChart.of(t).y(Schema.LIKES).build().getXYPlot();
    XYDataset line = datasetWithKey(plot, "power law");
    int s = 0;
    while (!line.getSeriesKey(s).toString().startsWith("power law")) {
      s++;
    }
    double u0 = Math.log10(line.getXValue(s, 0));
    double u1 = Math.log10(line.getXValue(s, 1));
    double v0 = Math.log10(line.getYValue(s, 0));
    double v1 = Math.log10(line.getYValue(s, 1));
    double slope = c.at("/expected/slope").asDouble();
    double intercept = c.at("/expected/intercept").asDouble();
    assertThat((v1 - v0) / (u1 - u0)).isCloseTo(slope, within(1e-9));
    assertThat(v0 - slope * u0).isCloseTo(intercept, within(1e-9));
    // band at the smallest x: t·σ·√(1/n + (u − ū)²/S_uu), S_uu = (σ / se_slope)²;
    // R: qt(0.975, 18) = 2.10092204024096
    org.jfree.data.xy.YIntervalSeriesCollection band =
        (org.jfree.data.xy.YIntervalSeriesCollection) datasetWithKey(plot, "95 % confidence band");
    double sigma = c.at("/expected/residual_std_error").asDouble();
    double suu = Math.pow(sigma / c.at("/expected/se_slope").asDouble(), 2);
    double mean = java.util.Arrays.stream(f).map(Math::log10).average().orElseThrow();
    double ub = Math.log10(band.getXValue(0, 0));
    double half = 2.10092204024096 * sigma * Math.sqrt(1.0 / 20 + (ub - mean) * (ub - mean) / suu);
    assertThat(ub).isCloseTo(Math.log10(1200), within(1e-12));
    assertThat(Math.log10(band.getEndYValue(0, 0)) - Math.log10(band.getYValue(0, 0)))
        .isCloseTo(half, within(1e-9));
    assertThat(Math.log10(band.getYValue(0, 0)) - Math.log10(band.getStartYValue(0, 0)))
        .isCloseTo(half, within(1e-9));
  }

  @Test
  void exactPowerLaw_subtitleShowsTheExponent() {
    DoubleColumn x = DoubleColumn.create(Schema.FOLLOWERS);
    DoubleColumn y = DoubleColumn.create(Schema.LIKES);
    for (int i = 0; i < 50; i++) {
      double f = Math.pow(10, 3 + i * 0.08);
      x.append(f);
      y.append(2 * Math.sqrt(f)); // y = 2·x^0.5 exactly
    }
    JFreeChart chart = FollowerEngagementChart.of(Table.create("t", x, y)).y(Schema.LIKES).build();
    assertThat(ChartTestSupport.subtitles(chart)).contains("y = 2·x^0.5");
  }

  @Test
  void render_plotAreaIsNotBlank() {
    ChartTestSupport.Drawn d = ChartTestSupport.draw(accountChart());
    assertThat(d.dataArea().getWidth()).isGreaterThan(400);
    assertThat(d.inkShare()).isGreaterThan(0.01);
  }

  @Test
  void manyPoints_switchToDensityCells_andSayItInTheSubtitle() {
    Table big = SyntheticKols.accounts(60_000, 5);
    JFreeChart chart = FollowerEngagementChart.of(big).flagged("suspicious").build();
    XYPlot plot = chart.getXYPlot();
    boolean density = false;
    for (int i = 0; i < plot.getRendererCount(); i++) {
      XYItemRenderer r = plot.getRenderer(i);
      density |= r instanceof LogDensityRenderer;
    }
    assertThat(density).isTrue();
    assertThat(ChartTestSupport.subtitles(chart)).contains("60,000 KOLs").contains("density cells");
    assertThat(ChartTestSupport.titles(chart)).anyMatch(t -> t instanceof PaintScaleLegend);
    assertThat(ChartTestSupport.draw(chart).inkShare()).isGreaterThan(0.05);
  }

  @Test
  void densityThreshold_isConfigurable_andTierBoundsAreMarked() {
    JFreeChart chart = FollowerEngagementChart.of(ACCOUNTS).densityThreshold(100).build();
    assertThat(ChartTestSupport.subtitles(chart)).contains("more than 100 points");
    List<String> markers = new ArrayList<>();
    for (Object m : chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
      markers.add(((org.jfree.chart.plot.Marker) m).getLabel());
    }
    assertThat(markers).containsExactly("初级 micro ≥ 5k", "腰部 mid ≥ 50k", "头部 top ≥ 500k");
  }

  @Test
  void rowsWithZeroOrMissing_areCountedNotPlotted() {
    Table t = SyntheticKols.accounts(50, 3);
    t.longColumn(Schema.LIKES_AND_COLLECTS).set(0, 0L);
    t.longColumn(Schema.FOLLOWERS).setMissing(1);
    JFreeChart chart = FollowerEngagementChart.of(t).build();
    assertThat(ChartTestSupport.subtitles(chart)).contains("48 KOLs").contains("2 rows with zero or missing");
  }

  @Test
  void internationalTiers_giveSixSeriesAtMost() {
    JFreeChart chart = FollowerEngagementChart.of(ACCOUNTS).tiers(Tiers.INTERNATIONAL).build();
    XYDataset points = datasetWithKey(chart.getXYPlot(), "素人 under-nano");
    assertThat(points).isNotNull();
    assertThat(points.getSeriesCount()).isBetween(5, 6);
  }

  @Test
  void missingColumn_isRejectedWithItsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FollowerEngagementChart.of(ACCOUNTS).y("nope").build());
    assertThat(e.getMessage()).contains("'nope'");
  }

  @Test
  void noPositiveRows_isRejected() {
    Table t = SyntheticKols.accounts(5, 1);
    for (int r = 0; r < 5; r++) {
      t.longColumn(Schema.LIKES_AND_COLLECTS).set(r, 0L);
    }
    assertThrows(IllegalArgumentException.class, () -> FollowerEngagementChart.of(t).build());
  }

  @Test
  void badOptions_areRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> FollowerEngagementChart.of(ACCOUNTS).loessBandwidth(0));
    assertThrows(IllegalArgumentException.class,
        () -> FollowerEngagementChart.of(ACCOUNTS).ratioLines(-3));
    assertThrows(IllegalArgumentException.class,
        () -> FollowerEngagementChart.of(ACCOUNTS).densityThreshold(0));
  }

  @Test
  void loess_manyTiedFollowerCounts_drawOnePointPerCount_onTheLaw() {
    DoubleColumn x = DoubleColumn.create(Schema.FOLLOWERS);
    DoubleColumn y = DoubleColumn.create(Schema.LIKES);
    for (int i = 0; i < 500; i++) {
      double f = 1000 * (1 + i % 25); // heavy ties, which LoessInterpolator rejects unmerged
      x.append(f);
      y.append(2 * Math.pow(f, 0.7));
    }
    XYPlot plot = FollowerEngagementChart.of(Table.create("t", x, y)).y(Schema.LIKES).build()
        .getXYPlot();
    XYDataset d = datasetWithKey(plot, "LOESS");
    int s = 0;
    while (!d.getSeriesKey(s).toString().startsWith("LOESS")) {
      s++;
    }
    assertThat(d.getItemCount(s)).isEqualTo(25);
    for (int i = 0; i < 25; i++) {
      // local linear fits reproduce a straight log-log line (Cleveland 1979)
      assertThat(d.getYValue(s, i)).isCloseTo(2 * Math.pow(d.getXValue(s, i), 0.7),
          within(1e-9 * d.getYValue(s, i)));
    }
  }

  @Test
  void twoRows_drawWithoutFitOrLoess() {
    Table t = SyntheticKols.accounts(2, 9);
    JFreeChart c = FollowerEngagementChart.of(t).build();
    assertThat(keys(c.getXYPlot())).noneMatch(k -> k.startsWith("power law") || k.startsWith("LOESS"));
    assertThat(ChartTestSupport.draw(c).inkShare()).isGreaterThan(0);
  }

  @Test
  void customTierColumn_unknownLabels_orderedByMedianFollowers() {
    Table t = SyntheticKols.accounts(200, 4);
    StringColumn size = StringColumn.create("size");
    for (int r = 0; r < t.rowCount(); r++) {
      size.append(t.longColumn(Schema.FOLLOWERS).get(r) < 100_000 ? "small" : "big");
    }
    t.addColumns(size);
    XYDataset points = datasetWithKey(
        FollowerEngagementChart.of(t).tierColumn("size").build().getXYPlot(), "small");
    assertThat(points.getSeriesCount()).isEqualTo(2);
    assertThat(points.getSeriesKey(1).toString()).startsWith("big");
  }
}
