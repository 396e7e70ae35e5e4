package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Samples;
import org.kolscope.core.Schema;
import org.kolscope.metrics.Ratio;
import tech.tablesaw.api.Table;

/**
 * A histogram of a ratio with the field guide's healthy band shaded: likes / views 1–3 % per note,
 * likes + collects / followers 3–5× per account (the band is configurable).
 *
 * <p>Bins follow the Freedman–Diaconis rule, width {@code 2·IQR·n^(−1/3)} (Freedman and Diaconis,
 * "On the histogram as a density estimator", Z. Wahrscheinlichkeitstheorie 57, 1981), clamped to
 * 10–80 bins; on a log axis (the default, ratios are skewed) the rule is applied to log10 values
 * and bins are equal in log width. The median is marked and the subtitle gives the share of values
 * inside, below and above the band.
 */
public final class RatioHistogram {
  private RatioHistogram() {}

  /** A histogram of the given ratios. */
  public static Builder of(double[] ratios) {
    return new Builder(ratios.clone());
  }

  /**
   * A histogram of {@code numerator / denominator} per row, as {@link Ratio}
   * computes it: rows with a zero or missing operand are left out.
   */
  public static Builder of(Table table, String numerator, String denominator) {
    double[] v = RowValues.ratio(table, numerator, denominator);
    return new Builder(Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray())
        .name(numerator + " / " + denominator);
  }

  /** Likes + collects / followers per account, healthy band 3–5× (field guide). */
  public static Builder likesPerFollower(Table accounts) {
    return of(accounts, Schema.LIKES_AND_COLLECTS, Schema.FOLLOWERS)
        .band(3, 5).format(ReadableLogAxis.TIMES)
        .name("likes + collects / followers")
        .title("Likes + collects per follower");
  }

  /** Likes / views per note, healthy band 1–3 % (field guide). */
  public static Builder likesPerView(Table notes) {
    return of(notes, Schema.LIKES, Schema.VIEWS)
        .band(0.01, 0.03).format(ReadableLogAxis.PERCENT)
        .name("likes_per_view")
        .title("Likes per view");
  }

  /** Options; {@link #build()} draws the chart. */
  public static final class Builder extends ChartOptions<Builder> {
    private final double[] values;
    private double bandLo = Double.NaN;
    private double bandHi = Double.NaN;
    private boolean log = true;
    private Integer bins;
    private DoubleFunction<String> format = ReadableLogAxis.COUNTS;
    private String name = "ratio";

    private Builder(double[] values) {
      this.values = values;
    }

    /**
     * The healthy band [lo, hi].
     *
     * @throws IllegalArgumentException unless 0 &lt; lo &lt; hi (both finite)
     */
    public Builder band(double lo, double hi) {
      if (!(lo >= 0 && hi > lo && Double.isFinite(hi))) {
        throw new IllegalArgumentException(
            "band must satisfy 0 <= lo < hi, got [" + lo + ", " + hi + "]");
      }
      this.bandLo = lo;
      this.bandHi = hi;
      return this;
    }

    /** No band. */
    public Builder noBand() {
      this.bandLo = Double.NaN;
      this.bandHi = Double.NaN;
      return this;
    }

    /** Log10 x axis and log-width bins (default true). */
    public Builder log(boolean log) {
      this.log = log;
      return this;
    }

    /**
     * A fixed number of bins instead of Freedman–Diaconis.
     *
     * @throws IllegalArgumentException unless 1..1000
     */
    public Builder bins(int n) {
      if (n < 1 || n > 1000) {
        throw new IllegalArgumentException("bins must be in 1..1000, got " + n);
      }
      this.bins = n;
      return this;
    }

    /** Tick label format ({@link ReadableLogAxis#PERCENT}, {@link ReadableLogAxis#TIMES}, …). */
    public Builder format(DoubleFunction<String> format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** What the ratio is, for the axis label. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Draws the histogram.
     *
     * @throws IllegalArgumentException if no finite value (&gt; 0 on a log axis) is left
     */
    @Override
    public JFreeChart build() {
      double[] v = Arrays.stream(values).filter(Double::isFinite)
          .filter(x -> !log || x > 0).toArray();
      int notShown = values.length - v.length;
      if (v.length == 0) {
        throw new IllegalArgumentException(
            "no " + (log ? "positive " : "") + "finite values of " + name + " to plot (of "
                + values.length + ")");
      }
      NumberAxis y = new NumberAxis("Count");
      y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      y.setUpperMargin(0.12);
      XYPlot plot = new XYPlot(bars(log ? Samples.log10(v) : v),
          TierBoxChart.valueAxis(name + (log ? " (log scale)" : ""), log, format), y, barRenderer());
      plot.setDomainGridlinesVisible(false);
      double med = Quantiles.median(v);
      StringBuilder sub = new StringBuilder(String.format(Locale.ROOT, "n = %,d · median %s", v.length,
          format.apply(med)));
      if (!Double.isNaN(bandLo)) {
        plot.addDomainMarker(healthyBand(), Layer.FOREGROUND);
        sub.append(bandShares(v));
      }
      if (notShown > 0) {
        sub.append(String.format(Locale.ROOT, " · %,d values %snot shown", notShown,
            log ? "≤ 0 or " : "non-finite "));
      }
      plot.addDomainMarker(medianMarker(med), Layer.FOREGROUND);
      JFreeChart chart = new JFreeChart(title != null ? title : "Distribution of " + name, null,
          plot, false);
      chart.addSubtitle(new TextTitle(sub.toString()));
      theme.apply(chart);
      return chart;
    }

    /**
     * The bars of the histogram of {@code t} (the values, or their log10): the bins given, else
     * Freedman–Diaconis bins (10 to 80), drawn at the values' scale.
     */
    private DefaultIntervalXYDataset bars(double[] t) {
      double[] s = Quantiles.sortedCopy(t);
      double min = s[0];
      double max = s[s.length - 1];
      int nb;
      if (bins != null) {
        nb = bins;
      } else {
        double h = 2 * (Quantiles.quantileSorted(s, 0.75) - Quantiles.quantileSorted(s, 0.25))
            * Math.pow(s.length, -1.0 / 3);
        nb = h > 0 ? (int) Math.ceil((max - min) / h) : 10;
        nb = Math.max(10, Math.min(80, nb));
      }
      if (max == min) {
        min -= 0.5;
        max += 0.5;
      }
      double w = (max - min) / nb;
      double[] counts = new double[nb];
      for (double x : t) {
        counts[Math.min(nb - 1, (int) ((x - min) / w))]++;
      }
      double[][] d = new double[6][nb];
      for (int i = 0; i < nb; i++) {
        double a = min + i * w;
        double b = a + w;
        d[1][i] = log ? Math.pow(10, a) : a;
        d[2][i] = log ? Math.pow(10, b) : b;
        d[0][i] = (d[1][i] + d[2][i]) / 2;
        d[3][i] = counts[i];
        d[4][i] = 0;
        d[5][i] = counts[i];
      }
      DefaultIntervalXYDataset ds = new DefaultIntervalXYDataset();
      ds.addSeries(name, d);
      return ds;
    }

    private static XYBarRenderer barRenderer() {
      XYBarRenderer r = new XYBarRenderer(0.0);
      r.setBarPainter(new StandardXYBarPainter());
      r.setShadowVisible(false);
      r.setDrawBarOutline(true);
      r.setSeriesPaint(0, ChartTheme.withAlpha(ChartTheme.TIER_COLORS.get(4), 0.75));
      r.setSeriesOutlinePaint(0, Color.WHITE);
      r.setSeriesOutlineStroke(0, new BasicStroke(0.6f));
      return r;
    }

    /** The healthy band, shaded and labelled. */
    private IntervalMarker healthyBand() {
      IntervalMarker band = new IntervalMarker(Math.max(bandLo, log ? 1e-12 : bandLo), bandHi);
      band.setPaint(ChartTheme.withAlpha(ChartTheme.HEALTHY, 0.22));
      band.setOutlinePaint(ChartTheme.withAlpha(ChartTheme.HEALTHY, 0.7));
      band.setOutlineStroke(new BasicStroke(1f));
      band.setLabel("healthy " + format.apply(bandLo) + "–" + format.apply(bandHi));
      band.setLabelFont(theme.annotationFont().deriveFont(Font.BOLD));
      band.setLabelPaint(ChartTheme.HEALTHY.darker());
      band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      band.setLabelOffset(new RectangleInsets(6, 2, 2, 2));
      band.setLabelBackgroundColor(new Color(255, 255, 255, 220));
      return band;
    }

    /** The shares of the values inside, below and above the healthy band, for the subtitle. */
    private String bandShares(double[] v) {
      long in = Arrays.stream(v).filter(z -> z >= bandLo && z <= bandHi).count();
      long below = Arrays.stream(v).filter(z -> z < bandLo).count();
      long above = v.length - in - below;
      return String.format(Locale.ROOT,
          " · inside the healthy band %s–%s: %.0f %% · below: %.0f %% · above: %.0f %%",
          format.apply(bandLo), format.apply(bandHi), 100.0 * in / v.length,
          100.0 * below / v.length, 100.0 * above / v.length);
    }

    /** The dashed median line, labelled. */
    private ValueMarker medianMarker(double med) {
      ValueMarker m = new ValueMarker(med);
      m.setPaint(ChartTheme.FIT);
      m.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
          new float[] {5, 3}, 0));
      m.setLabel("median " + format.apply(med));
      m.setLabelFont(theme.annotationFont());
      m.setLabelPaint(ChartTheme.TEXT);
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      m.setLabelOffset(new RectangleInsets(28, 4, 2, 2));
      m.setLabelBackgroundColor(new Color(255, 255, 255, 240));
      return m;
    }
  }
}
