package org.kolscope.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG encoder for rendered charts: 8-bit truecolour, with alpha only when some pixel is not
 * opaque, and a {@code pHYs} chunk giving the resolution.
 *
 * <p>Why not ImageIO: its PNG writer goes through the generic raster path and tries all five
 * filters on every row; on a report's charts that was most of a small {@code audit --out}. Charts
 * are large flat areas with antialiased edges and few colours, where deflate finds the repeats on
 * its own and row filters mostly add work: on the four charts of the shipped data's report
 * (8.6 M pixels, C1 compiler as the CLI runs), filter None at deflate level 3 made 1.25 MB in
 * 122 ms, against ImageIO's 1.25 MB in 420 ms, the per-row choice among None, Sub, Up and Paeth
 * (the specification's heuristic, §12.8) 1.38 MB in 520 ms at level 1, and Up or Sub alone 1.42–1.46
 * MB in 156–193 ms (docs/dev-notes/coldstart.md).
 *
 * <p>Format: W3C, <i>Portable Network Graphics (PNG) Specification</i>, 2nd ed., 2003 (chunks §5,
 * IHDR §11.2.2, filters §9, pHYs §11.3.5.3, CRC §5.5).
 */
public final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
  /** Deflate level: see the class comment for the measurements behind it. */
  private static final int DEFLATE_LEVEL = 3;

  private PngEncoder() {}

  /**
   * Encodes an image.
   *
   * @param img the image (any type; read as packed ARGB)
   * @param dotsPerInch the resolution to record, or 0 for none
   * @return the PNG bytes
   */
  public static byte[] encode(BufferedImage img, double dotsPerInch) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(img.getWidth() * img.getHeight() / 4);
    try {
      write(img, dotsPerInch, bytes);
    } catch (IOException e) {
      throw new AssertionError("a byte array stream does not fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes an image as PNG to a stream (not closed).
   *
   * @param img the image (any type; read as packed ARGB)
   * @param dotsPerInch the resolution to record, or 0 for none
   * @param out where to write
   * @throws IOException if the stream fails
   */
  public static void write(BufferedImage img, double dotsPerInch, OutputStream out)
      throws IOException {
    Objects.requireNonNull(img, "img");
    if (!(dotsPerInch >= 0 && Double.isFinite(dotsPerInch))) {
      throw new IllegalArgumentException("dots per inch must be finite and ≥ 0, got " + dotsPerInch);
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int[] argb = packedArgb(img);
    boolean alpha = false;
    for (int p : argb) {
      if (p >>> 24 != 0xFF) {
        alpha = true;
        break;
      }
    }
    int bpp = alpha ? 4 : 3;
    out.write(SIGNATURE);
    ByteArrayOutputStream header = new ByteArrayOutputStream(13);
    DataOutputStream d = new DataOutputStream(header);
    d.writeInt(w);
    d.writeInt(h);
    d.writeByte(8); // bit depth
    d.writeByte(alpha ? 6 : 2); // colour type: truecolour with alpha, or truecolour
    d.writeByte(0); // deflate
    d.writeByte(0); // adaptive filtering
    d.writeByte(0); // no interlace
    chunk(out, "IHDR", header.toByteArray());
    if (dotsPerInch > 0) {
      long perMetre = Math.round(dotsPerInch / 0.0254);
      ByteArrayOutputStream phys = new ByteArrayOutputStream(9);
      DataOutputStream p = new DataOutputStream(phys);
      p.writeInt((int) perMetre);
      p.writeInt((int) perMetre);
      p.writeByte(1); // unit: metre
      chunk(out, "pHYs", phys.toByteArray());
    }
    chunk(out, "IDAT", pixels(argb, w, h, bpp));
    chunk(out, "IEND", new byte[0]);
  }

  /**
   * The pixels as packed ARGB, row by row: the image's own array when it is a whole
   * {@code TYPE_INT_ARGB} image (what {@link Charts#render} makes), else a converted copy.
   */
  private static int[] packedArgb(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    if (img.getType() == BufferedImage.TYPE_INT_ARGB
        && img.getRaster().getParent() == null
        && img.getRaster().getDataBuffer() instanceof DataBufferInt buffer
        && buffer.getNumBanks() == 1
        && buffer.getOffset() == 0
        && buffer.getSize() == w * h
        && img.getRaster().getSampleModelTranslateX() == 0
        && img.getRaster().getSampleModelTranslateY() == 0) {
      return buffer.getData();
    }
    return img.getRGB(0, 0, w, h, null, 0, w);
  }

  /** The zlib stream of the scanlines, each with filter type 0 (None). */
  private static byte[] pixels(int[] argb, int w, int h, int bpp) throws IOException {
    byte[] row = new byte[w * bpp + 1]; // row[0] = 0: filter None
    ByteArrayOutputStream zipped = new ByteArrayOutputStream(row.length * h / 16 + 64);
    Deflater deflater = new Deflater(DEFLATE_LEVEL);
    try (DeflaterOutputStream z = new DeflaterOutputStream(zipped, deflater, 1 << 16)) {
      for (int y = 0; y < h; y++) {
        int o = 1;
        for (int x = y * w, end = x + w; x < end; x++) {
          int p = argb[x];
          row[o++] = (byte) (p >>> 16);
          row[o++] = (byte) (p >>> 8);
          row[o++] = (byte) p;
          if (bpp == 4) {
            row[o++] = (byte) (p >>> 24);
          }
        }
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    return zipped.toByteArray();
  }

  private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    d.write(t);
    d.write(data);
    d.writeInt((int) crc.getValue());
    d.flush();
  }
}
