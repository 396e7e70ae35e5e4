package org.kolscope.report;

import static org.kolscope.core.HtmlText.escape;

import java.util.Base64;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.kolscope.charts.Charts;

/**
 * Draws charts into the report as PNG {@code data:} URIs, so the file needs nothing else. Images
 * are drawn at {@code scale} times their CSS size (2 by default: sharp on high-DPI screens and in
 * print) and shown at the CSS size. A chart that cannot be drawn on these data leaves a sentence
 * saying why.
 */
final class ChartImages {
  private final double scale;
  private final boolean enabled;

  ChartImages(boolean enabled, double scale) {
    this.enabled = enabled;
    this.scale = scale;
  }

  /**
   * A {@code <figure>} with the chart, or a note why it is missing.
   *
   * @param chart draws the chart (may throw {@link IllegalArgumentException})
   * @param width CSS width in pixels
   * @param height CSS height in pixels
   * @param alt the image's text alternative
   * @param caption the caption (plain text)
   */
  void figure(StringBuilder sb, Supplier<JFreeChart> chart, int width, int height, String alt,
      String caption) {
    if (!enabled) {
      return;
    }
    Outcome<byte[]> png = Outcome.of(() -> Charts.toPng(chart.get(), width, height, scale));
    if (!png.ok()) {
      sb.append("<p class=\"unavailable\">Chart “").append(escape(alt)).append("” not drawn: ")
          .append(escape(png.reason())).append("</p>\n");
      return;
    }
    sb.append("<figure><img src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png.value()))
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" alt=\"").append(escape(alt)).append("\"/>");
    if (caption != null && !caption.isEmpty()) {
      sb.append("<figcaption>").append(escape(caption)).append("</figcaption>");
    }
    sb.append("</figure>\n");
  }
}
