package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.RegressionResult;

/**
 * Regression diagnostics: externally studentized residuals against leverage, with Cook's distance
 * contours at 0.5 and 1, reference lines at ±2 and at twice the mean leverage {@code 2p/n}, and the
 * most influential points labelled.
 *
 * <p>Cook's distance from leverage {@code h} and the internally studentized residual {@code r} is
 * {@code D = r²·h / (p·(1 − h))}; the contour {@code D = c} is {@code r = ±√(c·p·(1 − h)/h)},
 * converted to the external scale by {@code t = r·√((n − p − 1)/(n − p − r²))} (Belsley, Kuh and
 * Welsch, Regression Diagnostics, Wiley 1980; Cook and Weisberg, Residuals and Influence in
 * Regression, 1982, §3.2). {@link #of(RegressionResult)} draws an {@link OlsInfluence} fit as it
 * is (its leverages, rstudent and Cook's distances); {@link #of(double[], double[], int)} draws
 * diagnostics from elsewhere and derives Cook's distance from them.
 */
public final class ResidualsChart {
  private ResidualsChart() {}

  /**
   * A chart of {@code n} points.
   *
   * @param leverage hat values, each in (0, 1)
   * @param rstudent externally studentized residuals, finite
   * @param p number of model parameters (2 for a line), 1 ≤ p &lt; n − 1
   * @throws IllegalArgumentException on different lengths, values out of range, or n ≤ p + 1
   */
  public static Builder of(double[] leverage, double[] rstudent, int p) {
    return new Builder(leverage.clone(), rstudent.clone(), p, null);
  }

  /**
   * A chart of an OLS influence fit ({@link OlsInfluence}, p = {@value OlsInfluence#P}): every
   * row's leverage, rstudent and Cook's distance, labelled with the row's id, else {@code row N}
   * (N the 1-based data row). The title names the model.
   *
   * @throws IllegalArgumentException if a leverage is not in (0, 1) or n ≤ p + 1
   */
  public static Builder of(RegressionResult fit) {
    int n = fit.rows().size();
    double[] h = new double[n];
    double[] t = new double[n];
    double[] d = new double[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      RegressionResult.Row r = fit.rows().get(i);
      h[i] = r.leverage();
      t[i] = r.rstudent();
      d[i] = r.cooksD();
      labels[i] = r.id() != null ? r.id() : "row " + (r.index() + 1);
    }
    return new Builder(h, t, OlsInfluence.P, d).labels(labels)
        .title("Residuals vs leverage: " + fit.formula());
  }

  /** Options; {@link #build()} draws the chart. */
  public static final class Builder extends ChartOptions<Builder> {
    private final double[] h;
    private final double[] t;
    private final int p;
    private final double[] cook;
    private String[] labels;
    private int maxLabels = 10;
    private int maxPoints = 20_000;

    private Builder(double[] h, double[] t, int p, double[] cook) {
      if (h.length != t.length) {
        throw new IllegalArgumentException(
            "leverage and rstudent differ in length: " + h.length + " vs " + t.length);
      }
      if (p < 1 || h.length <= p + 1) {
        throw new IllegalArgumentException(
            "need 1 <= p < n - 1, got p = " + p + " with n = " + h.length);
      }
      for (int i = 0; i < h.length; i++) {
        if (!(h[i] > 0 && h[i] < 1)) {
          throw new IllegalArgumentException(
              "leverage must be in (0, 1), got " + h[i] + " at position " + i);
        }
        if (!Double.isFinite(t[i])) {
          throw new IllegalArgumentException(
              "rstudent must be finite, got " + t[i] + " at position " + i);
        }
      }
      this.h = h;
      this.t = t;
      this.p = p;
      this.cook = cook;
    }

    /**
     * Point labels (KOL names), one per point.
     *
     * @throws IllegalArgumentException if the length differs from the data
     */
    public Builder labels(String... labels) {
      if (labels.length != h.length) {
        throw new IllegalArgumentException(
            "need " + h.length + " labels, got " + labels.length);
      }
      this.labels = labels.clone();
      return this;
    }

    /** Most labels drawn (default 10). */
    public Builder maxLabels(int n) {
      this.maxLabels = Args.atLeast("maxLabels", n, 0);
      return this;
    }

    /**
     * Most ordinary points drawn (default 20,000; a seeded random sample above that). Points with
     * Cook's D ≥ 0.5 are always drawn.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxPoints(int n) {
      this.maxPoints = Args.atLeast("maxPoints", n, 1);
      return this;
    }

    /**
     * Cook's distance of every point: the fit's own when built from a {@link RegressionResult},
     * else from leverage and rstudent.
     */
    public double[] cooksDistance() {
      if (cook != null) {
        return cook.clone();
      }
      int n = h.length;
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        double r2 = t[i] * t[i] * (n - p) / (n - p - 1 + t[i] * t[i]);
        d[i] = r2 * h[i] / (p * (1 - h[i]));
      }
      return d;
    }

    /** Draws the chart. */
    @Override
    public JFreeChart build() {
      int n = h.length;
      double[] cook = cooksDistance();
      double hMax = Arrays.stream(h).max().orElse(0.5);
      double tMax = Arrays.stream(t).map(Math::abs).max().orElse(2);
      double xHi = Math.min(0.999, Math.max(hMax * 1.15, 2.5 * p / n));
      double yHi = Math.max(3.2, tMax * 1.15);
      NumberAxis x = new NumberAxis("Leverage (hat value h)");
      x.setRange(0, xHi);
      NumberAxis y = new NumberAxis("Studentized residual (external, rstudent)");
      y.setRange(-yHi, yHi);
      XYPlot plot = new XYPlot();
      plot.setDomainAxis(x);
      plot.setRangeAxis(y);
      points(plot, cook);
      contours(plot, n, xHi);
      referenceLines(plot, n);
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingDouble(i -> -cook[i]));
      labelNotable(plot, cook, order);
      String ti = title != null ? title : "Residuals vs leverage";
      JFreeChart chart = new JFreeChart(ti, null, plot, true);
      int maxI = order[0];
      chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
          "n = %d, p = %d · largest Cook's distance %.2f (%s) · dashed: Cook's D = 0.5 and 1",
          n, p, cook[maxI], labels != null ? labels[maxI] : "#" + (maxI + 1))));
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
      chart.getLegend().setFrame(BlockBorder.NONE);
      theme.apply(chart);
      return chart;
    }

    /**
     * The KOLs as points (dataset 0): those with Cook's D ≥ 0.5 as a series of their own, the rest
     * a seeded sample when there are more than the maximum.
     */
    private void points(XYPlot plot, double[] cook) {
      DefaultXYDataset pts = new DefaultXYDataset();
      List<Integer> big = new ArrayList<>();
      List<Integer> rest = new ArrayList<>();
      for (int i = 0; i < h.length; i++) {
        (cook[i] >= 0.5 ? big : rest).add(i);
      }
      int ordinary = rest.size();
      if (ordinary > maxPoints) {
        Collections.shuffle(rest, new Random(42));
        rest = new ArrayList<>(rest.subList(0, maxPoints));
      }
      pts.addSeries(ordinary > maxPoints
          ? String.format(Locale.ROOT, "KOLs (%,d; a sample of %,d drawn)", ordinary, maxPoints)
          : "KOLs (" + ordinary + ")", pick(rest));
      if (!big.isEmpty()) {
        pts.addSeries("Cook's D ≥ 0.5 (" + big.size() + ")", pick(big));
      }
      XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
      pr.setSeriesPaint(0, ChartTheme.withAlpha(ChartTheme.TIER_COLORS.get(4), 0.7));
      pr.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
      pr.setSeriesPaint(1, ChartTheme.FLAG);
      pr.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
      plot.setDataset(0, pts);
      plot.setRenderer(0, pr);
    }

    /** The contours Cook's D = 0.5 and 1 on both sides (dataset 1), each labelled at its end. */
    private void contours(XYPlot plot, int n, double xHi) {
      List<XYTextAnnotation> contoursLabel = new ArrayList<>();
      DefaultXYDataset contours = new DefaultXYDataset();
      XYLineAndShapeRenderer cr = new XYLineAndShapeRenderer(true, false);
      int s = 0;
      for (double c : new double[] {0.5, 1}) {
        for (int sign : new int[] {1, -1}) {
          double[][] line = contour(c, sign, n, xHi);
          if (line[0].length < 2) {
            continue;
          }
          contours.addSeries("Cook's D = " + ReadableLogAxis.plain(c) + (sign < 0 ? " " : ""), line);
          cr.setSeriesPaint(s, c == 1 ? ChartTheme.FLAG : new Color(0xE0, 0x80, 0x20));
          cr.setSeriesStroke(s, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
              1, c == 1 ? new float[] {8, 4} : new float[] {3, 3}, 0));
          cr.setSeriesVisibleInLegend(s, sign > 0);
          XYTextAnnotation a = new XYTextAnnotation(
              "D = " + ReadableLogAxis.plain(c), line[0][line[0].length - 1],
              line[1][line[1].length - 1]);
          a.setTextAnchor(sign > 0 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
          a.setFont(theme.annotationFont());
          a.setPaint(c == 1 ? ChartTheme.FLAG : new Color(0xB0, 0x60, 0x10));
          s++;
          contoursLabel.add(a);
        }
      }
      plot.setDataset(1, contours);
      plot.setRenderer(1, cr);
      contoursLabel.forEach(plot::addAnnotation);
    }

    /** Dotted residual lines at −2, 0 and 2, and the leverage line 2p/n. */
    private void referenceLines(XYPlot plot, int n) {
      for (double v : new double[] {-2, 0, 2}) {
        ValueMarker m = new ValueMarker(v);
        m.setPaint(v == 0 ? new Color(0x88, 0x88, 0x88) : new Color(0xAA, 0xAA, 0xAA));
        m.setStroke(new BasicStroke(v == 0 ? 1f : 0.9f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 1, v == 0 ? null : new float[] {2, 3}, 0));
        plot.addRangeMarker(m, Layer.BACKGROUND);
      }
      ValueMarker hm = new ValueMarker(2.0 * p / n);
      hm.setPaint(new Color(0xAA, 0xAA, 0xAA));
      hm.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
          new float[] {2, 3}, 0));
      hm.setLabel("2p/n");
      hm.setLabelFont(theme.annotationFont());
      hm.setLabelPaint(ChartTheme.MUTED);
      hm.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
      hm.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      hm.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      plot.addDomainMarker(hm, Layer.BACKGROUND);
    }

    /**
     * Labels the notable KOLs (Cook's D ≥ 0.5, |rstudent| ≥ 3 or leverage ≥ 3p/n), the most
     * influential first, at most the maximum.
     */
    private void labelNotable(XYPlot plot, double[] cook, Integer[] order) {
      int n = h.length;
      List<PointLabels.Label> lab = new ArrayList<>();
      for (int i : order) {
        boolean notable = cook[i] >= 0.5 || Math.abs(t[i]) >= 3 || h[i] >= 3.0 * p / n;
        if (lab.size() >= maxLabels || !notable) {
          continue;
        }
        String text = labels != null ? labels[i] : "#" + (i + 1);
        lab.add(new PointLabels.Label(h[i], t[i], text,
            cook[i] >= 0.5 ? ChartTheme.FLAG : ChartTheme.TEXT));
      }
      if (!lab.isEmpty()) {
        plot.addAnnotation(new PointLabels(lab, theme.annotationFont()));
      }
    }

    private double[][] pick(List<Integer> idx) {
      double[][] out = new double[2][idx.size()];
      for (int k = 0; k < idx.size(); k++) {
        out[0][k] = h[idx.get(k)];
        out[1][k] = t[idx.get(k)];
      }
      return out;
    }

    /** Points of the contour D = c on the rstudent scale for h up to hHi. */
    private double[][] contour(double c, int sign, int n, double hHi) {
      List<double[]> pts = new ArrayList<>();
      int steps = 200;
      for (int i = 1; i <= steps; i++) {
        double hh = hHi * i / steps;
        double r2 = c * p * (1 - hh) / hh;
        if (r2 >= n - p) {
          continue;
        }
        double tt = Math.sqrt(r2) * Math.sqrt((n - p - 1) / (n - p - r2));
        if (tt > 1e3) {
          continue;
        }
        pts.add(new double[] {hh, sign * tt});
      }
      double[][] out = new double[2][pts.size()];
      for (int i = 0; i < pts.size(); i++) {
        out[0][i] = pts.get(i)[0];
        out[1][i] = pts.get(i)[1];
      }
      return out;
    }
  }
}
