package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kolscope.io.NoteIds;
import org.kolscope.timing.Timing;

/**
 * When KOLs post against when it pays, by hour of day: the median value of each hour's notes with
 * its bootstrap CI as a band (a line through the hours with enough notes; hollow points for the
 * thin ones), and behind it, on the right axis, the share of notes published in each hour. A
 * dashed line marks the median of all the notes. The value axis spans the ranked hours' CIs (log
 * scale when they span more than a decade); a thin hour's median outside them is not drawn, and
 * the subtitle counts it.
 *
 * <pre>{@code
 * JFreeChart c = HourProfileChart.of(Timing.of(notes).run()).tier("micro").build();
 * }</pre>
 */
public final class HourProfileChart {
  private HourProfileChart() {}

  /**
   * Starts a profile of all notes of a timing result.
   *
   * @param result the analysis (not null)
   * @return the builder
   */
  public static Builder of(Timing.Result result) {
    return new Builder(result);
  }

  /** The profile of {@code tier}, or of all notes when tier is null or {@code all}. */
  static Timing.Profile profile(Timing.Result result, String tier) {
    if (tier == null || tier.equals("all")) {
      return result.all();
    }
    return result.byTier().stream().filter(p -> p.group().equals(tier)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no tier '" + tier + "' in the timing"
            + " result; its tiers are " + result.byTier().stream().map(Timing.Profile::group)
            .toList()));
  }

  /** Options; {@link #build()} draws the chart. */
  public static final class Builder extends ChartOptions<Builder> {
    private final Timing.Result result;
    private Timing.Profile profile;
    private DoubleFunction<String> format = ReadableLogAxis.PERCENT;

    private Builder(Timing.Result result) {
      this.result = Objects.requireNonNull(result, "timing result");
      this.profile = result.all();
    }

    /**
     * One tier's notes instead of all.
     *
     * @param tier a tier label of the result (not null)
     * @return this
     * @throws IllegalArgumentException if the result has no such tier, listing those it has
     */
    public Builder tier(String tier) {
      this.profile = profile(result, Objects.requireNonNull(tier, "tier"));
      return this;
    }

    /**
     * The format of the value axis (default percent: 0.012 → {@code 1.2%}).
     *
     * @param f the format (not null)
     * @return this
     */
    public Builder format(DoubleFunction<String> f) {
      this.format = Objects.requireNonNull(f, "format");
      return this;
    }

    /**
     * Draws the chart.
     *
     * @return the chart
     * @throws IllegalArgumentException if no hour has a median
     */
    @Override
    public JFreeChart build() {
      YIntervalSeries band = new YIntervalSeries("median with 95 % CI (" + result.minNotes()
          + "+ notes)");
      XYSeries thin = new XYSeries("median of a thin hour (not ranked)");
      XYSeries share = new XYSeries("share of notes published");
      int medians = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Timing.Slot s : profile.byHour()) {
        share.add(s.hour(), s.share());
        if (Double.isNaN(s.median())) {
          continue;
        }
        medians++;
        if (!s.thin()) {
          band.add(s.hour(), s.median(), s.ciLow(), s.ciHigh());
          lo = Math.min(lo, Double.isNaN(s.ciLow()) ? s.median() : s.ciLow());
          hi = Math.max(hi, Double.isNaN(s.ciHigh()) ? s.median() : s.ciHigh());
        }
      }
      // the axis spans the ranked hours' CIs: a thin hour of two notes must not squash them
      int offScale = 0;
      for (Timing.Slot s : profile.byHour()) {
        if (s.thin() && !Double.isNaN(s.median())) {
          if (band.getItemCount() == 0 || (s.median() >= lo && s.median() <= hi)) {
            thin.add(s.hour(), s.median());
          } else {
            offScale++;
          }
        }
      }
      if (medians == 0) {
        throw new IllegalArgumentException("no hour of " + profile.group()
            + " has a note old enough with a value: nothing to draw");
      }
      NumberAxis x = new NumberAxis("hour of publication (" + NoteIds.zoneName(result.zone()) + ")");
      x.setRange(-0.6, 23.6);
      x.setTickUnit(new NumberTickUnit(2));
      x.setNumberFormatOverride(new TierBoxChart.FunctionFormat(
          v -> String.format(Locale.ROOT, "%02d", (long) v)));
      boolean log = band.getItemCount() > 0 && lo > 0 && hi / lo > 10;
      org.jfree.chart.axis.ValueAxis y;
      if (log) {
        y = new ReadableLogAxis("median " + result.valueName() + " (log scale)", format);
      } else {
        NumberAxis na = new NumberAxis("median " + result.valueName());
        na.setNumberFormatOverride(new TierBoxChart.FunctionFormat(format));
        na.setAutoRangeIncludesZero(false);
        y = na;
      }
      NumberAxis y2 = new NumberAxis("share of notes published in the hour");
      y2.setNumberFormatOverride(new TierBoxChart.FunctionFormat(ReadableLogAxis.PERCENT));
      y2.setAutoRangeIncludesZero(true);
      y2.setUpperMargin(0.6);

      XYPlot plot = new XYPlot();
      plot.setDomainAxis(x);
      plot.setRangeAxis(0, y);
      plot.setRangeAxis(1, y2);
      plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
      plot.setDomainGridlinesVisible(false);

      Color line = ChartTheme.tierColor(4);
      YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
      bandData.addSeries(band);
      DeviationRenderer dr = new DeviationRenderer(true, true);
      dr.setSeriesPaint(0, line);
      dr.setSeriesFillPaint(0, line);
      dr.setSeriesStroke(0, new BasicStroke(2.2f));
      dr.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
      dr.setAlpha(0.2f);
      plot.setDataset(0, bandData);
      plot.setRenderer(0, dr);

      XYSeriesCollection thinData = new XYSeriesCollection(thin);
      XYLineAndShapeRenderer tr = new XYLineAndShapeRenderer(false, true);
      tr.setSeriesPaint(0, line);
      tr.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
      tr.setSeriesShapesFilled(0, false);
      tr.setUseOutlinePaint(false);
      plot.setDataset(1, thinData);
      plot.setRenderer(1, tr);

      XYSeriesCollection shareData = new XYSeriesCollection(share);
      shareData.setIntervalWidth(0.8);
      XYBarRenderer br = new XYBarRenderer();
      br.setBarPainter(new StandardXYBarPainter());
      br.setShadowVisible(false);
      br.setSeriesPaint(0, ChartTheme.withAlpha(ChartTheme.tierColor(2), 0.35));
      plot.setDataset(2, shareData);
      plot.setRenderer(2, br);
      plot.mapDatasetToRangeAxis(2, 1);
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);

      if (!Double.isNaN(profile.median())) {
        ValueMarker all = new ValueMarker(profile.median(), ChartTheme.FIT, new BasicStroke(1.2f,
            BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
        all.setLabel("all notes " + format.apply(profile.median()));
        all.setLabelFont(theme.annotationFont());
        all.setLabelPaint(ChartTheme.MUTED);
        all.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        all.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(0, all, org.jfree.chart.ui.Layer.FOREGROUND);
      }
      String t = title != null ? title : "When KOLs post and when it pays"
          + (profile.group().equals("all") ? "" : " — " + profile.group());
      JFreeChart chart = new JFreeChart(t, null, plot, true);
      chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
          "line: median %s of the notes at least %s old at the crawl, band: 95 %% bootstrap CI"
              + " · bars: share of all %,d notes published in each hour%s",
          result.valueName(), org.kolscope.timing.TimeText.duration(result.minAge()),
          profile.notes(), offScale == 0 ? "" : String.format(Locale.ROOT,
              " · %d thin hour(s) off the scale not drawn", offScale))));
      LegendTitle legend = chart.getLegend();
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(BlockBorder.NONE);
      theme.apply(chart);
      return chart;
    }
  }
}
