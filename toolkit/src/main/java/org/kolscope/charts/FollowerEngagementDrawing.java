package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kolscope.core.Samples;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.metrics.DerivedColumns;
import org.kolscope.stats.scaling.Loess;
import org.kolscope.stats.scaling.PowerLaw;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One build of a {@link FollowerEngagementChart}: the data extracted from the table (rows with
 * both values positive, their logs, tiers, flags and labels) and the chart assembled from them —
 * the scatter or density layer, tier markers, the fit, LOESS and ratio lines, and the highlighted
 * and labelled KOLs.
 */
final class FollowerEngagementDrawing {
  private final FollowerEngagementChart.Builder o;
  private final int[] rows;
  private final double[] x;
  private final double[] y;
  private final double[] lx;
  private final double[] ly;
  private final TierAssignment tiers;
  private final boolean[] flagged;
  private final String[] names;
  private final int dropped;

  FollowerEngagementDrawing(FollowerEngagementChart.Builder o) {
    this.o = o;
    // x and y may be derived columns (e.g. engagement_rate of notes); o.table is not changed
    Table table = DerivedColumns.require(o.table, null, o.x, o.y);
    NumericColumn<?> xc = Samples.numeric(table, o.x);
    NumericColumn<?> yc = Samples.numeric(table, o.y);
    int n = table.rowCount();
    int[] keep = new int[n];
    int k = 0;
    for (int r = 0; r < n; r++) {
      if (!xc.isMissing(r) && !yc.isMissing(r) && xc.getDouble(r) > 0 && yc.getDouble(r) > 0
          && Double.isFinite(xc.getDouble(r)) && Double.isFinite(yc.getDouble(r))) {
        keep[k++] = r;
      }
    }
    if (k == 0) {
      throw new IllegalArgumentException(
          "no row has both '" + o.x + "' and '" + o.y + "' > 0 (of " + n + " rows)");
    }
    rows = Arrays.copyOf(keep, k);
    dropped = n - k;
    x = new double[k];
    y = new double[k];
    lx = new double[k];
    ly = new double[k];
    for (int i = 0; i < k; i++) {
      x[i] = xc.getDouble(rows[i]);
      y[i] = yc.getDouble(rows[i]);
      lx[i] = Math.log10(x[i]);
      ly[i] = Math.log10(y[i]);
    }
    tiers = TierAssignment.of(table, o.tierColumn, o.tiers, o.x);
    flagged = FlagColumn.read(table, o.flagColumn, o.flagTest);
    names = names(o.table, o.labelsOff ? null : labelColumn(o));
  }

  private static String labelColumn(FollowerEngagementChart.Builder o) {
    if (o.labelColumn != null) {
      if (!o.table.containsColumn(o.labelColumn)) {
        throw new IllegalArgumentException(
            "no label column '" + o.labelColumn + "'; columns are " + o.table.columnNames());
      }
      return o.labelColumn;
    }
    if (o.table.containsColumn(Schema.NAME)) {
      return Schema.NAME;
    }
    return o.table.containsColumn(Schema.KOL_ID) ? Schema.KOL_ID : null;
  }

  JFreeChart chart() {
    int n = rows.length;
    boolean density = n > o.densityThreshold;
    PowerLaw.Result pl = o.fit ? powerLaw() : null;
    Loess.Curve smooth = o.loess ? loess() : null;
    double[] range = bounds();

    ReadableLogAxis xAxis =
        new ReadableLogAxis(o.xLabel != null ? o.xLabel : ColumnNames.axisLabel(o.x));
    ReadableLogAxis yAxis =
        new ReadableLogAxis(o.yLabel != null ? o.yLabel : ColumnNames.axisLabel(o.y));
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(xAxis);
    plot.setRangeAxis(yAxis);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setDomainMinorGridlinesVisible(false);

    int ds = 0;
    if (pl != null) {
      plot.setDataset(ds, band(pl, range));
      DeviationRenderer dr = new BandRenderer();
      dr.setSeriesFillPaint(0, new Color(0x80, 0x80, 0x80));
      dr.setSeriesPaint(0, new Color(0x80, 0x80, 0x80));
      dr.setAlpha(0.22f);
      plot.setRenderer(ds++, dr);
    }
    JFreeChart legendSource = null;
    PaintScaleLegend scaleLegend = null;
    if (density) {
      LogDensityRenderer.Grid g = LogDensityRenderer.bin(lx, ly, 160, 110);
      LogDensityRenderer.LogCountScale scale = new LogDensityRenderer.LogCountScale(g.maxCount());
      plot.setDataset(ds, g.dataset());
      plot.setRenderer(ds++, new LogDensityRenderer(g.cellWidth(), g.cellHeight(), scale));
      ReadableLogAxis countAxis = new ReadableLogAxis("KOLs per cell");
      countAxis.setRange(1, scale.getUpperBound());
      scaleLegend = new PaintScaleLegend(scale, countAxis);
      scaleLegend.setPosition(RectangleEdge.RIGHT);
      scaleLegend.setStripWidth(12);
      scaleLegend.setAxisOffset(4);
      scaleLegend.setMargin(new RectangleInsets(30, 6, 30, 0));
      scaleLegend.setSubdivisionCount(512);
      tierMarkers(plot);
    } else {
      scatter(plot, ds++);
    }
    ds = lines(plot, ds, pl, smooth, range);
    ds = highlights(plot, ds, pl);
    plot.getDomainAxis().setLowerMargin(0.03);
    plot.getDomainAxis().setUpperMargin(0.03);

    String t = o.title != null ? o.title : "Followers vs " + ColumnNames.shortName(o.y);
    JFreeChart chart = new JFreeChart(t, null, plot, true);
    chart.addSubtitle(new TextTitle(subtitle(n, density, pl, smooth)));
    if (scaleLegend != null) {
      chart.addSubtitle(scaleLegend);
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    o.theme.apply(chart);
    return chart;
  }

  /**
   * The power law on every drawn point, without the bootstrap (only the line and its band are
   * drawn), or null with fewer than 3 points or a single x value.
   */
  private PowerLaw.Result powerLaw() {
    try {
      return PowerLaw.fit(x, y, FollowerEngagementChart.BAND_LEVEL, PowerLaw.NO_BOOTSTRAP, 0);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The LOESS curve, or null with fewer than {@value #FollowerEngagementChart.MIN_LOESS_POINTS} distinct x values. If
   * the robust fit gives non-finite values (every robustness weight of a window zero, which ties
   * in real counts can cause), the curve is refit without robustness iterations.
   */
  private Loess.Curve loess() {
    for (int iters : new int[] {Loess.DEFAULT_ROBUSTNESS_ITERS, 0}) {
      try {
        Loess.Curve c = Loess.fit(x, y, o.loessBandwidth, iters);
        if (c.followers().size() < FollowerEngagementChart.MIN_LOESS_POINTS) {
          return null;
        }
        if (c.fitted().stream().allMatch(v -> Double.isFinite(v) && v > 0)) {
          return c;
        }
      } catch (IllegalArgumentException e) {
        return null; // too few distinct x values
      }
    }
    return null;
  }

  /** {min lx, max lx, min ly, max ly}. */
  private double[] bounds() {
    double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < lx.length; i++) {
      b[0] = Math.min(b[0], lx[i]);
      b[1] = Math.max(b[1], lx[i]);
      b[2] = Math.min(b[2], ly[i]);
      b[3] = Math.max(b[3], ly[i]);
    }
    return b;
  }

  private YIntervalSeriesCollection band(PowerLaw.Result pl, double[] range) {
    YIntervalSeries s =
        new YIntervalSeries(
            o.predictionBand ? "95 % prediction band" : "95 % confidence band of the fit");
    int steps = 80;
    for (int i = 0; i <= steps; i++) {
      double xi = Math.pow(10, range[0] + (range[1] - range[0]) * i / steps);
      PowerLaw.Band b = o.predictionBand ? pl.predictionBand(xi) : pl.confidenceBand(xi);
      s.add(xi, b.fitted(), b.low(), b.high());
    }
    YIntervalSeriesCollection c = new YIntervalSeriesCollection();
    c.addSeries(s);
    return c;
  }

  private void scatter(XYPlot plot, int ds) {
    int nt = tiers.order().size();
    int[] counts = new int[nt + 1];
    for (int r : rows) {
      int t = tiers.index(r);
      counts[t < 0 ? nt : t]++;
    }
    double[][][] data = new double[nt + 1][][];
    for (int t = 0; t <= nt; t++) {
      data[t] = new double[2][counts[t]];
    }
    int[] fill = new int[nt + 1];
    for (int i = 0; i < rows.length; i++) {
      int t = tiers.index(rows[i]);
      int s = t < 0 ? nt : t;
      data[s][0][fill[s]] = Math.pow(10, lx[i]);
      data[s][1][fill[s]] = Math.pow(10, ly[i]);
      fill[s]++;
    }
    DefaultXYDataset d = new DefaultXYDataset();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    double size = rows.length > 5_000 ? 3.5 : rows.length > 500 ? 5 : 7;
    double alpha = rows.length > 5_000 ? 0.4 : rows.length > 500 ? 0.6 : 0.8;
    Shape dot = new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    Shape legendDot = new Ellipse2D.Double(-5, -5, 10, 10);
    int series = 0;
    for (int t = 0; t <= nt; t++) {
      if (counts[t] == 0) {
        continue;
      }
      String name = (t < nt ? tiers.display().get(t) : "no tier") + " (" + counts[t] + ")";
      d.addSeries(name, data[t]);
      Color c = t < nt ? ChartTheme.tierColor(t) : new Color(0x99, 0x99, 0x99);
      r.setSeriesPaint(series, ChartTheme.withAlpha(c, alpha));
      r.setSeriesShape(series, dot);
      r.setLegendShape(series, legendDot);
      series++;
    }
    r.setDefaultSeriesVisibleInLegend(true);
    plot.setDataset(ds, d);
    plot.setRenderer(ds, r);
  }

  private void tierMarkers(XYPlot plot) {
    Tiers t = o.tiers != null ? o.tiers : Tiers.RED;
    if (o.tierColumn != null) {
      return;
    }
    long[] b = t.bounds();
    for (int i = 0; i < b.length; i++) {
      ValueMarker m = new ValueMarker(b[i]);
      m.setPaint(new Color(0x88, 0x88, 0x88));
      m.setStroke(
          new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0));
      m.setLabel(TierAssignment.display(t, i + 1).split(" · ")[0] + " ≥ "
          + ReadableLogAxis.compact(b[i]));
      m.setLabelFont(o.theme.annotationFont());
      m.setLabelPaint(ChartTheme.MUTED);
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
      m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
      plot.addDomainMarker(m, Layer.FOREGROUND);
    }
  }

  private int lines(XYPlot plot, int ds, PowerLaw.Result pl, Loess.Curve smooth, double[] range) {
    DefaultXYDataset d = new DefaultXYDataset();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    int s = 0;
    if (pl != null) {
      d.addSeries(
          "power law " + formula(pl) + " (R² " + String.format(Locale.ROOT, "%.2f", pl.rSquared())
              + ")",
          new double[][] {
            {Math.pow(10, range[0]), Math.pow(10, range[1])},
            {pl.predict(Math.pow(10, range[0])), pl.predict(Math.pow(10, range[1]))}
          });
      r.setSeriesPaint(s, ChartTheme.FIT);
      r.setSeriesStroke(s, new BasicStroke(2.2f));
      s++;
    }
    if (smooth != null) {
      double[][] xy = new double[2][smooth.followers().size()];
      for (int i = 0; i < xy[0].length; i++) {
        xy[0][i] = smooth.followers().get(i);
        xy[1][i] = smooth.fitted().get(i);
      }
      d.addSeries("LOESS (span " + ReadableLogAxis.plain(o.loessBandwidth) + ")", xy);
      r.setSeriesPaint(s, ChartTheme.SMOOTH);
      r.setSeriesStroke(
          s,
          new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {7, 4}, 0));
      s++;
    }
    double[] multiples = ratioMultiples();
    for (int i = 0; i < multiples.length; i++) {
      double m = multiples[i];
      double x0 = Math.pow(10, range[0]);
      double x1 = Math.pow(10, range[1]);
      // keep the line inside the data's y range so it does not stretch the axis
      double lo = Math.max(x0, Math.pow(10, range[2]) / m);
      double hi = Math.min(x1, Math.pow(10, range[3]) / m);
      if (!(hi > lo)) {
        continue;
      }
      String key =
          i == 0
              ? "field guide: " + ColumnNames.shortName(o.y) + " = " + joinTimes(multiples) + " followers"
              : m + "× followers";
      d.addSeries(key, new double[][] {{lo, hi}, {lo * m, hi * m}});
      r.setSeriesPaint(s, ChartTheme.HEALTHY);
      r.setSeriesStroke(
          s,
          new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {3, 3}, 0));
      r.setSeriesVisibleInLegend(s, i == 0);
      XYTextAnnotation a = new XYTextAnnotation(ReadableLogAxis.plain(m) + "×", hi, hi * m);
      a.setFont(o.theme.annotationFont());
      a.setPaint(ChartTheme.HEALTHY.darker());
      a.setBackgroundPaint(new Color(255, 255, 255, 215));
      // the largest multiple is labelled above its line, the others below theirs
      a.setTextAnchor(i == multiples.length - 1 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
      plot.addAnnotation(a);
      s++;
    }
    if (s == 0) {
      return ds;
    }
    plot.setDataset(ds, d);
    plot.setRenderer(ds, r);
    return ds + 1;
  }

  private double[] ratioMultiples() {
    if (o.ratioLines != null) {
      return o.ratioLines;
    }
    boolean account = o.x.equals(Schema.FOLLOWERS) && o.y.equals(Schema.LIKES_AND_COLLECTS);
    return account ? new double[] {3, 5} : new double[0];
  }

  private int highlights(XYPlot plot, int ds, PowerLaw.Result pl) {
    List<Integer> flaggedIdx = new ArrayList<>();
    List<Integer> outlierIdx = new ArrayList<>();
    double[] resid = new double[rows.length];
    double log10A = pl == null ? 0 : Math.log10(pl.a());
    for (int i = 0; i < rows.length; i++) {
      resid[i] = pl == null ? 0 : ly[i] - (log10A + pl.b() * lx[i]);
      if (flagged[rows[i]]) {
        flaggedIdx.add(i);
      } else if (pl != null && o.outlierSigma > 0 && pl.residualSd() > 0
          && Math.abs(resid[i]) > o.outlierSigma * pl.residualSd()) {
        outlierIdx.add(i);
      }
    }
    Comparator<Integer> byResid = Comparator.comparingDouble(i -> -Math.abs(resid[i]));
    flaggedIdx.sort(byResid);
    outlierIdx.sort(byResid);
    DefaultXYDataset d = new DefaultXYDataset();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    r.setDefaultShapesFilled(false);
    r.setUseOutlinePaint(false);
    r.setDrawOutlines(true);
    int s = 0;
    if (!flaggedIdx.isEmpty()) {
      d.addSeries(highlightKey("flagged", flaggedIdx.size()), xy(cap(flaggedIdx)));
      r.setSeriesPaint(s, ChartTheme.FLAG);
      r.setSeriesShape(s, new Ellipse2D.Double(-5.5, -5.5, 11, 11));
      r.setSeriesStroke(s, new BasicStroke(2f));
      r.setSeriesOutlineStroke(s, new BasicStroke(2f));
      s++;
    }
    if (!outlierIdx.isEmpty()) {
      d.addSeries(
          highlightKey("outlier: |log residual| > " + ReadableLogAxis.plain(o.outlierSigma) + "σ",
              outlierIdx.size()),
          xy(cap(outlierIdx)));
      r.setSeriesPaint(s, ChartTheme.FIT);
      r.setSeriesShape(s, new java.awt.geom.Rectangle2D.Double(-4.5, -4.5, 9, 9));
      r.setSeriesStroke(s, new BasicStroke(1.4f));
      r.setSeriesOutlineStroke(s, new BasicStroke(1.4f));
      s++;
    }
    if (s == 0) {
      return ds;
    }
    plot.setDataset(ds, d);
    plot.setRenderer(ds, r);
    if (names != null && o.maxLabels > 0) {
      List<PointLabels.Label> labels = new ArrayList<>();
      for (List<Integer> group : List.of(flaggedIdx, outlierIdx)) {
        Color c = group == flaggedIdx ? ChartTheme.FLAG : ChartTheme.TEXT;
        for (int i : group) {
          String name = names[rows[i]];
          if (labels.size() < o.maxLabels && name != null) {
            labels.add(new PointLabels.Label(Math.pow(10, lx[i]), Math.pow(10, ly[i]), name, c));
          }
        }
      }
      if (!labels.isEmpty()) {
        plot.addAnnotation(new PointLabels(labels, o.theme.annotationFont()));
      }
    }
    return ds + 1;
  }

  private List<Integer> cap(List<Integer> idx) {
    return idx.size() <= o.maxHighlighted ? idx : idx.subList(0, o.maxHighlighted);
  }

  private String highlightKey(String what, int count) {
    return count <= o.maxHighlighted
        ? String.format(Locale.ROOT, "%s (%,d)", what, count)
        : String.format(Locale.ROOT, "%s (%,d; the %,d farthest from the fit drawn)", what, count,
            o.maxHighlighted);
  }

  private double[][] xy(List<Integer> idx) {
    double[][] out = new double[2][idx.size()];
    for (int k = 0; k < idx.size(); k++) {
      out[0][k] = Math.pow(10, lx[idx.get(k)]);
      out[1][k] = Math.pow(10, ly[idx.get(k)]);
    }
    return out;
  }

  private String subtitle(int n, boolean density, PowerLaw.Result pl, Loess.Curve smooth) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%,d KOLs, log-log axes", n));
    if (dropped > 0) {
      sb.append(String.format(Locale.ROOT, " (%,d rows with zero or missing values not shown)", dropped));
    }
    if (pl != null) {
      sb.append(" · power law ").append(formula(pl)).append(", band = 95 % ")
          .append(o.predictionBand ? "prediction" : "confidence");
    }
    if (density) {
      sb.append(String.format(Locale.ROOT,
          " · more than %,d points: drawn as density cells (counts per log-log cell)",
          o.densityThreshold));
    }
    return sb.toString();
  }

  /** The fit as text, e.g. {@code y = 12.3·x^0.85}. */
  static String formula(PowerLaw.Result pl) {
    return "y = " + ReadableLogAxis.plain(pl.a()) + "·x^" + ReadableLogAxis.plain(pl.b());
  }

  private static String[] names(Table t, String column) {
    if (column == null) {
      return null;
    }
    Column<?> c = t.column(column);
    String[] out = new String[t.rowCount()];
    for (int r = 0; r < out.length; r++) {
      out[r] = c.isMissing(r) ? null : c.getString(r);
    }
    return out;
  }

  private static String joinTimes(double[] m) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < m.length; i++) {
      sb.append(i == 0 ? "" : i == m.length - 1 ? " and " : ", ")
          .append(ReadableLogAxis.plain(m[i])).append('×');
    }
    return sb.toString();
  }
}
