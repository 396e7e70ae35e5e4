package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Names placed beside points without overlapping each other: each label tries eight positions
 * around its point at two distances (right, left, above, below and the diagonals) and takes the
 * first that stays inside the plot and clear of labels placed before it; a thin leader line joins
 * a label to its point when it sits farther out. A label with no free position is left out (its
 * point stays highlighted) rather than drawn over another. Labels keep their order of importance (the first
 * label is placed first). Text sits on a translucent white plate so it reads over dense points.
 */
public class PointLabels extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;

  /** One label: data position, text and text colour. */
  public record Label(double x, double y, String text, Color color) {
    public Label {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(color, "color");
    }
  }

  private final List<Label> labels;
  private final transient Font font;

  /** Labels drawn in the given font. */
  public PointLabels(List<Label> labels, Font font) {
    this.labels = List.copyOf(labels);
    this.font = Objects.requireNonNull(font, "font");
  }

  /** The labels, most important first. */
  public List<Label> getLabels() {
    return labels;
  }

  /** The texts of the labels, most important first. */
  public List<String> getTexts() {
    return labels.stream().map(Label::text).toList();
  }

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      int rendererIndex,
      PlotRenderingInfo info) {
    g2.setFont(font);
    FontMetrics fm = g2.getFontMetrics();
    RectangleEdge xe = plot.getDomainAxisEdge();
    RectangleEdge ye = plot.getRangeAxisEdge();
    boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
    List<Rectangle2D> placed = new ArrayList<>();
    int skipped = 0;
    for (Label l : labels) {
      double jx = domainAxis.valueToJava2D(l.x(), dataArea, xe);
      double jy = rangeAxis.valueToJava2D(l.y(), dataArea, ye);
      Point2D p = vertical ? new Point2D.Double(jx, jy) : new Point2D.Double(jy, jx);
      if (!dataArea.contains(p)) {
        continue;
      }
      String text = ChartFonts.displayable(font, l.text());
      double w = fm.stringWidth(text) + 4;
      double h = fm.getAscent() + fm.getDescent();
      Rectangle2D box = place(p, w, h, dataArea, placed);
      if (box == null) {
        skipped++;
        continue;
      }
      placed.add(box);
      double cx = box.getCenterX();
      double cy = box.getCenterY();
      if (p.distance(cx, cy) > Math.max(w, h) * 0.5 + 9) {
        g2.setPaint(new Color(0x66, 0x66, 0x66));
        g2.setStroke(new BasicStroke(0.7f));
        Point2D edge = nearestOnBox(box, p);
        g2.draw(new Line2D.Double(p, edge));
      }
      g2.setPaint(new Color(255, 255, 255, 200));
      g2.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), w, h, 4, 4));
      Paint paint = l.color();
      g2.setPaint(paint);
      g2.drawString(text, (float) (box.getX() + 2), (float) (box.getY() + fm.getAscent()));
    }
    lastSkipped = skipped;
  }

  private transient int lastSkipped;

  /** How many labels the last drawing left out because every position overlapped another label. */
  public int getLastSkipped() {
    return lastSkipped;
  }

  private static Rectangle2D place(
      Point2D p, double w, double h, Rectangle2D area, List<Rectangle2D> placed) {
    for (double r : new double[] {6, 20, 36}) {
      double[][] offsets = {
        {r, -h / 2}, {-r - w, -h / 2}, {r * 0.7, -r * 0.7 - h}, {-r * 0.7 - w, -r * 0.7 - h},
        {r * 0.7, r * 0.7}, {-r * 0.7 - w, r * 0.7}, {-w / 2, -r - h}, {-w / 2, r}
      };
      for (double[] o : offsets) {
        Rectangle2D box = new Rectangle2D.Double(p.getX() + o[0], p.getY() + o[1], w, h);
        if (!area.contains(box)) {
          continue;
        }
        if (placed.stream().noneMatch(b -> b.intersects(box))) {
          return box;
        }
      }
    }
    return null;
  }

  private static Point2D nearestOnBox(Rectangle2D b, Point2D p) {
    double x = Math.max(b.getMinX(), Math.min(p.getX(), b.getMaxX()));
    double y = Math.max(b.getMinY(), Math.min(p.getY(), b.getMaxY()));
    return new Point2D.Double(x, y);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PointLabels pl && pl.labels.equals(labels) && super.equals(o);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }
}
