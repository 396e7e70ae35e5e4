package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.data.Generator;
import org.kolscope.timing.Content;
import org.kolscope.timing.Timing;
import tech.tablesaw.api.Table;

/**
 * The timing charts drawn headlessly: the weekday × hour heatmap greys its thin cells and outlines
 * the best ones, the hour profile draws the CI band, thin hours and the posting share, and the
 * content box plot draws two boxes per tier. Data: 300 generated accounts (≈6,000 notes).
 */
class TimingCharts_RenderTest {
  static Table notes;
  static Timing.Result timing;

  @BeforeAll
  static void data() {
    notes = Generator.builder().accounts(300).seed(5).build().generate().notes();
    timing = Timing.of(notes).resamples(200).run();
  }

  /** The colour drawn at the centre of a heatmap cell. */
  private static Color cellColour(JFreeChart chart, int weekdayIndex, int hour) {
    ChartTestSupport.Drawn d = ChartTestSupport.draw(chart);
    XYPlot plot = chart.getXYPlot();
    Rectangle2D area = d.dataArea();
    double x = plot.getDomainAxis().valueToJava2D(hour, area, plot.getDomainAxisEdge());
    double y = plot.getRangeAxis().valueToJava2D(6 - weekdayIndex, area, plot.getRangeAxisEdge());
    return new Color(d.image().getRGB((int) Math.round(x), (int) Math.round(y)), true);
  }

  @Test
  void heatmap_thinCellsGrey_othersOnTheRamp() {
    JFreeChart chart = PostingHeatmap.of(timing).build();
    List<Timing.Slot> cells = timing.all().byWeekdayHour();
    Timing.Slot thin = cells.stream().filter(Timing.Slot::thin).findFirst().orElseThrow();
    Timing.Slot full = cells.stream().filter(s -> !s.thin()
        && !timing.all().bestWeekdayHours().contains(s)).findFirst().orElseThrow();
    assertThat(cellColour(chart, thin.weekday().getValue() - 1, thin.hour()))
        .isEqualTo(PostingHeatmap.THIN);
    Color c = cellColour(chart, full.weekday().getValue() - 1, full.hour());
    assertThat(ChartTestSupport.distance(c, PostingHeatmap.THIN)).isGreaterThan(60);
  }

  @Test
  void heatmap_bestCellsOutlinedAndNumbered_legendAndSubtitle() {
    JFreeChart chart = PostingHeatmap.of(timing).tier("micro").build();
    XYPlot plot = chart.getXYPlot();
    assertThat(plot.getAnnotations().stream().filter(a -> a instanceof XYBoxAnnotation).count())
        .isEqualTo(3);
    assertThat(plot.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
        .map(a -> ((XYTextAnnotation) a).getText())).containsExactly("1", "2", "3");
    assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols()[6]).isEqualTo("Mon");
    assertThat(chart.getTitle().getText()).endsWith("— micro");
    assertThat(ChartTestSupport.titles(chart)).anyMatch(t -> t instanceof PaintScaleLegend);
    assertThat(ChartTestSupport.subtitles(chart)).contains("grey: fewer than 30 notes");
  }

  @Test
  void heatmap_unknownTier_listsTheTiers() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostingHeatmap.of(timing).tier("mega"));
    assertThat(e.getMessage()).contains("no tier 'mega'").contains("micro");
  }

  @Test
  void hourProfile_bandForRankedHours_pointsForThin_barsForEveryHour() {
    JFreeChart chart = HourProfileChart.of(timing).tier("KOC").build();
    XYPlot plot = chart.getXYPlot();
    Timing.Profile koc = timing.byTier().get(0);
    long ranked = koc.byHour().stream().filter(s -> !s.thin()).count();
    double lo = koc.byHour().stream().filter(s -> !s.thin()).mapToDouble(Timing.Slot::ciLow)
        .min().orElseThrow();
    double hi = koc.byHour().stream().filter(s -> !s.thin()).mapToDouble(Timing.Slot::ciHigh)
        .max().orElseThrow();
    long thinWithMedian = koc.byHour().stream().filter(s -> s.thin() && !Double.isNaN(s.median())
        && s.median() >= lo && s.median() <= hi).count();
    IntervalXYDataset band = (IntervalXYDataset) plot.getDataset(0);
    assertThat(band.getItemCount(0)).isEqualTo((int) ranked);
    assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo((int) thinWithMedian);
    assertThat(plot.getDataset(2).getItemCount(0)).isEqualTo(24);
    assertThat(plot.getRangeAxisCount()).isEqualTo(2);
    for (int i = 0; i < band.getItemCount(0); i++) {
      assertThat(band.getStartYValue(0, i)).isLessThanOrEqualTo(band.getYValue(0, i));
      assertThat(band.getEndYValue(0, i)).isGreaterThanOrEqualTo(band.getYValue(0, i));
    }
    assertThat(ChartTestSupport.draw(chart).inkShare()).isGreaterThan(0.02);
  }

  @Test
  void hourProfile_thinOutlierOffTheScale_notDrawnButCounted() {
    // a thin hour whose one note engages 100 times its followers must not squash the ranked hours
    var at = notes.dateTimeColumn("published_at");
    var old = at.max().minusDays(3);
    int keep = 0;
    while (at.get(keep).getHour() != 4 || at.get(keep).isAfter(old)) {
      keep++;
    }
    int chosen = keep;
    Table t = notes.where(at.hour().isNotEqualTo(4)).append(notes.rows(chosen));
    int last = t.rowCount() - 1;
    t.longColumn("likes").set(last, t.longColumn("followers").get(last) * 100);
    Timing.Result r = Timing.of(t).minNotes(200).resamples(100).run();
    JFreeChart chart = HourProfileChart.of(r).build();
    assertThat(ChartTestSupport.subtitles(chart)).contains("off the scale not drawn");
    double top = chart.getXYPlot().getRangeAxis().getUpperBound();
    assertThat(top).isLessThan(1.0);
  }

  @Test
  void contentBoxes_twoPerTier_pAndDeltaInTheLabels() {
    Content.Result c = Content.of(notes).resamples(200).run();
    JFreeChart chart = ContentBoxChart.of(c).withAll(true).build();
    XYPlot plot = chart.getXYPlot();
    long boxes = plot.getAnnotations().stream().filter(a -> a instanceof XYBoxAnnotation).count();
    assertThat(boxes).isEqualTo(2L * (1 + c.byTier().size()));
    String[] labels = ((SymbolAxis) plot.getDomainAxis()).getSymbols();
    assertThat(labels[0]).startsWith("all  p ").contains("δ ");
    assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(2);
    assertThat(plot.getFixedLegendItems().get(1).getLabel()).isEqualTo("video");
    assertThat(ChartTestSupport.draw(chart).inkShare()).isGreaterThan(0.02);
  }
}
