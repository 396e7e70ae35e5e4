package org.kolscope.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.kolscope.io.IoErrors;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws charts to images, PNG and SVG. Sizes are in logical pixels (CSS pixels); {@code scale}
 * multiplies the pixel count for high-DPI screens (2 for a "retina" PNG) and the PNG records the
 * matching resolution ({@code 96 × scale} dpi) so viewers show it at the logical size.
 */
public final class Charts {
  /** Largest allowed width or height in logical pixels. */
  public static final int MAX_SIZE = 20_000;
  /** Largest allowed scale factor. */
  public static final double MAX_SCALE = 8;

  /**
   * Families appended to every SVG {@code font-family}, so that a viewer without the font the
   * chart was drawn with still finds a Chinese-capable one (macOS, Windows, Linux, then generic).
   */
  static final String SVG_FONT_FALLBACK =
      ", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\","
          + " \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";

  private Charts() {}

  /**
   * Draws {@code chart} into a new ARGB image of {@code width × height} logical pixels times
   * {@code scale}.
   *
   * @throws IllegalArgumentException if a size is outside [1, {@value #MAX_SIZE}] or scale is
   *     outside (0, {@value #MAX_SCALE}]
   */
  public static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
    Objects.requireNonNull(chart, "chart");
    checkSize(width, height);
    checkScale(scale);
    int pw = (int) Math.round(width * scale);
    int ph = (int) Math.round(height * scale);
    BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = img.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.scale(scale, scale);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    return img;
  }

  /** Draws {@code chart} at scale 1. */
  public static BufferedImage render(JFreeChart chart, int width, int height) {
    return render(chart, width, height, 1);
  }

  /** The chart as PNG bytes at scale 1 (for notebooks and web responses). */
  public static byte[] toPng(JFreeChart chart, int width, int height) {
    return toPng(chart, width, height, 1);
  }

  /** The chart as PNG bytes, {@code width × scale} by {@code height × scale} pixels. */
  public static byte[] toPng(JFreeChart chart, int width, int height, double scale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writePng(render(chart, width, height, scale), scale, bytes);
    return bytes.toByteArray();
  }

  /**
   * Saves the chart as PNG; parent folders are created.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path savePng(JFreeChart chart, Path path, int width, int height, double scale) {
    Objects.requireNonNull(path, "path");
    BufferedImage img = render(chart, width, height, scale);
    createParent(path);
    try (OutputStream out = Files.newOutputStream(path)) {
      writePng(img, scale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(path, e), e);
    } catch (UncheckedIOException e) {
      // the encoder's own failure: the stream (disk full, say) is the cause
      throw new UncheckedIOException(IoErrors.cannotWrite(path, e), e.getCause());
    }
    return path;
  }

  /** Saves the chart as PNG at scale 1. */
  public static Path savePng(JFreeChart chart, Path path, int width, int height) {
    return savePng(chart, path, width, height, 1);
  }

  /**
   * The chart as an SVG document of {@code width × height} pixels (JFreeSVG). Text stays text; its
   * {@code font-family} lists common CJK fonts after the one used, so Chinese renders elsewhere.
   */
  public static String toSvg(JFreeChart chart, int width, int height) {
    Objects.requireNonNull(chart, "chart");
    checkSize(width, height);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    java.util.function.Function<String, String> base = g2.getFontFunction();
    g2.setFontFunction(family -> base.apply(family) + SVG_FONT_FALLBACK);
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    String doc = g2.getSVGDocument();
    return doc.startsWith("<?xml") ? doc : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doc;
  }

  /**
   * Saves the chart as SVG (UTF-8); parent folders are created.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path saveSvg(JFreeChart chart, Path path, int width, int height) {
    Objects.requireNonNull(path, "path");
    String svg = toSvg(chart, width, height);
    createParent(path);
    try {
      Files.writeString(path, svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(path, e), e);
    }
    return path;
  }

  /**
   * Saves as SVG if the file name ends in {@code .svg}, PNG if it ends in {@code .png}.
   *
   * @throws IllegalArgumentException for any other extension
   */
  public static Path save(JFreeChart chart, Path path, int width, int height, double scale) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      return saveSvg(chart, path, width, height);
    }
    if (name.endsWith(".png")) {
      return savePng(chart, path, width, height, scale);
    }
    throw new IllegalArgumentException(
        "cannot tell the image format of '" + path + "': use a .png or .svg file name");
  }

  private static void createParent(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(path, e), e);
    }
  }

  /** Writes a PNG with a pHYs chunk saying 96 × scale dots per inch ({@link PngEncoder}). */
  private static void writePng(BufferedImage img, double scale, OutputStream out) {
    try {
      PngEncoder.write(img, 96 * scale, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode PNG: " + e.getMessage(), e);
    }
  }

  private static void checkSize(int width, int height) {
    if (width < 1 || width > MAX_SIZE || height < 1 || height > MAX_SIZE) {
      throw new IllegalArgumentException(
          "chart size must be within 1.." + MAX_SIZE + " pixels each way, got " + width + "x"
              + height);
    }
  }

  private static void checkScale(double scale) {
    if (!(scale > 0 && scale <= MAX_SCALE)) {
      throw new IllegalArgumentException(
          "scale must be in (0, " + MAX_SCALE + "], got " + scale);
    }
  }
}
