package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.RegressionResult;

class ResidualsChart_RenderTest {
  private static final JsonNode CASE = ChartTestSupport.referenceCase("ols_loglog_influence.json");
  private static final double[] H = ChartTestSupport.doubles(CASE.at("/expected/leverage_hat"));
  private static final double[] T =
      ChartTestSupport.doubles(CASE.at("/expected/studentized_external_rstudent"));

  private static String[] names() {
    String[] n = new String[H.length];
    for (int i = 0; i < n.length; i++) {
      n[i] = i == 18 ? "小红薯" : "kol" + (i + 1);
    }
    return n;
  }

  @Test
  void cooksDistance_fromLeverageAndRstudent_matchesReference() {
    // statsmodels OLSInfluence.cooks_distance / R cooks.distance(fit), ols_loglog_influence.json
    double[] ref = ChartTestSupport.doubles(CASE.at("/expected/cooks_distance"));
    double[] d = ResidualsChart.of(H, T, 2).cooksDistance();
    for (int i = 0; i < ref.length; i++) {
      assertThat(d[i]).isCloseTo(ref[i], within(1e-9 * Math.max(1, ref[i])));
    }
  }

  @Test
  void regressionResult_drawnAsItIs_withIdsAsLabels() {
    // R 4.2.2 hatvalues / rstudent / cooks.distance on ols_loglog_influence.json
    double[] x = ChartTestSupport.doubles(CASE.at("/input/x_log10_followers"));
    double[] y = ChartTestSupport.doubles(CASE.at("/input/y_log10_likes"));
    double[] ref = ChartTestSupport.doubles(CASE.at("/expected/cooks_distance"));
    RegressionResult fit = OlsInfluence.fit(x, y);
    ResidualsChart.Builder b = ResidualsChart.of(fit);
    double[] d = b.cooksDistance();
    for (int i = 0; i < ref.length; i++) {
      assertThat(d[i]).isCloseTo(ref[i], within(1e-9 * Math.max(1, ref[i])));
    }
    JFreeChart c = b.build();
    XYDataset pts = c.getXYPlot().getDataset(0);
    int drawn = 0;
    for (int s = 0; s < pts.getSeriesCount(); s++) {
      for (int k = 0; k < pts.getItemCount(s); k++) {
        drawn++;
        double h = pts.getXValue(s, k);
        int i = 0;
        while (Math.abs(H[i] - h) > 1e-9) {
          i++;
        }
        assertThat(pts.getYValue(s, k)).isCloseTo(T[i], within(1e-9 * Math.max(1, Math.abs(T[i]))));
      }
    }
    assertThat(drawn).isEqualTo(20);
    // plain numbers have no ids: rows are named by their 1-based position
    assertThat(ChartTestSupport.pointLabels(c.getXYPlot().getAnnotations())).startsWith("row 4");
    assertThat(c.getTitle().getText()).isEqualTo("Residuals vs leverage: y ~ x");
  }

  @Test
  void chart_hasPointsContoursAndLabelsForInfluentialKols() {
    JFreeChart c = ResidualsChart.of(H, T, 2).labels(names()).build();
    XYPlot plot = c.getXYPlot();
    List<String> keys = new ArrayList<>();
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      XYDataset ds = plot.getDataset(d);
      for (int s = 0; s < ds.getSeriesCount(); s++) {
        keys.add(ds.getSeriesKey(s).toString());
      }
    }
    assertThat(keys).contains("Cook's D = 0.5", "Cook's D = 1");
    // reference Cook's D: 0.669 (row 4) and 0.524 (row 19) exceed 0.5
    assertThat(keys).contains("Cook's D ≥ 0.5 (2)");
    List<String> labels = ChartTestSupport.pointLabels(plot.getAnnotations());
    assertThat(labels).startsWith("kol4", "小红薯");
    assertThat(ChartTestSupport.subtitles(c)).contains("largest Cook's distance 0.67 (kol4)");
    assertThat(ChartTestSupport.draw(c).inkShare()).isGreaterThan(0.005);
  }

  @Test
  void contourPoints_haveTheContourCooksDistance() {
    JFreeChart c = ResidualsChart.of(H, T, 2).build();
    XYDataset contours = c.getXYPlot().getDataset(1);
    int n = H.length;
    int p = 2;
    for (int s = 0; s < contours.getSeriesCount(); s++) {
      double level = contours.getSeriesKey(s).toString().trim().endsWith("1") ? 1 : 0.5;
      for (int i = 0; i < contours.getItemCount(s); i += 20) {
        double h = contours.getXValue(s, i);
        double t = contours.getYValue(s, i);
        // back to the internal scale: r² = t²(n − p)/(n − p − 1 + t²); D = r² h / (p (1 − h))
        double r2 = t * t * (n - p) / (n - p - 1 + t * t);
        assertThat(r2 * h / (p * (1 - h))).isCloseTo(level, within(1e-9));
      }
    }
  }

  @Test
  void manyPoints_drawASeededSample_butAlwaysTheInfluentialOnes() {
    int n = 30_000;
    double[] h = new double[n];
    double[] t = new double[n];
    java.util.Random rnd = new java.util.Random(1);
    for (int i = 0; i < n; i++) {
      h[i] = 1.0 / n + rnd.nextDouble() * 1e-4;
      t[i] = rnd.nextGaussian();
    }
    h[0] = 0.5; // D = r²h/(p(1 − h)) with t = 4: far above 1
    t[0] = 4;
    JFreeChart c = ResidualsChart.of(h, t, 2).maxPoints(1_000).build();
    XYDataset pts = c.getXYPlot().getDataset(0);
    assertThat(pts.getItemCount(0)).isEqualTo(1_000);
    assertThat(pts.getSeriesKey(0).toString()).contains("29,999; a sample of 1,000 drawn");
    assertThat(pts.getItemCount(1)).isEqualTo(1);
  }

  @Test
  void badInput_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ResidualsChart.of(new double[] {0.1, 0.2},
        new double[] {1}, 1));
    assertThrows(IllegalArgumentException.class, () -> ResidualsChart.of(new double[] {0.1, 1.2, 0.3, 0.2},
        new double[] {1, 1, 1, 1}, 1));
    assertThrows(IllegalArgumentException.class, () -> ResidualsChart.of(H, T, 19));
    assertThrows(IllegalArgumentException.class, () -> ResidualsChart.of(H, T, 2).labels("a"));
  }
}
