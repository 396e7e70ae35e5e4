package org.kolscope.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.kolscope.stats.groups.ResultTable;
import org.kolscope.timing.Content;

/**
 * Box plots of a {@link Content} comparison: per tier, the first group (image, gifted) beside the
 * second (video, paid), each box with its notes jittered beside it and its median written on its
 * outer side, as {@link TierBoxChart} draws them (quartiles, Tukey fences, log10 scale when the
 * values span two decades). Each tier's label carries its Mann–Whitney p and Cliff's δ.
 *
 * <pre>{@code
 * JFreeChart c = ContentBoxChart.of(Content.of(notes).by("cooperation").run()).build();
 * }</pre>
 */
public final class ContentBoxChart {
  /** Colours of the first and second group (Okabe–Ito blue and vermilion). */
  static final Color[] GROUP_COLORS = {ChartTheme.tierColor(4), ChartTheme.tierColor(5)};

  private ContentBoxChart() {}

  /**
   * Starts a box chart of a comparison.
   *
   * @param result the comparison (not null)
   * @return the builder
   */
  public static Builder of(Content.Result result) {
    return new Builder(result);
  }

  /** Options; {@link #build()} draws the chart. */
  public static final class Builder extends ChartOptions<Builder> {
    private final Content.Result result;
    private boolean withAll;
    private DoubleFunction<String> format = ReadableLogAxis.PERCENT;
    private int maxPoints = 600;
    private long seed = 42;

    private Builder(Content.Result result) {
      this.result = Objects.requireNonNull(result, "content result");
    }

    /**
     * Also draw all notes pooled, before the tiers (default: tiers only, or all notes when the
     * result has no tiers).
     *
     * @param on whether to draw the pooled notes
     * @return this
     */
    public Builder withAll(boolean on) {
      this.withAll = on;
      return this;
    }

    /**
     * The format of values (default percent).
     *
     * @param f the format (not null)
     * @return this
     */
    public Builder format(DoubleFunction<String> f) {
      this.format = Objects.requireNonNull(f, "format");
      return this;
    }

    /**
     * Most points drawn per box (default 600; a seeded sample beyond; boxes use every value).
     *
     * @param n at least 0
     * @return this
     * @throws IllegalArgumentException if n &lt; 0
     */
    public Builder maxPoints(int n) {
      this.maxPoints = Args.atLeast("maxPoints", n, 0);
      return this;
    }

    /**
     * The jitter seed (default 42).
     *
     * @param s the seed
     * @return this
     */
    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    /**
     * Draws the chart.
     *
     * @return the chart
     * @throws IllegalArgumentException if no group has a value
     */
    @Override
    public JFreeChart build() {
      List<Content.Comparison> cs = new ArrayList<>();
      if (withAll || result.byTier().isEmpty()) {
        cs.add(result.all());
      }
      cs.addAll(result.byTier());
      List<double[]> all = new ArrayList<>();
      for (Content.Comparison c : cs) {
        all.add(c.first().values());
        all.add(c.second().values());
      }
      if (all.stream().allMatch(v -> v.length == 0)) {
        throw new IllegalArgumentException("no notes in either group: nothing to draw");
      }
      boolean log = TierBoxChart.autoLog(all);
      String[] labels = new String[cs.size()];
      for (int i = 0; i < cs.size(); i++) {
        Content.Comparison c = cs.get(i);
        labels[i] = c.tier() + (c.mannWhitney() == null ? "  (not tested)"
            : "  p " + ResultTable.fmtP(c.mannWhitney().pValue()) + ", δ "
                + ResultTable.fmt(c.cliffsDelta().delta()));
      }
      SymbolAxis x = new SymbolAxis("tier (followers) · Mann–Whitney p and Cliff's δ of "
          + result.all().second().group() + " against " + result.all().first().group(), labels);
      x.setGridBandsVisible(false);
      x.setRange(-0.6, cs.size() - 0.4);
      String yLabel = result.valueName() + (log ? " (log scale)" : "");
      ValueAxis y;
      if (log) {
        y = new ReadableLogAxis(yLabel, format);
      } else {
        NumberAxis na = new NumberAxis(yLabel);
        na.setNumberFormatOverride(new TierBoxChart.FunctionFormat(format));
        na.setAutoRangeIncludesZero(false);
        y = na;
      }
      XYPlot plot = new XYPlot();
      plot.setDomainAxis(x);
      plot.setRangeAxis(y);
      plot.setDomainGridlinesVisible(false);
      DefaultXYDataset points = new DefaultXYDataset();
      XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
      Random rnd = new Random(seed);
      double half = 0.15;
      double offset = 0.19;
      int series = 0;
      int excluded = 0;
      for (int i = 0; i < cs.size(); i++) {
        Content.Group[] gs = {cs.get(i).first(), cs.get(i).second()};
        for (int k = 0; k < 2; k++) {
          double[] v = log ? Arrays.stream(gs[k].values()).filter(d -> d > 0).toArray()
              : gs[k].values();
          excluded += gs[k].values().length - v.length;
          if (v.length == 0) {
            continue;
          }
          double cx = i + (k == 0 ? -offset : offset);
          double[] drawn = TierBoxChart.sample(v, maxPoints, rnd);
          double[][] xy = new double[2][drawn.length];
          for (int j = 0; j < drawn.length; j++) {
            xy[0][j] = cx + (rnd.nextDouble() - 0.5) * 2 * half * 0.8;
            xy[1][j] = drawn[j];
          }
          points.addSeries(cs.get(i).tier() + " " + gs[k].group(), xy);
          r.setSeriesShape(series, new Ellipse2D.Double(-1.75, -1.75, 3.5, 3.5));
          r.setSeriesPaint(series, ChartTheme.withAlpha(GROUP_COLORS[k], 0.35));
          series++;
          TierBoxChart.box(plot, cx, v, log, half, GROUP_COLORS[k], format, theme, k == 0);
        }
      }
      plot.setDataset(0, points);
      plot.setRenderer(0, r);
      LegendItemCollection items = new LegendItemCollection();
      items.add(new LegendItem(result.all().first().group(), GROUP_COLORS[0]));
      items.add(new LegendItem(result.all().second().group(), GROUP_COLORS[1]));
      plot.setFixedLegendItems(items);
      String t = title != null ? title : result.all().first().group() + " against "
          + result.all().second().group() + ": " + result.valueName() + " by tier";
      JFreeChart chart = new JFreeChart(t, null, plot, true);
      StringBuilder sub = new StringBuilder("boxes: quartiles · whiskers: Tukey fences 1.5×IQR"
          + (log ? " on log10 values" : "") + " · thick line: median · points jittered (seed "
          + seed + ")");
      if (result.crawlTime() != null) {
        sub.append(" · notes at least ")
            .append(org.kolscope.timing.TimeText.duration(result.minAge())).append(" old");
      }
      if (excluded > 0) {
        sub.append(String.format(Locale.ROOT, " · %,d values ≤ 0 not shown on the log scale",
            excluded));
      }
      chart.addSubtitle(new TextTitle(sub.toString()));
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
      chart.getLegend().setFrame(BlockBorder.NONE);
      theme.apply(chart);
      return chart;
    }
  }
}
