package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.kolscope.io.NoteIds;
import org.kolscope.timing.Timing;

/**
 * The weekday × hour heatmap of a {@link Timing} result: one cell per weekday (rows, Monday at the
 * top) and hour (columns), coloured by the median value of its notes on a light-to-dark viridis
 * ramp (perceptually even and colour-blind safe; van der Walt and Smith, 2015) spanning the 5th to
 * 95th percentile of the cell medians (from 20 cells; the rest take the end colours). Cells with fewer
 * notes than the analysis' minimum are grey: shown, not ranked. The best cells are outlined and
 * numbered.
 *
 * <pre>{@code
 * JFreeChart c = PostingHeatmap.of(Timing.of(notes).run()).tier("micro").build();
 * }</pre>
 */
public final class PostingHeatmap {
  /** The colour of a cell with too few notes. */
  public static final Color THIN = new Color(0xD4, 0xD4, 0xD0);

  private PostingHeatmap() {}

  /**
   * Starts a heatmap of all notes of a timing result.
   *
   * @param result the analysis (not null)
   * @return the builder
   */
  public static Builder of(Timing.Result result) {
    return new Builder(result);
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
      this.profile = HourProfileChart.profile(result, tier);
      return this;
    }

    /**
     * The format of values in the legend (default percent: 0.012 → {@code 1.2%}).
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
     * @throws IllegalArgumentException if no cell has enough notes to be coloured
     */
    @Override
    public JFreeChart build() {
      List<Timing.Slot> cells = profile.byWeekdayHour();
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      double[][] xyz = new double[3][cells.size()];
      for (int i = 0; i < cells.size(); i++) {
        Timing.Slot s = cells.get(i);
        xyz[0][i] = s.hour();
        xyz[1][i] = 6 - (s.weekday().getValue() - 1);
        xyz[2][i] = s.thin() ? Double.NaN : s.median();
        if (!s.thin()) {
          lo = Math.min(lo, s.median());
          hi = Math.max(hi, s.median());
        }
      }
      double[] ranked = cells.stream().filter(c -> !c.thin()).mapToDouble(Timing.Slot::median)
          .sorted().toArray();
      if (ranked.length >= 20) {
        // a few noisy cells would stretch the colours over one or two of them: span the middle 90 %
        lo = org.kolscope.stats.Quantiles.quantileSorted(ranked, 0.05);
        hi = org.kolscope.stats.Quantiles.quantileSorted(ranked, 0.95);
      }
      if (lo > hi) {
        throw new IllegalArgumentException("no weekday × hour cell of " + profile.group()
            + " has " + result.minNotes() + " or more notes: nothing to colour");
      }
      if (lo == hi) {
        hi = lo + Math.max(Math.abs(lo) * 1e-6, 1e-12);
      }
      DefaultXYZDataset data = new DefaultXYZDataset();
      data.addSeries("median", xyz);
      XYBlockRenderer r = new XYBlockRenderer();
      Viridis scale = new Viridis(lo, hi);
      r.setPaintScale(scale);
      NumberAxis x = new NumberAxis("hour of publication (" + NoteIds.zoneName(result.zone()) + ")");
      x.setRange(-0.5, 23.5);
      x.setTickUnit(new NumberTickUnit(2));
      x.setNumberFormatOverride(new TierBoxChart.FunctionFormat(
          v -> String.format(Locale.ROOT, "%02d", (long) v)));
      SymbolAxis y = new SymbolAxis(null, new String[] {"Sun", "Sat", "Fri", "Thu", "Wed", "Tue",
          "Mon"});
      y.setRange(-0.5, 6.5);
      y.setGridBandsVisible(false);
      XYPlot plot = new XYPlot(data, x, y, r);
      plot.setDomainGridlinesVisible(false);
      plot.setRangeGridlinesVisible(false);
      List<Timing.Slot> best = profile.bestWeekdayHours();
      for (int i = 0; i < best.size(); i++) {
        Timing.Slot s = best.get(i);
        double cx = s.hour();
        double cy = 6 - (s.weekday().getValue() - 1);
        plot.addAnnotation(new XYBoxAnnotation(cx - 0.5, cy - 0.5, cx + 0.5, cy + 0.5,
            new BasicStroke(2.2f), ChartTheme.FLAG, null));
        XYTextAnnotation t = new XYTextAnnotation(Integer.toString(i + 1), cx, cy);
        t.setTextAnchor(TextAnchor.CENTER);
        t.setFont(theme.annotationFont().deriveFont(java.awt.Font.BOLD));
        t.setPaint(Color.WHITE);
        plot.addAnnotation(t);
      }
      NumberAxis legendAxis = new NumberAxis("median " + result.valueName());
      legendAxis.setRange(lo, hi);
      legendAxis.setNumberFormatOverride(new TierBoxChart.FunctionFormat(format));
      PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
      legend.setPosition(RectangleEdge.RIGHT);
      legend.setStripWidth(12);
      legend.setAxisOffset(4);
      legend.setMargin(new RectangleInsets(30, 6, 30, 0));
      legend.setSubdivisionCount(256);
      String t = title != null ? title
          : "Median " + result.valueName() + " by weekday and hour"
              + (profile.group().equals("all") ? "" : " — " + profile.group());
      JFreeChart chart = new JFreeChart(t, null, plot, false);
      long notThin = ranked.length;
      chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
          "%,d notes at least %s old at the crawl · grey: fewer than %d notes (%d of 168 cells),"
              + " not ranked · outlined: the %d best cells", profile.n(),
          org.kolscope.timing.TimeText.duration(result.minAge()), result.minNotes(), 168 - notThin,
          best.size())));
      chart.addSubtitle(legend);
      theme.apply(chart);
      return chart;
    }
  }

  /** Viridis from light (low) to dark (high); NaN is {@link #THIN}. */
  static final class Viridis implements PaintScale, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    // viridis stops, reversed so that more engagement is darker on the light card
    private static final Color[] RAMP = {
      new Color(0xFD, 0xE7, 0x25),
      new Color(0x5E, 0xC9, 0x62),
      new Color(0x21, 0x91, 0x8C),
      new Color(0x3B, 0x52, 0x8B),
      new Color(0x44, 0x01, 0x54)
    };
    private final double lower;
    private final double upper;

    Viridis(double lower, double upper) {
      this.lower = lower;
      this.upper = upper;
    }

    @Override
    public double getLowerBound() {
      return lower;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      if (Double.isNaN(value)) {
        return THIN;
      }
      double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
      double pos = f * (RAMP.length - 1);
      int i = Math.min(RAMP.length - 2, (int) Math.floor(pos));
      double t = pos - i;
      Color a = RAMP[i];
      Color b = RAMP[i + 1];
      return new Color(
          (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
  }
}
