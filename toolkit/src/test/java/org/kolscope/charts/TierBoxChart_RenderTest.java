package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

class TierBoxChart_RenderTest {
  private static final Table ACC = SyntheticKols.accounts(400, 7);

  private static JFreeChart ratioChart(long seed) {
    return TierBoxChart.of(ACC).ratio(Schema.LIKES_AND_COLLECTS, Schema.FOLLOWERS)
        .format(ReadableLogAxis.TIMES).seed(seed).build();
  }

  @Test
  void oneBoxAndOnePointSeriesPerTier() {
    XYPlot plot = ratioChart(42).getXYPlot();
    assertThat(plot.getDataset().getSeriesCount()).isEqualTo(4);
    long boxes = plot.getAnnotations().stream().filter(a -> a instanceof XYBoxAnnotation).count();
    assertThat(boxes).isEqualTo(4);
    assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()[1]).startsWith("初级 micro");
    assertThat(plot.getRangeAxis()).isInstanceOf(ReadableLogAxis.class);
  }

  @Test
  void medianLabels_matchCommonsMathR7MedianOnLog10Values() {
    XYPlot plot = ratioChart(42).getXYPlot();
    List<String> medians = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation t) {
        medians.add(t.getText());
      }
    }
    // independent: Commons Math Percentile with R's type 7, on log10 of each tier's ratios
    long[] lo = {0, 5_000, 50_000, 500_000};
    long[] hi = {5_000, 50_000, 500_000, Long.MAX_VALUE};
    for (int t = 0; t < 4; t++) {
      List<Double> logs = new ArrayList<>();
      for (int r = 0; r < ACC.rowCount(); r++) {
        long f = ACC.longColumn(Schema.FOLLOWERS).get(r);
        long l = ACC.longColumn(Schema.LIKES_AND_COLLECTS).get(r);
        if (f >= lo[t] && f < hi[t] && l > 0) {
          logs.add(Math.log10((double) l / f));
        }
      }
      double med = Math.pow(10, new Percentile().withEstimationType(EstimationType.R_7)
          .evaluate(logs.stream().mapToDouble(Double::doubleValue).toArray(), 50));
      assertThat(medians.get(t)).isEqualTo(ReadableLogAxis.TIMES.apply(med));
    }
  }

  @Test
  void jitter_isSeeded() {
    XYDataset a = ratioChart(7).getXYPlot().getDataset();
    XYDataset b = ratioChart(7).getXYPlot().getDataset();
    XYDataset c = ratioChart(8).getXYPlot().getDataset();
    assertThat(a.getXValue(0, 5)).isEqualTo(b.getXValue(0, 5));
    assertThat(a.getXValue(0, 5)).isNotEqualTo(c.getXValue(0, 5));
    assertThat(a.getXValue(2, 5)).isCloseTo(2, within(0.3));
  }

  @Test
  void largeTiers_drawASample_andSaySo() {
    JFreeChart c = TierBoxChart.of(SyntheticKols.accounts(3_000, 1))
        .value(Schema.FOLLOWERS).maxPointsPerTier(100).build();
    assertThat(c.getXYPlot().getDataset().getItemCount(0)).isEqualTo(100);
    assertThat(ChartTestSupport.subtitles(c)).contains("sample of 100 points");
  }

  @Test
  void linearAxis_whenAsked() {
    JFreeChart c = TierBoxChart.of(ACC).value(Schema.NOTES).log(false).build();
    assertThat(c.getXYPlot().getRangeAxis()).isNotInstanceOf(ReadableLogAxis.class);
    assertThat(ChartTestSupport.draw(c).inkShare()).isGreaterThan(0.01);
  }

  @Test
  void noValueChosen_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> TierBoxChart.of(ACC).build());
  }
}
