package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

class CostPerEngagementChart_RenderTest {

  @Test
  void notes_cpeIsCostOverLikesCollectsComments_mediansPerTier() {
    Table notes = SyntheticKols.notes(800, 4);
    notes.longColumn(Schema.LIKES).set(0, 0L);
    notes.longColumn(Schema.COLLECTS).set(0, 0L);
    notes.longColumn(Schema.COMMENTS).set(0, 0L);
    JFreeChart c = CostPerEngagementChart.of(notes).build();
    XYPlot plot = c.getXYPlot();
    assertThat(plot.getDataset().getSeriesCount()).isEqualTo(4);
    assertThat(ChartTestSupport.subtitles(c))
        .contains("CPE = cost_rmb / (likes + collects + comments)")
        .contains("1 rows without cost or engagement left out");
    List<String> medians = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation t) {
        medians.add(t.getText());
      }
    }
    // independent: Commons Math R-7 median of log10 CPE among micro (5k–50k) notes
    List<Double> logs = new ArrayList<>();
    for (int r = 0; r < notes.rowCount(); r++) {
      long f = notes.longColumn(Schema.FOLLOWERS).get(r);
      double e = notes.longColumn(Schema.LIKES).get(r) + notes.longColumn(Schema.COLLECTS).get(r)
          + notes.longColumn(Schema.COMMENTS).get(r);
      if (f >= 5_000 && f < 50_000 && e > 0) {
        logs.add(Math.log10(notes.doubleColumn(Schema.COST_RMB).get(r) / e));
      }
    }
    double med = Math.pow(10, new Percentile().withEstimationType(EstimationType.R_7)
        .evaluate(logs.stream().mapToDouble(Double::doubleValue).toArray(), 50));
    assertThat(medians.get(1)).isEqualTo("¥" + ReadableLogAxis.plain(med));
    assertThat(ChartTestSupport.draw(c).inkShare()).isGreaterThan(0.01);
  }

  /**
   * Interactions follow metrics.Interactions (Xinhong's 互动量): a note missing one of likes,
   * collects and comments has no interactions, so no CPE — the audit's cost_rmb / interactions
   * is missing there too. The input table is not modified.
   */
  @Test
  void notes_missingPart_hasNoCpe_andTableIsLeftAlone() {
    Table notes = SyntheticKols.notes(300, 8);
    notes.longColumn(Schema.COLLECTS).setMissing(5);
    notes.longColumn(Schema.COMMENTS).setMissing(6);
    List<String> before = notes.columnNames();
    JFreeChart c = CostPerEngagementChart.of(notes).build();
    assertThat(ChartTestSupport.subtitles(c)).contains("2 rows without cost or engagement left out");
    assertThat(notes.columnNames()).isEqualTo(before);
  }

  @Test
  void accounts_usePricePerAverageNoteEngagement() {
    JFreeChart c = CostPerEngagementChart.of(SyntheticKols.accounts(200, 3)).build();
    assertThat(ChartTestSupport.subtitles(c)).contains("CPE = price_rmb / (likes_and_collects / notes)");
  }

  @Test
  void noCostColumn_isRejectedWithColumns() {
    Table t = SyntheticKols.notes(20, 1);
    t.removeColumns(Schema.COST_RMB);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CostPerEngagementChart.of(t).build());
    assertThat(e.getMessage()).contains("price_rmb");
  }
}
