package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.kolscope.io.Schema;
import org.kolscope.stats.Quantiles;
import org.kolscope.stats.Samples;
import tech.tablesaw.api.Table;

/**
 * Box plots of a value per tier with every point jittered beside its box and the median written
 * next to it.
 *
 * <p>Boxes span the quartiles (type-7 quantiles, {@link Quantiles}); whiskers reach the most
 * extreme values within Tukey's fences {@code Q1 − 1.5·IQR} and {@code Q3 + 1.5·IQR} (Tukey,
 * Exploratory Data Analysis, 1977). On a log axis quartiles and fences are computed on log10 values,
 * which suits the skewed counts and ratios of KOL data. Jitter is seeded, so the same data give the
 * same image. Above {@code maxPointsPerTier} a seeded random sample of points is drawn (the boxes
 * always use every value).
 */
public final class TierBoxChart {
  private TierBoxChart() {}

  /** Starts a box chart of {@code table}. */
  public static Builder of(Table table) {
    return new Builder(table);
  }

  /** Options; {@link #build()} draws the chart. */
  public static final class Builder extends TierChartOptions<Builder> {
    private final Table table;
    private String value;
    private String numerator;
    private String denominator;
    private String followers = Schema.FOLLOWERS;
    private Boolean log;
    private DoubleFunction<String> format;
    private String yLabel;
    private long seed = 42;
    private int maxPointsPerTier = 3_000;

    private Builder(Table table) {
      this.table = Objects.requireNonNull(table, "table");
    }

    /** The numeric column to plot. */
    public Builder value(String column) {
      this.value = Objects.requireNonNull(column, "column");
      this.numerator = null;
      return this;
    }

    /**
     * Plot the ratio of two columns per row, e.g. likes_and_collects / followers, as {@link
     * org.kolscope.metrics.Ratio} computes it (no value where the denominator is 0).
     */
    public Builder ratio(String numerator, String denominator) {
      this.numerator = Objects.requireNonNull(numerator, "numerator");
      this.denominator = Objects.requireNonNull(denominator, "denominator");
      this.value = null;
      return this;
    }

    /** The follower column tiers are computed from (default {@code followers}). */
    public Builder followers(String column) {
      this.followers = column;
      return this;
    }

    /**
     * Log or linear value axis (default: log when the positive values span 2+ decades and at most a
     * fifth of the values are ≤ 0; those are then left out and counted in the subtitle).
     */
    public Builder log(boolean log) {
      this.log = log;
      return this;
    }

    /** Tick and median label format, e.g. {@link ReadableLogAxis#PERCENT}. */
    public Builder format(DoubleFunction<String> format) {
      this.format = format;
      return this;
    }

    /** Value axis label. */
    public Builder yLabel(String label) {
      this.yLabel = label;
      return this;
    }

    /** Jitter seed (default 42). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Most points drawn per tier (default 3,000).
     *
     * @throws IllegalArgumentException if below 0
     */
    public Builder maxPointsPerTier(int n) {
      this.maxPointsPerTier = Args.atLeast("maxPointsPerTier", n, 0);
      return this;
    }

    /**
     * Draws the chart.
     *
     * @throws IllegalArgumentException if a column is absent or not numeric, or no value is set
     */
    @Override
    public JFreeChart build() {
      if (value == null && numerator == null) {
        throw new IllegalArgumentException("set value(column) or ratio(numerator, denominator)");
      }
      double[] v;
      String name;
      if (value != null) {
        v = RowValues.column(table, value);
        name = FollowerEngagementChart.shortName(value);
      } else {
        v = RowValues.ratio(table, numerator, denominator);
        name = FollowerEngagementChart.shortName(numerator) + " / "
            + FollowerEngagementChart.shortName(denominator);
      }
      TierAssignment ta = TierAssignment.of(table, tierColumn, tiers, followers);
      List<double[]> groups = new ArrayList<>();
      for (int t = 0; t < ta.order().size(); t++) {
        double[] g = new double[v.length];
        int k = 0;
        for (int r = 0; r < v.length; r++) {
          if (ta.index(r) == t && Double.isFinite(v[r])) {
            g[k++] = v[r];
          }
        }
        groups.add(Arrays.copyOf(g, k));
      }
      return draw(ta.display(), groups, this, name, "");
    }
  }

  /** Draws boxes for already grouped values (used by {@link CostPerEngagementChart} too). */
  static JFreeChart draw(
      List<String> names, List<double[]> groups, Builder o, String valueName, String note) {
    boolean log = o.log != null ? o.log : autoLog(groups);
    DoubleFunction<String> fmt = o.format != null ? o.format : ReadableLogAxis.COUNTS;
    int excluded = 0;
    List<double[]> shown = new ArrayList<>();
    for (double[] g : groups) {
      double[] k = log ? Arrays.stream(g).filter(x -> x > 0).toArray() : g;
      excluded += g.length - k.length;
      shown.add(k);
    }
    // keep tiers with data only
    List<String> labels = new ArrayList<>();
    List<double[]> data = new ArrayList<>();
    List<Integer> colorIndex = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).length > 0) {
        labels.add(names.get(i) + "  (n=" + shown.get(i).length + ")");
        data.add(shown.get(i));
        colorIndex.add(i);
      }
    }
    if (data.isEmpty()) {
      throw new IllegalArgumentException(
          "no values to plot for '" + valueName + "'" + (log ? " (log scale needs values > 0)" : ""));
    }
    SymbolAxis x = new SymbolAxis("Tier (followers)", labels.toArray(String[]::new));
    x.setGridBandsVisible(false);
    x.setRange(-0.6, data.size() - 0.4);
    x.setAutoRange(false);
    String yLabel = o.yLabel != null ? o.yLabel : valueName + (log ? " (log scale)" : "");
    ValueAxis y;
    if (log) {
      y = new ReadableLogAxis(yLabel, fmt);
    } else {
      NumberAxis na = new NumberAxis(yLabel);
      na.setNumberFormatOverride(new FunctionFormat(fmt));
      na.setAutoRangeIncludesZero(false);
      y = na;
    }
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setDomainGridlinesVisible(false);
    DefaultXYDataset points = new DefaultXYDataset();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    Random rnd = new Random(o.seed);
    int sampled = 0;
    double half = 0.27;
    for (int i = 0; i < data.size(); i++) {
      double[] g = data.get(i);
      double[] drawn = sample(g, o.maxPointsPerTier, rnd);
      if (drawn.length < g.length) {
        sampled++;
      }
      double[][] xy = new double[2][drawn.length];
      for (int k = 0; k < drawn.length; k++) {
        xy[0][k] = i + (rnd.nextDouble() - 0.5) * 2 * half * 0.85;
        xy[1][k] = drawn[k];
      }
      points.addSeries(labels.get(i), xy);
      Color c = ChartTheme.tierColor(colorIndex.get(i));
      double size = drawn.length > 1000 ? 3 : drawn.length > 200 ? 4 : 5.5;
      r.setSeriesShape(i, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
      r.setSeriesPaint(i, ChartTheme.withAlpha(c, drawn.length > 1000 ? 0.3 : 0.5));
      box(plot, i, g, log, half, c, fmt, o.theme, false);
    }
    plot.setDataset(0, points);
    plot.setRenderer(0, r);
    String t = o.title != null ? o.title : capitalise(valueName) + " by tier";
    JFreeChart chart = new JFreeChart(t, null, plot, false);
    StringBuilder sub = new StringBuilder(
        "boxes: quartiles · whiskers: Tukey fences 1.5×IQR" + (log ? " on log10 values" : "")
            + " · thick line: median · points jittered (seed " + o.seed + ")");
    if (sampled > 0) {
      sub.append(" · ").append(sampled).append(" tier(s) show a sample of ")
          .append(o.maxPointsPerTier).append(" points");
    }
    if (excluded > 0) {
      sub.append(String.format(Locale.ROOT, " · %,d values ≤ 0 not shown on the log scale", excluded));
    }
    if (!note.isEmpty()) {
      sub.append(" · ").append(note);
    }
    chart.addSubtitle(new TextTitle(sub.toString()));
    o.theme.apply(chart);
    return chart;
  }

  /**
   * Draws one box at x = {@code i}, {@code half} wide on each side, with its median written to the
   * right of the box ({@code labelLeft}: to the left). Used by {@link ContentBoxChart} too.
   */
  static void box(
      XYPlot plot, double i, double[] g, boolean log, double half, Color c,
      DoubleFunction<String> fmt, ChartTheme theme, boolean labelLeft) {
    double[] s = Quantiles.sortedCopy(log ? Samples.log10(g) : g);
    double q1 = Quantiles.quantileSorted(s, 0.25);
    double med = Quantiles.quantileSorted(s, 0.5);
    double q3 = Quantiles.quantileSorted(s, 0.75);
    double iqr = q3 - q1;
    double lo = s[0];
    double hi = s[s.length - 1];
    for (double v : s) {
      if (v >= q1 - 1.5 * iqr) {
        lo = v;
        break;
      }
    }
    for (int k = s.length - 1; k >= 0; k--) {
      if (s[k] <= q3 + 1.5 * iqr) {
        hi = s[k];
        break;
      }
    }
    double[] back = {q1, med, q3, lo, hi};
    if (log) {
      for (int k = 0; k < back.length; k++) {
        back[k] = Math.pow(10, back[k]);
      }
    }
    Color edge = c.darker();
    BasicStroke thin = new BasicStroke(1.3f);
    plot.addAnnotation(new XYBoxAnnotation(
        i - half, back[0], i + half, back[2], thin, edge, ChartTheme.withAlpha(c, 0.18)));
    plot.addAnnotation(new XYLineAnnotation(i, back[2], i, back[4], thin, edge));
    plot.addAnnotation(new XYLineAnnotation(i, back[0], i, back[3], thin, edge));
    plot.addAnnotation(new XYLineAnnotation(i - half / 2, back[4], i + half / 2, back[4], thin, edge));
    plot.addAnnotation(new XYLineAnnotation(i - half / 2, back[3], i + half / 2, back[3], thin, edge));
    plot.addAnnotation(new XYLineAnnotation(
        i - half, back[1], i + half, back[1], new BasicStroke(3f), ChartTheme.FIT));
    XYTextAnnotation m = new XYTextAnnotation(fmt.apply(back[1]),
        labelLeft ? i - half - 0.03 : i + half + 0.03, back[1]);
    m.setTextAnchor(labelLeft ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
    m.setFont(theme.annotationFont().deriveFont(java.awt.Font.BOLD));
    m.setPaint(ChartTheme.TEXT);
    m.setBackgroundPaint(new Color(255, 255, 255, 210));
    plot.addAnnotation(m);
  }

  static double[] sample(double[] g, int max, Random rnd) {
    if (g.length <= max) {
      return g;
    }
    double[] c = g.clone();
    for (int k = 0; k < max; k++) {
      int j = k + rnd.nextInt(c.length - k);
      double tmp = c[k];
      c[k] = c[j];
      c[j] = tmp;
    }
    return Arrays.copyOf(c, max);
  }

  /** Log when the positive values span 2+ decades and at most a fifth of values are ≤ 0. */
  static boolean autoLog(List<double[]> groups) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long n = 0;
    long nonPositive = 0;
    for (double[] g : groups) {
      for (double v : g) {
        n++;
        if (v > 0) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        } else {
          nonPositive++;
        }
      }
    }
    return max / min >= 100 && nonPositive <= 0.2 * n;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A {@link NumberFormat} that delegates to a function (for linear axes). */
  static final class FunctionFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient DoubleFunction<String> f;

    FunctionFormat(DoubleFunction<String> f) {
      this.f = f;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(f.apply(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(f.apply(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      throw new UnsupportedOperationException("format only");
    }

    @Override
    public boolean equals(Object o) {
      return o == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
