package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

class RatioHistogram_RenderTest {
  private static final Table ACC = SyntheticKols.accounts(400, 7);

  private static IntervalMarker band(XYPlot plot) {
    for (Layer l : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
      if (plot.getDomainMarkers(l) != null) {
        for (Object m : plot.getDomainMarkers(l)) {
          if (m instanceof IntervalMarker im) {
            return im;
          }
        }
      }
    }
    return null;
  }

  @Test
  void likesPerFollower_shadesThe3to5Band_andCountsEveryAccount() {
    JFreeChart c = RatioHistogram.likesPerFollower(ACC).build();
    XYPlot plot = c.getXYPlot();
    IntervalMarker m = band(plot);
    assertThat(m.getStartValue()).isEqualTo(3);
    assertThat(m.getEndValue()).isEqualTo(5);
    assertThat(plot.getDomainAxis()).isInstanceOf(ReadableLogAxis.class);
    IntervalXYDataset d = (IntervalXYDataset) plot.getDataset();
    double sum = 0;
    for (int i = 0; i < d.getItemCount(0); i++) {
      sum += d.getYValue(0, i);
    }
    long positive = 0;
    long inside = 0;
    for (int r = 0; r < ACC.rowCount(); r++) {
      double ratio = (double) ACC.longColumn(Schema.LIKES_AND_COLLECTS).get(r)
          / ACC.longColumn(Schema.FOLLOWERS).get(r);
      positive += ratio > 0 ? 1 : 0;
      inside += ratio >= 3 && ratio <= 5 ? 1 : 0;
    }
    assertThat(sum).isEqualTo(positive);
    assertThat(ChartTestSupport.subtitles(c)).contains(String.format(Locale.ROOT,
        "inside the healthy band 3×–5×: %.0f %%", 100.0 * inside / positive));
  }

  /** Ratios come from metrics.Ratio: a zero or missing denominator leaves the row out. */
  @Test
  void zeroOrMissingFollowers_areLeftOut_andTableIsLeftAlone() {
    Table t = SyntheticKols.accounts(50, 9);
    t.longColumn(Schema.FOLLOWERS).set(0, 0L);
    t.longColumn(Schema.FOLLOWERS).setMissing(1);
    java.util.List<String> before = t.columnNames();
    JFreeChart c = RatioHistogram.likesPerFollower(t).build();
    assertThat(ChartTestSupport.subtitles(c)).contains("n = 48");
    assertThat(t.columnNames()).isEqualTo(before);
  }

  @Test
  void likesPerView_usesPercentBand() {
    JFreeChart c = RatioHistogram.likesPerView(SyntheticKols.notes(500, 2)).build();
    IntervalMarker m = band(c.getXYPlot());
    assertThat(m.getStartValue()).isEqualTo(0.01);
    assertThat(m.getEndValue()).isEqualTo(0.03);
    assertThat(m.getLabel()).isEqualTo("healthy 1%–3%");
    assertThat(ChartTestSupport.draw(c).inkShare()).isGreaterThan(0.02);
  }

  @Test
  void customBand_andFixedBins() {
    JFreeChart c = RatioHistogram.of(new double[] {1, 2, 2, 3, 4, 8, 9}).band(2, 4).bins(5)
        .log(false).build();
    assertThat(band(c.getXYPlot()).getEndValue()).isEqualTo(4);
    assertThat(c.getXYPlot().getDataset().getItemCount(0)).isEqualTo(5);
  }

  @Test
  void zerosOnLogScale_areCountedAsNotShown() {
    JFreeChart c = RatioHistogram.of(new double[] {0, 0, 1, 2, 3, 4, 5, 6, 7, 8}).build();
    assertThat(ChartTestSupport.subtitles(c)).contains("n = 8").contains("2 values ≤ 0");
  }

  @Test
  void badBand_andEmptyInput_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> RatioHistogram.of(new double[] {1}).band(5, 3));
    assertThrows(IllegalArgumentException.class, () -> RatioHistogram.of(new double[] {0, -1}).build());
  }
}
