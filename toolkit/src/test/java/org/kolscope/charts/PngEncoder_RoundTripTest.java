package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The PNG encoder, judged by decoders that are not ours: the JDK's ImageIO reader (pixel for
 * pixel, and the pHYs chunk), and Python's Pillow when it is installed.
 */
class PngEncoder_RoundTripTest {

  static Stream<BufferedImage> images() {
    Random r = new Random(3);
    BufferedImage noiseAlpha = new BufferedImage(37, 23, BufferedImage.TYPE_INT_ARGB);
    BufferedImage opaque = new BufferedImage(64, 9, BufferedImage.TYPE_INT_ARGB);
    BufferedImage gradient = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 23; y++) {
      for (int x = 0; x < 37; x++) {
        noiseAlpha.setRGB(x, y, r.nextInt());
      }
    }
    for (int y = 0; y < 9; y++) {
      for (int x = 0; x < 64; x++) {
        opaque.setRGB(x, y, 0xFF000000 | r.nextInt(1 << 24));
      }
    }
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 300; x++) {
        gradient.setRGB(x, y, 0xFF000000 | (x % 256) << 16 | (y % 256) << 8 | (x * y) % 256);
      }
    }
    BufferedImage rgb = new BufferedImage(5, 4, BufferedImage.TYPE_3BYTE_BGR);
    rgb.setRGB(2, 1, 0xFF123456);
    BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    one.setRGB(0, 0, 0x80FF0000);
    BufferedImage chart = Charts.render(ChartsSamples.chart("tier-box"), 400, 300, 2);
    return Stream.of(noiseAlpha, opaque, gradient, rgb, one, chart,
        noiseAlpha.getSubimage(3, 2, 20, 10));
  }

  @ParameterizedTest
  @MethodSource("images")
  void imageIoDecodes_theSamePixels(BufferedImage img) throws Exception {
    byte[] png = PngEncoder.encode(img, 0);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(back.getWidth()).isEqualTo(img.getWidth());
    assertThat(back.getHeight()).isEqualTo(img.getHeight());
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int want = img.getRGB(x, y);
        int got = back.getRGB(x, y);
        if (want >>> 24 == 0) {
          // a fully transparent pixel's colour is not kept by every decoder's colour model
          assertThat(got >>> 24).as("alpha at %d,%d", x, y).isZero();
        } else {
          assertThat(Integer.toHexString(got)).as("pixel %d,%d", x, y)
              .isEqualTo(Integer.toHexString(want));
        }
      }
    }
  }

  @Test
  void opaqueImage_isWrittenWithoutAlpha_transparentOneWithIt() {
    BufferedImage opaque = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
    BufferedImage clear = new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB);
    // IHDR colour type is byte 25: 8 signature + 4 length + 4 type + 4 width + 4 height + 1 depth
    assertThat(PngEncoder.encode(opaque, 0)[25]).isEqualTo((byte) 2);
    assertThat(PngEncoder.encode(clear, 0)[25]).isEqualTo((byte) 6);
  }

  @Test
  void resolution_isReadBackFromPhys() throws Exception {
    byte[] png = PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), 192);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadata meta = reader.getImageMetadata(0);
      Node root = meta.getAsTree("javax_imageio_png_1.0");
      Element phys = null;
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("pHYs")) {
          phys = (Element) n;
        }
      }
      assertThat(phys).isNotNull();
      // 192 dpi = 192 / 0.0254 = 7559.05… pixels per metre, rounded
      assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("7559");
      assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
    }
  }

  /** Pillow (C zlib; installed with matplotlib by .ci/run) reads the same pixels. */
  @Test
  void pillowDecodes_theSamePixels(@TempDir Path dir) throws Exception {
    Path python = Path.of("/usr/bin/python3");
    BufferedImage img = images().toList().get(0);
    Path file = dir.resolve("a.png");
    Files.write(file, PngEncoder.encode(img, 96));
    Process p = new ProcessBuilder(python.toString(), "-c",
        "import sys; from PIL import Image; im = Image.open(sys.argv[1]).convert('RGBA');"
            + " print(' '.join('%02x%02x%02x%02x' % (a, r, g, b) for (r, g, b, a) in im.getdata()))",
        file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    assertThat(p.waitFor()).as(out).isZero();
    String[] px = out.split(" ");
    assertThat(px).hasSize(img.getWidth() * img.getHeight());
    for (int i = 0; i < px.length; i++) {
      int want = img.getRGB(i % img.getWidth(), i / img.getWidth());
      if (want >>> 24 != 0) {
        assertThat(px[i]).as("pixel %d", i).isEqualTo(String.format("%08x", want));
      }
    }
  }

  @Test
  void badResolution_rejectedWithValue() {
    BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    assertThat(assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(img, -1))
        .getMessage()).contains("-1");
  }
}
