package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.ReferenceData;

class ChartCommandTest {
  @TempDir static Path dir;
  static Path accounts;
  static Path notes;

  record Run(int rc, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(rc, out.toString(), err.toString());
  }

  @BeforeAll
  static void writeData() throws Exception {
    Random rnd = new Random(5);
    StringBuilder a = new StringBuilder(
        "kol_id,name,followers,likes_and_collects,notes,price_rmb,suspicious\n");
    String[] names = {"小红薯", "美妆小仙女", "穿搭日记", "旅行的猫", "咖啡与书"};
    for (int i = 0; i < 120; i++) {
      double f = Math.pow(10, 3 + rnd.nextDouble() * 3.5);
      double ratio = (f < 5e4 ? 3 : 0.6) * Math.exp(0.5 * rnd.nextGaussian());
      boolean fake = i % 29 == 3;
      if (fake) {
        ratio = 0.02;
      }
      a.append("k").append(i).append(',').append(names[i % 5]).append(i).append(',')
          .append(Math.round(f)).append(',').append(Math.round(f * ratio)).append(',')
          .append(30 + i).append(',').append(Math.round(f * 0.05) + 300).append(',')
          .append(fake).append('\n');
    }
    accounts = Files.writeString(dir.resolve("accounts.csv"), a.toString(), StandardCharsets.UTF_8);
    StringBuilder n = new StringBuilder(
        "note_id,kol_id,followers,views,likes,collects,comments,cost_rmb\n");
    for (int i = 0; i < 300; i++) {
      double f = Math.pow(10, 3 + rnd.nextDouble() * 3.5);
      double v = f * Math.exp(0.7 * rnd.nextGaussian());
      double l = v * 0.02 * Math.exp(0.4 * rnd.nextGaussian());
      n.append("n").append(i).append(",k").append(i % 50).append(',').append(Math.round(f))
          .append(',').append(Math.round(v)).append(',').append(Math.round(l)).append(',')
          .append(Math.round(l * 0.4)).append(',').append(Math.round(l * 0.1)).append(',')
          .append(Math.round(f * 0.04) + 300).append('\n');
    }
    notes = Files.writeString(dir.resolve("notes.csv"), n.toString(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"follower-engagement", "tier-box", "ratio-hist", "benford", "residuals", "cpe"})
  void everyType_onAccounts_writesAPngAndPrintsItsPath(String type) throws Exception {
    Path png = dir.resolve("acc-" + type + ".png");
    Run r = run("chart", accounts.toString(), "--type", type, "--out", png.toString(),
        "--width", "640", "--height", "420");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out().trim()).isEqualTo(png.toString());
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(640);
    assertThat(img.getHeight()).isEqualTo(420);
  }

  @ParameterizedTest
  @ValueSource(strings = {"follower-engagement", "tier-box", "ratio-hist", "residuals", "cpe"})
  void everyType_onNotes_writesAnSvgThatParses(String type) throws Exception {
    Path svg = dir.resolve("notes-" + type + ".svg");
    Run r = run("chart", notes.toString(), "--type", type, "--out", svg.toString());
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    assertThat(f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTagName())
        .isEqualTo("svg");
  }

  @Test
  void json_printsOneDocumentDescribingTheChart() throws Exception {
    Path png = dir.resolve("fe.png");
    Run r = run("chart", accounts.toString(), "--type", "follower-engagement", "--flag",
        "suspicious", "--out", png.toString(), "--scale", "2", "--json");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("out").asText()).isEqualTo(png.toString());
    assertThat(doc.get("format").asText()).isEqualTo("png");
    assertThat(doc.get("rows").asInt()).isEqualTo(120);
    assertThat(doc.get("title").asText()).isEqualTo("Followers vs likes + collects");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(2000);
  }

  @Test
  void ratioHist_customColumnsAndBand() {
    Path png = dir.resolve("rh.png");
    Run r = run("chart", notes.toString(), "--type", "ratio-hist", "--y", "comments", "--x",
        "likes", "--band", "0.05,0.2", "--out", png.toString());
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
  }

  @Test
  void help_listsEveryType() {
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
    Run r;
    try {
      System.setErr(new java.io.PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
      r = run("chart", "--help");
    } finally {
      System.setErr(stderr);
    }
    assertThat(r.rc()).isEqualTo(Main.OK);
    for (String t : ChartCommand.TYPES) {
      assertThat(r.out()).contains(t);
    }
    // the description is a format string: a bare "% b" would be a conversion, and picocli would
    // print a warning on System.err and the raw text
    assertThat(r.out()).contains("power law + 95 % band");
    assertThat(picocliWarnings.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
  }

  @Test
  void unknownType_isUsageError() {
    Run r = run("chart", accounts.toString(), "--type", "pie");
    assertThat(r.rc()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("unknown chart type 'pie'").contains("follower-engagement");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badExtension_isUsageError() {
    Run r = run("chart", accounts.toString(), "--type", "benford", "--out", "x.gif");
    assertThat(r.rc()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains(".png or .svg");
  }

  @Test
  void badBand_isUsageError() {
    Run r = run("chart", accounts.toString(), "--type", "ratio-hist", "--band", "3",
        "--out", dir.resolve("b.png").toString());
    assertThat(r.rc()).isEqualTo(Main.USAGE);
  }

  @Test
  void missingFile_isFailure() {
    Run r = run("chart", dir.resolve("nope.csv").toString(), "--type", "benford");
    assertThat(r.rc()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void unknownColumn_isFailureNamingIt() {
    // not a header the loader knows ("fans" would find followers)
    Run r = run("chart", accounts.toString(), "--type", "follower-engagement", "--y", "fanz",
        "--out", dir.resolve("c.png").toString());
    assertThat(r.rc()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("'fanz'").doesNotContain("\n\n");
  }

  private static String subtitles(org.jfree.chart.JFreeChart chart) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
        sb.append(t.getText()).append('\n');
      }
    }
    return sb.toString();
  }

  /** A command with picocli's spec injected (its stderr is a StringWriter). */
  private static ChartCommand command() {
    ChartCommand cmd = new ChartCommand();
    new picocli.CommandLine(cmd).setErr(new PrintWriter(new StringWriter()));
    return cmd;
  }

  @Test
  void benford_smallSample_warnsOnStderr_notStdout() {
    Run r = run("chart", accounts.toString(), "--type", "benford", "--out",
        dir.resolve("b.png").toString());
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    // stats.benford.Benford: fewer than 1,000 values earn a warning (Nigrini 2012)
    assertThat(r.err()).contains("warning: only 120 values");
    assertThat(r.out().trim()).isEqualTo(dir.resolve("b.png").toString());
  }

  /** A reference case of the toolkit's test resources (through its test-jar). */
  private static JsonNode referenceCase(String name) {
    return ReferenceData.load(name);
  }

  @Test
  void benford_drawsTheBenfordTest_onReferenceCounts() throws Exception {
    // benford_loguniform_1000.json: counts 311,165,132,96,75,73,58,50,40 -> MAD 0.005131673582093092
    // (scipy/R, Nigrini class "Close conformity"); rebuilt here from the digit counts
    JsonNode c = referenceCase("benford_loguniform_1000.json");
    assertThat(c.toString()).contains("0.005131673582093092");
    int[] counts = {311, 165, 132, 96, 75, 73, 58, 50, 40};
    tech.tablesaw.api.DoubleColumn f = tech.tablesaw.api.DoubleColumn.create("followers");
    for (int d = 0; d < 9; d++) {
      for (int k = 0; k < counts[d]; k++) {
        f.append((d + 1) * 1000 + k);
      }
    }
    ChartCommand cmd = command();
    cmd.type = ChartCommand.Type.BENFORD;
    org.jfree.chart.JFreeChart chart = cmd.chart(tech.tablesaw.api.Table.create("t", f));
    assertThat(subtitles(chart)).contains("Close conformity · MAD 0.0051 · n = 1,000");
    var ds = ((org.jfree.chart.plot.CategoryPlot) chart.getPlot()).getDataset();
    for (int d = 0; d < 9; d++) {
      assertThat(ds.getValue("observed", Integer.toString(d + 1)).doubleValue())
          .isCloseTo(counts[d] / 1000.0, within(1e-15));
      // Benford (1938): log10(1 + 1/d)
      assertThat(ds.getValue("expected (Benford)", Integer.toString(d + 1)).doubleValue())
          .isCloseTo(Math.log10(1 + 1.0 / (d + 1)), within(1e-15));
    }
  }

  @Test
  void residuals_drawRstudentAgainstLeverage_asR() throws Exception {
    // ols_loglog_influence.json: statsmodels OLSInfluence / R hatvalues(fit), rstudent(fit)
    JsonNode c = referenceCase("ols_loglog_influence.json");
    tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("t",
        tech.tablesaw.api.DoubleColumn.create("followers", arr(c.at("/input/followers"))),
        tech.tablesaw.api.DoubleColumn.create("likes", arr(c.at("/input/likes"))));
    ChartCommand cmd = command();
    cmd.type = ChartCommand.Type.RESIDUALS;
    cmd.y = "likes";
    org.jfree.chart.JFreeChart chart = cmd.chart(t);
    assertThat(chart.getTitle().getText())
        .isEqualTo("Residuals vs leverage: log10(likes) ~ log10(followers)");
    var pts = chart.getXYPlot().getDataset(0);
    double[] h = arr(c.at("/expected/leverage_hat"));
    double[] r = arr(c.at("/expected/studentized_external_rstudent"));
    int drawn = 0;
    for (int s = 0; s < pts.getSeriesCount(); s++) {
      drawn += pts.getItemCount(s);
    }
    assertThat(drawn).isEqualTo(20);
    for (int i = 0; i < h.length; i++) {
      boolean found = false;
      for (int s = 0; s < pts.getSeriesCount(); s++) {
        for (int k = 0; k < pts.getItemCount(s); k++) {
          found |= Math.abs(pts.getXValue(s, k) - h[i]) < 1e-9
              && Math.abs(pts.getYValue(s, k) - r[i]) < 1e-9 * Math.max(1, Math.abs(r[i]));
        }
      }
      assertThat(found).as("point %d (h %s, rstudent %s)", i, h[i], r[i]).isTrue();
    }
  }

  @Test
  void notes_engagementIsInteractions_asTheMetricsDefineThem() {
    tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("n",
        tech.tablesaw.api.StringColumn.create("note_id", "a", "b"),
        tech.tablesaw.api.DoubleColumn.create("likes", 10, 20),
        tech.tablesaw.api.DoubleColumn.create("collects", 4, Double.NaN),
        tech.tablesaw.api.DoubleColumn.create("comments", 1, 2));
    ChartCommand cmd = command();
    cmd.type = ChartCommand.Type.TIER_BOX;
    // metrics.Interactions (Xinhong 互动量): likes + collects + comments; a missing part -> missing
    cmd.chart(t.addColumns(tech.tablesaw.api.DoubleColumn.create("followers", 1000, 2000)));
    assertThat(t.doubleColumn(ChartCommand.INTERACTIONS).get(0)).isEqualTo(15.0);
    assertThat(t.doubleColumn(ChartCommand.INTERACTIONS).isMissing(1)).isTrue();
  }

  private static double[] arr(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }
}
