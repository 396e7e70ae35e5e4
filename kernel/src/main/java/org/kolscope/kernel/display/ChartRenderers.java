package org.kolscope.kernel.display;

import java.awt.Rectangle;
import java.util.Base64;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.kolscope.charts.Charts;

/**
 * Renders JFreeChart charts as PNG by default and as SVG on request
 * ({@code display(chart, "image/svg+xml")}); size from the render parameters {@code width} and
 * {@code height} (default 720 × 450).
 */
public final class ChartRenderers implements Extension {
  static final int WIDTH = 720;
  static final int HEIGHT = 450;

  @Override
  public void install(BaseKernel kernel) {
    kernel.getRenderer().createRegistration(JFreeChart.class)
        .preferring(MIMEType.IMAGE_PNG)
        .supporting(MIMEType.IMAGE_SVG)
        .register(ChartRenderers::render);
  }

  static void render(JFreeChart chart, RenderContext ctx) {
    int w = ctx.getParameterAsInt("width", WIDTH);
    int h = ctx.getParameterAsInt("height", HEIGHT);
    ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> png(chart, w, h));
    ctx.renderIfRequested(MIMEType.IMAGE_SVG, () -> svg(chart, w, h));
    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> describe(chart));
  }

  static String describe(JFreeChart chart) {
    String title = chart.getTitle() == null ? "" : " \"" + chart.getTitle().getText() + "\"";
    return "JFreeChart" + title + " (" + chart.getPlot().getPlotType() + ")";
  }

  /**
   * Base64 PNG, as Jupyter expects for image/png: drawn and encoded as the CLI and the report do
   * ({@link Charts#toPng}, the toolkit's {@code PngEncoder}: 3–4× faster than ImageIO on charts).
   */
  static String png(JFreeChart chart, int w, int h) {
    return Base64.getEncoder().encodeToString(Charts.toPng(chart, w, h));
  }

  static String svg(JFreeChart chart, int w, int h) {
    SVGGraphics2D g = new SVGGraphics2D(w, h);
    chart.draw(g, new Rectangle(0, 0, w, h));
    return g.getSVGElement();
  }
}
