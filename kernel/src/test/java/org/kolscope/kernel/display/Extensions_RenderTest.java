package org.kolscope.kernel.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Tabular;
import org.kolscope.kernel.KolScopeKernel;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Renderers as the kernel loads them: through jjava's Extension ServiceLoader. */
class Extensions_RenderTest {
  private static KolScopeKernel kernel;

  record Verdict(String kol, double score) implements Tabular {
    @Override
    public Table toTable() {
      return Table.create("verdict", StringColumn.create("kol", kol), tech.tablesaw.api.DoubleColumn.create("score", score));
    }

    @Override
    public String toString() {
      return "Verdict for " + kol + ": " + score;
    }
  }

  @BeforeAll
  static void start() {
    kernel = KolScopeKernel.create();
    kernel.onStartup();
  }

  @AfterAll
  static void stop() {
    kernel.onShutdown(false);
  }

  @Test
  void tableRendersAsHtmlAndText() {
    DisplayData d = kernel.getRenderer().render(Table.create("t", StringColumn.create("name", "<b>x</b>")));

    assertThat((String) d.getData(MIMEType.TEXT_HTML)).contains("<td>&lt;b&gt;x&lt;/b&gt;</td>");
    assertThat((String) d.getData(MIMEType.TEXT_PLAIN)).contains("<b>x</b>").endsWith("[1 row × 1 column]");
  }

  @Test
  void columnRendersAsOneColumnTable() {
    DisplayData d = kernel.getRenderer().render(IntColumn.create("followers", 5, 6));

    assertThat((String) d.getData(MIMEType.TEXT_HTML)).contains("<th>followers</th>").contains("2 rows × 1 column");
  }

  @Test
  void tabularResultIsItsTextAndItsTableAsHtml() {
    DisplayData d = kernel.getRenderer().render(new Verdict("<script>", 0.5));

    assertThat(d.getData(MIMEType.TEXT_PLAIN)).isEqualTo("Verdict for <script>: 0.5");
    assertThat((String) d.getData(MIMEType.TEXT_HTML))
        .startsWith("<pre class=\"kolscope-result\" style=\"white-space: pre-wrap\">Verdict for &lt;script&gt;: 0.5</pre>")
        .contains("<details><summary>as a table (1 row)</summary>")
        .contains("<td>&lt;script&gt;</td>").contains("<caption>verdict</caption>")
        .doesNotContain("<script>");
  }

  @Test
  void chartIsPngByDefaultAndSvgOnRequest() throws Exception {
    DefaultPieDataset<String> ds = new DefaultPieDataset<>();
    ds.setValue("a", 1);
    JFreeChart chart = ChartFactory.createPieChart("share", ds);

    DisplayData png = kernel.getRenderer().render(chart);
    DisplayData svg = kernel.getRenderer().renderAs(chart, "image/svg+xml");

    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) png.getData(MIMEType.IMAGE_PNG))));
    assertThat(img.getWidth()).isEqualTo(720);
    assertThat(img.getHeight()).isEqualTo(450);
    assertThat(png.hasDataForType(MIMEType.IMAGE_SVG)).isFalse();
    assertThat((String) svg.getData(MIMEType.IMAGE_SVG)).startsWith("<svg");
    assertThat(svg.hasDataForType(MIMEType.IMAGE_PNG)).isFalse();
    assertThat(png.getData(MIMEType.TEXT_PLAIN)).isEqualTo("JFreeChart \"share\" (Pie Plot)");
  }

  @Test
  void bufferedImageIsPng() {
    DisplayData d = kernel.getRenderer().render(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB));

    assertThat((String) d.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo");
  }
}
