package org.kolscope.charts;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.benford.BenfordResult;

/**
 * Benford's law: observed digit proportions beside the expected ones, with the MAD conformity class
 * in the subtitle.
 *
 * <p>The test is chosen by the number of proportions: 9 → first digit {@code d = 1..9}, expected
 * {@code log10(1 + 1/d)}; 10 → second digit {@code d = 0..9}, expected {@code Σ_{k=1..9} log10(1 +
 * 1/(10k + d))}; 90 → first two digits {@code 10..99}, expected {@code log10(1 + 1/d)} (Nigrini,
 * Benford's Law, Wiley 2012, ch. 5). {@link #of(BenfordResult)} draws a {@link Benford} test
 * result as it is (observed, expected, MAD, class, n); {@link #of(double[], String)} draws
 * proportions from elsewhere, with the expected ones from {@link Benford#expected(int)} (the
 * second-digit sum, which {@link Benford} does not test, is computed here).
 */
public final class BenfordChart {
  private BenfordChart() {}

  /**
   * A chart of observed proportions with a conformity class such as {@code "close conformity"}.
   *
   * @param observed proportions per digit (9, 10 or 90 of them, summing to 1 within 1e-6)
   * @param conformity the MAD conformity class text, or null
   */
  public static Builder of(double[] observed, String conformity) {
    return new Builder(observed, expected(observed.length), conformity);
  }

  /**
   * A chart of a Benford test: its observed and expected proportions, with its MAD, Nigrini class
   * and n in the subtitle and its label (the column tested) on the axis.
   */
  public static Builder of(BenfordResult result) {
    Objects.requireNonNull(result, "result");
    Builder b = new Builder(result.observed(), result.expected(), result.conformity().label())
        .mad(result.mad()).n(result.n());
    return result.label() == null || result.label().isBlank() ? b : b.of(result.label());
  }

  /** The expected Benford proportions for 9 (first digit), 10 (second) or 90 (first two) digits. */
  public static double[] expected(int digits) {
    double[] e = new double[digits];
    switch (digits) {
      case 9, 90 -> {
        int first = digits == 9 ? 1 : 10;
        for (int i = 0; i < digits; i++) {
          e[i] = Benford.expected(first + i);
        }
      }
      case 10 -> {
        for (int d = 0; d < 10; d++) {
          for (int k = 1; k <= 9; k++) {
            e[d] += Math.log10(1 + 1.0 / (10 * k + d));
          }
        }
      }
      default -> throw new IllegalArgumentException(
          "Benford digit counts are 9 (first digit), 10 (second) or 90 (first two), got " + digits);
    }
    return e;
  }

  /** Options; {@link #build()} draws the chart. */
  public static final class Builder extends ChartOptions<Builder> {
    private final double[] observed;
    private final double[] expected;
    private final String conformity;
    private double mad = Double.NaN;
    private long n = -1;
    private String what = "follower counts";

    private Builder(double[] observed, double[] expected, String conformity) {
      Objects.requireNonNull(observed, "observed");
      double sum = 0;
      for (double p : observed) {
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException("observed proportions must be in [0, 1], got " + p);
        }
        sum += p;
      }
      if (Math.abs(sum - 1) > 1e-6) {
        throw new IllegalArgumentException(
            "observed proportions must sum to 1 (within 1e-6), got " + sum);
      }
      this.observed = observed.clone();
      this.expected = expected.clone();
      this.conformity = conformity;
    }

    /** The mean absolute deviation, shown in the subtitle. */
    public Builder mad(double mad) {
      this.mad = mad;
      return this;
    }

    /** The number of values tested, shown in the subtitle. */
    public Builder n(long n) {
      this.n = n;
      return this;
    }

    /** What the digits come from (default "follower counts"). */
    public Builder of(String what) {
      this.what = Objects.requireNonNull(what, "what");
      return this;
    }

    /** Draws the chart. */
    @Override
    public JFreeChart build() {
      int k = observed.length;
      double[] e = expected;
      int first = k == 9 ? 1 : k == 10 ? 0 : 10;
      String test = k == 9 ? "first digit" : k == 10 ? "second digit" : "first two digits";
      DefaultCategoryDataset ds = new DefaultCategoryDataset();
      for (int i = 0; i < k; i++) {
        ds.addValue(observed[i], "observed", Integer.toString(first + i));
      }
      for (int i = 0; i < k; i++) {
        ds.addValue(e[i], "expected (Benford)", Integer.toString(first + i));
      }
      CategoryAxis x = new CategoryAxis(capital(test) + " of " + what);
      x.setCategoryMargin(k == 90 ? 0.05 : 0.25);
      x.setLowerMargin(0.01);
      x.setUpperMargin(0.01);
      if (k == 90) {
        for (int d = 10; d < 100; d++) {
          if (d % 10 != 0) {
            x.setTickLabelPaint(Integer.toString(d), new Color(0, 0, 0, 0));
          }
        }
        x.setTickMarksVisible(false);
      }
      NumberAxis y = new NumberAxis("Proportion");
      y.setNumberFormatOverride(new TierBoxChart.FunctionFormat(ReadableLogAxis.PERCENT));
      BarRenderer r = new BarRenderer();
      r.setBarPainter(new StandardBarPainter());
      r.setShadowVisible(false);
      r.setItemMargin(0.02);
      r.setDrawBarOutline(false);
      r.setSeriesPaint(0, ChartTheme.TIER_COLORS.get(4));
      r.setSeriesPaint(1, new Color(0xB8, 0xB8, 0xB0));
      CategoryPlot plot = new CategoryPlot(ds, x, y, r);
      String t = title != null ? title : "Benford's law: " + test + " of " + what;
      JFreeChart chart = new JFreeChart(t, null, plot, true);
      StringBuilder sub = new StringBuilder();
      if (conformity != null && !conformity.isBlank()) {
        sub.append(capital(conformity.trim()));
      }
      if (!Double.isNaN(mad)) {
        sub.append(sub.length() > 0 ? " · " : "")
            .append(String.format(Locale.ROOT, "MAD %.4f", mad));
      }
      if (n >= 0) {
        sub.append(sub.length() > 0 ? " · " : "").append(String.format(Locale.ROOT, "n = %,d", n));
      }
      if (sub.length() > 0) {
        sub.append(" (Nigrini 2012 MAD bounds)");
        chart.addSubtitle(new TextTitle(sub.toString()));
      }
      chart.getLegend().setPosition(RectangleEdge.TOP);
      chart.getLegend().setFrame(BlockBorder.NONE);
      theme.apply(chart);
      return chart;
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
