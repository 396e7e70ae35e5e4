package org.kolscope.report;

import static org.kolscope.core.HtmlText.escape;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.kolscope.charts.Charts;

/**
 * Draws charts into the report as PNG {@code data:} URIs, so the file needs nothing else. Images
 * are drawn at {@code scale} times their CSS size (2 by default: sharp on high-DPI screens and in
 * print) and shown at the CSS size. A chart that cannot be drawn on these data leaves a sentence
 * saying why.
 *
 * <p>Charts are drawn on the report's worker threads: {@link #figure} leaves a marker in the page
 * and {@link #fill} puts each finished figure in its place, so the page reads the same whatever
 * order the charts finish in.
 */
final class ChartImages {
  private final double scale;
  private final boolean enabled;
  private final ReportPool pool;
  /** Unique to this report, so no text of the data can look like a marker. */
  private final String marker = "<!--kolscope-figure-" + UUID.randomUUID() + "-";
  private final List<CompletableFuture<String>> figures = new ArrayList<>();

  ChartImages(boolean enabled, double scale, ReportPool pool) {
    this.enabled = enabled;
    this.scale = scale;
    this.pool = pool;
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
    sb.append(marker).append(figures.size()).append("-->");
    figures.add(pool.submit(() -> draw(chart, width, height, alt, caption)));
  }

  private String draw(Supplier<JFreeChart> chart, int width, int height, String alt,
      String caption) {
    StringBuilder sb = new StringBuilder();
    Outcome<byte[]> png = Outcome.of(() -> Charts.toPng(chart.get(), width, height, scale));
    if (!png.ok()) {
      sb.append("<p class=\"unavailable\">Chart “").append(escape(alt)).append("” not drawn: ")
          .append(escape(png.reason())).append("</p>\n");
      return sb.toString();
    }
    sb.append("<figure><img src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png.value()))
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" alt=\"").append(escape(alt)).append("\"/>");
    if (caption != null && !caption.isEmpty()) {
      sb.append("<figcaption>").append(escape(caption)).append("</figcaption>");
    }
    sb.append("</figure>\n");
    return sb.toString();
  }

  /**
   * The page with every figure in place of its marker (waits for the charts still drawing).
   *
   * @param page the page with markers
   * @return the page with figures
   */
  String fill(String page) {
    StringBuilder out = new StringBuilder(page.length() + 1024);
    int from = 0;
    for (int i = 0; i < figures.size(); i++) {
      String m = marker + i + "-->";
      int at = page.indexOf(m, from);
      if (at < 0) {
        throw new IllegalStateException("figure marker " + m + " missing from the page");
      }
      out.append(page, from, at).append(ReportPool.join(figures.get(i)));
      from = at + m.length();
    }
    return out.append(page, from, page.length()).toString();
  }
}
