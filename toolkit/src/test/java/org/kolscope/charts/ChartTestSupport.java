package org.kolscope.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.kolscope.ReferenceData;

/** Headless drawing and reference-case helpers for chart tests. */
final class ChartTestSupport {
  private ChartTestSupport() {}

  /** A drawn chart: the image and the data area in image pixels. */
  record Drawn(BufferedImage image, Rectangle2D dataArea) {
    /** Share of data-area pixels that are neither the plot background nor a grid line colour. */
    double inkShare() {
      int ink = 0;
      int total = 0;
      for (int y = (int) dataArea.getMinY() + 2; y < dataArea.getMaxY() - 2; y++) {
        for (int x = (int) dataArea.getMinX() + 2; x < dataArea.getMaxX() - 2; x++) {
          total++;
          Color c = new Color(image.getRGB(x, y), true);
          if (distance(c, ChartTheme.PLOT_BACKGROUND) > 40 && distance(c, ChartTheme.GRID) > 40) {
            ink++;
          }
        }
      }
      return total == 0 ? 0 : (double) ink / total;
    }
  }

  static double distance(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }

  /** Draws the chart into a 900 × 600 image, as JFreeChart's own tests do. */
  static Drawn draw(JFreeChart chart) {
    BufferedImage img = new BufferedImage(900, 600, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = img.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g2, new Rectangle2D.Double(0, 0, 900, 600), info);
    g2.dispose();
    return new Drawn(img, info.getPlotInfo().getDataArea());
  }

  /** All subtitle texts joined by newlines. */
  static String subtitles(JFreeChart chart) {
    StringBuilder sb = new StringBuilder();
    for (Object o : chart.getSubtitles()) {
      if (o instanceof TextTitle t) {
        sb.append(t.getText()).append('\n');
      }
    }
    return sb.toString();
  }

  static List<String> pointLabels(List<XYAnnotation> annotations) {
    List<String> out = new ArrayList<>();
    for (XYAnnotation a : annotations) {
      if (a instanceof PointLabels pl) {
        out.addAll(pl.getTexts());
      }
    }
    return out;
  }

  static List<Title> titles(JFreeChart chart) {
    List<Title> out = new ArrayList<>();
    for (Object o : chart.getSubtitles()) {
      out.add((Title) o);
    }
    return out;
  }

  /** A reference case from the test resources' reference/cases (see {@link ReferenceData}). */
  static JsonNode referenceCase(String name) {
    return ReferenceData.load(name);
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
