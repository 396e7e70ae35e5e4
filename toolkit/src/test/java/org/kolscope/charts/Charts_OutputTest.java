package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class Charts_OutputTest {

  static java.util.List<String> types() {
    return ChartsSamples.TYPES.stream().filter(t -> !t.endsWith("-1m")).toList();
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyChartType_drawsHeadlessly_withANonBlankPlotArea(String type) {
    ChartTestSupport.Drawn d = ChartTestSupport.draw(ChartsSamples.chart(type));
    assertThat(d.inkShare()).as(type).isGreaterThan(0.01);
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyChartType_svgParsesAsXml(String type) throws Exception {
    String svg = Charts.toSvg(ChartsSamples.chart(type), 800, 500);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    // the SVG names the W3C DTD; do not fetch it (tests run offline)
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder()
        .parse(new InputSource(new StringReader(svg)));
    assertThat(doc.getDocumentElement().getLocalName() != null
        ? doc.getDocumentElement().getLocalName() : doc.getDocumentElement().getTagName())
        .isEqualTo("svg");
    assertThat(doc.getElementsByTagName("text").getLength()
        + doc.getElementsByTagName("path").getLength()).isGreaterThan(10);
  }

  @Test
  void svg_keepsChineseNamesAsText() {
    String svg = Charts.toSvg(ChartsSamples.chart("follower-engagement"), 800, 500);
    // legend and x-axis label are text elements (rotated labels become outlines)
    assertThat(svg).contains(">素人 KOC").contains("粉丝数");
    assertThat(svg).contains("\"PingFang SC\"").contains("\"Microsoft YaHei\"").contains("sans-serif");
  }

  @Test
  void toPng_isAPngOfTheRequestedSize() throws Exception {
    byte[] png = Charts.toPng(ChartsSamples.chart("benford"), 640, 400);
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img.getWidth()).isEqualTo(640);
    assertThat(img.getHeight()).isEqualTo(400);
  }

  @Test
  void savePng_scale2_doublesThePixels(@TempDir Path dir) throws Exception {
    Path p = Charts.savePng(ChartsSamples.chart("tier-box"), dir.resolve("sub/a.png"), 500, 300, 2);
    BufferedImage img = ImageIO.read(p.toFile());
    assertThat(img.getWidth()).isEqualTo(1000);
    assertThat(img.getHeight()).isEqualTo(600);
  }

  @Test
  void save_choosesFormatByExtension(@TempDir Path dir) throws Exception {
    JFreeChart c = ChartsSamples.chart("ratio-hist");
    Path svg = Charts.save(c, dir.resolve("h.svg"), 600, 400, 1);
    assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
    Path png = Charts.save(c, dir.resolve("h.PNG"), 600, 400, 1);
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(600);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Charts.save(c, dir.resolve("h.gif"), 600, 400, 1));
    assertThat(e.getMessage()).contains("h.gif");
  }

  @Test
  void badSizesAndScales_areRejected() {
    JFreeChart c = ChartsSamples.chart("benford");
    assertThrows(IllegalArgumentException.class, () -> Charts.render(c, 0, 100));
    assertThrows(IllegalArgumentException.class, () -> Charts.render(c, 100, 30_000));
    assertThrows(IllegalArgumentException.class, () -> Charts.render(c, 100, 100, 0));
    assertThrows(IllegalArgumentException.class, () -> Charts.render(c, 100, 100, 9));
  }

  @Test
  void theme_cardIsOpaque_soItReadsOnDarkPages() {
    BufferedImage img = Charts.render(ChartsSamples.chart("cpe"), 400, 300);
    int corner = img.getRGB(1, 1);
    assertThat(corner >>> 24).isEqualTo(255);
  }
}
