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
    Run r = run("chart", "--help");
    assertThat(r.rc()).isEqualTo(Main.OK);
    for (String t : ChartCommand.TYPES) {
      assertThat(r.out()).contains(t);
    }
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
    Run r = run("chart", accounts.toString(), "--type", "follower-engagement", "--y", "fans",
        "--out", dir.resolve("c.png").toString());
    assertThat(r.rc()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("'fans'").doesNotContain("\n\n");
  }

  @Test
  void provisionalBenford_matchesReferenceCounts() {
    // benford_loguniform_1000.json: counts 311,165,132,96,75,73,58,50,40 -> MAD 0.005131673582093092
    // (scipy/R, Nigrini class "Close conformity"); rebuilt here from the digit counts
    int[] counts = {311, 165, 132, 96, 75, 73, 58, 50, 40};
    double[] values = new double[1000];
    int k = 0;
    for (int d = 0; d < 9; d++) {
      for (int c = 0; c < counts[d]; c++) {
        values[k++] = (d + 1) * 1000 + c;
      }
    }
    ChartCommand.ProvisionalStats.Benford b = ChartCommand.ProvisionalStats.benfordFirstDigit(values);
    assertThat(b.mad()).isCloseTo(0.005131673582093092, within(1e-12));
    assertThat(b.conformity()).isEqualTo("close conformity");
  }

  @Test
  void provisionalInfluence_matchesReferenceRstudentAndLeverage() throws Exception {
    // ols_loglog_influence.json: statsmodels OLSInfluence / R hatvalues(fit), rstudent(fit)
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("shared/reference/cases/ols_loglog_influence.json"))) {
      p = p.getParent();
    }
    assertThat(p).as("../shared/reference not found").isNotNull();
    JsonNode c = new ObjectMapper().readTree(
        p.resolve("shared/reference/cases/ols_loglog_influence.json").toFile());
    double[] x = arr(c.at("/input/x_log10_followers"));
    double[] y = arr(c.at("/input/y_log10_likes"));
    ChartCommand.ProvisionalStats.Influence inf = ChartCommand.ProvisionalStats.olsInfluence(x, y);
    double[] h = arr(c.at("/expected/leverage_hat"));
    double[] t = arr(c.at("/expected/studentized_external_rstudent"));
    for (int i = 0; i < h.length; i++) {
      assertThat(inf.leverage()[i]).isCloseTo(h[i], within(1e-9));
      assertThat(inf.rstudent()[i]).isCloseTo(t[i], within(1e-9 * Math.max(1, Math.abs(t[i]))));
    }
  }

  private static double[] arr(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }
}
