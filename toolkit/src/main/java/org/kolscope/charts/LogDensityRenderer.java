package org.kolscope.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Draws density cells that are square in log10-log10 space: item {@code (x, y, z)} is the cell
 * centred at {@code (x, y)} (data units), {@code cellWidth} decades wide and {@code cellHeight}
 * decades tall, filled by the paint scale at count {@code z}. Used by {@link
 * FollowerEngagementChart} above its density threshold: drawing a few thousand cells is fast
 * whatever the number of points.
 */
public class LogDensityRenderer extends AbstractXYItemRenderer {
  private static final long serialVersionUID = 1L;

  private final double cellWidth;
  private final double cellHeight;
  private final transient PaintScale scale;

  /**
   * @param cellWidth cell width in log10 units (decades), &gt; 0
   * @param cellHeight cell height in log10 units, &gt; 0
   * @param scale count → paint
   */
  public LogDensityRenderer(double cellWidth, double cellHeight, PaintScale scale) {
    if (!(cellWidth > 0 && cellHeight > 0)) {
      throw new IllegalArgumentException(
          "cell sizes must be > 0 decades, got " + cellWidth + " x " + cellHeight);
    }
    this.cellWidth = cellWidth;
    this.cellHeight = cellHeight;
    this.scale = scale;
    setDefaultSeriesVisibleInLegend(false);
  }

  /** The paint scale (count → colour). */
  public PaintScale getPaintScale() {
    return scale;
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    double x = dataset.getXValue(series, item);
    double y = dataset.getYValue(series, item);
    double z = ((XYZDataset) dataset).getZValue(series, item);
    double fx = Math.pow(10, cellWidth / 2);
    double fy = Math.pow(10, cellHeight / 2);
    RectangleEdge xe = plot.getDomainAxisEdge();
    RectangleEdge ye = plot.getRangeAxisEdge();
    double x0 = domainAxis.valueToJava2D(x / fx, dataArea, xe);
    double x1 = domainAxis.valueToJava2D(x * fx, dataArea, xe);
    double y0 = rangeAxis.valueToJava2D(y / fy, dataArea, ye);
    double y1 = rangeAxis.valueToJava2D(y * fy, dataArea, ye);
    Rectangle2D cell;
    if (plot.getOrientation() == PlotOrientation.VERTICAL) {
      cell = new Rectangle2D.Double(
          Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0) + 0.5, Math.abs(y1 - y0) + 0.5);
    } else {
      cell = new Rectangle2D.Double(
          Math.min(y0, y1), Math.min(x0, x1), Math.abs(y1 - y0) + 0.5, Math.abs(x1 - x0) + 0.5);
    }
    Paint p = scale.getPaint(z);
    g2.setPaint(p);
    g2.fill(cell);
  }

  @Override
  public Range findDomainBounds(XYDataset dataset) {
    Range r = super.findDomainBounds(dataset);
    return r == null ? null : widen(r, cellWidth);
  }

  @Override
  public Range findRangeBounds(XYDataset dataset) {
    Range r = super.findRangeBounds(dataset);
    return r == null ? null : widen(r, cellHeight);
  }

  private static Range widen(Range r, double decades) {
    double f = Math.pow(10, decades / 2);
    return new Range(r.getLowerBound() / f, r.getUpperBound() * f);
  }

  @Override
  public LegendItem getLegendItem(int datasetIndex, int series) {
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogDensityRenderer r
        && r.cellWidth == cellWidth
        && r.cellHeight == cellHeight
        && super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  /**
   * Counts points in an {@code nx × ny} grid over the log10 ranges of x and y.
   *
   * @param lx log10 x values
   * @param ly log10 y values
   * @return the non-empty cells as an XYZ dataset (x, y in data units, z = count), with the cell
   *     sizes in decades and the largest count
   */
  static Grid bin(double[] lx, double[] ly, int nx, int ny) {
    double xmin = Double.POSITIVE_INFINITY;
    double xmax = Double.NEGATIVE_INFINITY;
    double ymin = Double.POSITIVE_INFINITY;
    double ymax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < lx.length; i++) {
      xmin = Math.min(xmin, lx[i]);
      xmax = Math.max(xmax, lx[i]);
      ymin = Math.min(ymin, ly[i]);
      ymax = Math.max(ymax, ly[i]);
    }
    double w = Math.max(xmax - xmin, 1e-9) / nx;
    double h = Math.max(ymax - ymin, 1e-9) / ny;
    int[] counts = new int[nx * ny];
    for (int i = 0; i < lx.length; i++) {
      int cx = Math.min(nx - 1, (int) ((lx[i] - xmin) / w));
      int cy = Math.min(ny - 1, (int) ((ly[i] - ymin) / h));
      counts[cy * nx + cx]++;
    }
    int cells = 0;
    int max = 0;
    for (int c : counts) {
      if (c > 0) {
        cells++;
        max = Math.max(max, c);
      }
    }
    double[][] data = new double[3][cells];
    int k = 0;
    for (int cy = 0; cy < ny; cy++) {
      for (int cx = 0; cx < nx; cx++) {
        int c = counts[cy * nx + cx];
        if (c > 0) {
          data[0][k] = Math.pow(10, xmin + (cx + 0.5) * w);
          data[1][k] = Math.pow(10, ymin + (cy + 0.5) * h);
          data[2][k] = c;
          k++;
        }
      }
    }
    DefaultXYZDataset ds = new DefaultXYZDataset();
    ds.addSeries("density", data);
    return new Grid(ds, w, h, max, nx, ny);
  }

  /** Binned density: the dataset, cell sizes in decades, the largest count and the grid size. */
  record Grid(DefaultXYZDataset dataset, double cellWidth, double cellHeight, int maxCount, int nx,
      int ny) {}

  /**
   * A light-to-dark blue paint scale on log10(count), readable on the light plot area: one point
   * per cell is pale, the densest cell is dark navy.
   */
  public static final class LogCountScale implements PaintScale, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Color[] RAMP = {
      new Color(0xC6, 0xDB, 0xEF),
      new Color(0x6B, 0xAE, 0xD6),
      new Color(0x21, 0x71, 0xB5),
      new Color(0x08, 0x30, 0x6B),
      new Color(0x03, 0x13, 0x33)
    };
    private final double upper;

    /** A scale from 1 to {@code upper} counts. */
    public LogCountScale(double upper) {
      this.upper = Math.max(upper, 2);
    }

    @Override
    public double getLowerBound() {
      return 1;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      double f = Math.log(Math.max(1, Math.min(value, upper))) / Math.log(upper);
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
