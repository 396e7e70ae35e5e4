package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kolscope tiers}: JSON shape (the keys of issue 5, plus mw_method saying which Mann-Whitney p was used), values on the reference groups,
 * human output, exit codes. The A/B/C samples are those of {@code
 * toolkit/src/test/resources/reference/cases/group_tests_engagement.json}, written here as tiers KOC/micro/mid;
 * expected H = 20.720654665587926 and p = 3.166408980905042e-05 are from that file (scipy 1.10.1
 * {@code kruskal(A, B, C)}, R 4.2.2 {@code kruskal.test}), rel 1e-10 / 1e-8.
 */
class TiersCommand_CliTest {
  private static final double[] A = {2.1, 3.4, 1.8, 2.9, 3.4, 4.2, 2.5, 1.8, 3.1, 2.7};
  private static final double[] B = {3.8, 4.5, 2.9, 5.1, 4.0, 3.4, 4.8, 5.6, 3.9, 4.5, 4.2, 6.3};
  private static final double[] C = {1.2, 2.0, 1.5, 2.9, 1.8, 0.9, 2.2, 1.5, 2.5};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int rc, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(rc, out.toString(), err.toString());
  }

  private Path tierCsv() throws IOException {
    List<String> lines = new ArrayList<>(List.of("kol_id,tier,engagement_rate"));
    int id = 0;
    for (double v : C) {
      lines.add("k" + id++ + ",mid," + v);
    }
    for (double v : A) {
      lines.add("k" + id++ + ",KOC," + v);
    }
    for (double v : B) {
      lines.add("k" + id++ + ",micro," + v);
    }
    return Files.write(dir.resolve("tiers.csv"), lines);
  }

  private Path followerCsv() throws IOException {
    long[] f = {800, 1200, 2500, 3100, 4200, 6000, 9000, 15000, 22000, 31000, 600_000, 900_000,
        1_500_000, 2_000_000};
    List<String> lines = new ArrayList<>(List.of("kol_id,followers,engagement_rate"));
    for (int i = 0; i < f.length; i++) {
      double er = 5.0 * Math.pow(f[i], -0.45) * (1 + 0.2 * Math.sin(i * 1.7));
      lines.add("k" + i + "," + f[i] + "," + er);
    }
    return Files.write(dir.resolve("accounts.csv"), lines);
  }

  private static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      k.add(it.next());
    }
    return k;
  }

  @Test
  void json_hasExactlyTheIssueKeys() throws IOException {
    Run r = run("tiers", followerCsv().toString(), "--metric", "engagement_rate", "--json");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(keys(doc))
        .containsExactly("groups", "kruskal_wallis", "anova", "welch", "pairs", "power_law");
    assertThat(doc.get("groups")).hasSize(3);
    for (JsonNode g : doc.get("groups")) {
      assertThat(keys(g))
          .containsExactly("tier", "n", "median", "q1", "q3", "mean", "sd", "ci_low", "ci_high",
              "flagged_share");
    }
    assertThat(keys(doc.get("kruskal_wallis"))).containsExactly("h", "df", "p_value");
    assertThat(keys(doc.get("anova"))).containsExactly("f", "p_value");
    assertThat(keys(doc.get("welch"))).containsExactly("f", "df1", "df2", "p_value");
    assertThat(doc.get("pairs")).hasSize(3);
    for (JsonNode p : doc.get("pairs")) {
      assertThat(keys(p))
          .containsExactly("a", "b", "dunn_z", "p_value", "p_adjusted", "mann_whitney_u",
              "mw_p_value", "mw_method", "rank_biserial", "cliffs_delta", "ks_d", "ks_p_value");
    }
    assertThat(keys(doc.get("power_law")))
        .containsExactly("a", "b", "b_ci_low", "b_ci_high", "p_value_b_negative", "r_squared");
    assertThat(doc.at("/groups/0/tier").asText()).isEqualTo("KOC");
    assertThat(doc.at("/groups/2/tier").asText()).isEqualTo("top");
    assertThat(doc.at("/power_law/b").asDouble()).isBetween(-0.6, -0.3);
  }

  @Test
  void json_tierColumn_referenceValues_andNullPowerLaw() throws IOException {
    Run r = run("tiers", tierCsv().toString(), "--metric", "engagement_rate", "--json",
        "--adjust", "bh", "--seed", "9");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = MAPPER.readTree(r.out());
    double h = 20.720654665587926;
    double p = 3.166408980905042e-05;
    assertThat(doc.at("/kruskal_wallis/h").asDouble()).isCloseTo(h, within(h * 1e-10));
    assertThat(doc.at("/kruskal_wallis/p_value").asDouble()).isCloseTo(p, within(p * 1e-8));
    assertThat(doc.at("/kruskal_wallis/df").asInt()).isEqualTo(2);
    // Dunn_ReferenceTest (numpy/scipy script): BH-adjusted p of (A, B) = 0.00939518150252664
    assertThat(doc.at("/pairs/0/p_adjusted").asDouble())
        .isCloseTo(0.00939518150252664, within(0.00939518150252664 * 1e-8));
    assertThat(doc.at("/pairs/0/a").asText()).isEqualTo("KOC");
    assertThat(doc.at("/pairs/0/b").asText()).isEqualTo("micro");
    assertThat(doc.at("/groups/0/n").asInt()).isEqualTo(10);
    assertThat(doc.get("power_law").isNull()).isTrue();
    assertThat(r.err()).contains("no followers column");
  }

  /**
   * With followers in the file, tiers are computed from them; {@code --tier-column} reads a column
   * instead: the A/B/C groups in a column {@code band} beside follower counts that would put every
   * row in one tier give the reference H again.
   */
  @Test
  void tierColumnOption_readsTheNamedColumn_overFollowers() throws IOException {
    List<String> lines = new ArrayList<>(List.of("kol_id,followers,band,engagement_rate"));
    int id = 0;
    for (double[] g : new double[][] {A, B, C}) {
      String band = g == A ? "KOC" : g == B ? "micro" : "mid";
      for (double v : g) {
        lines.add("k" + id++ + ",1000," + band + "," + v);
      }
    }
    Path f = Files.write(dir.resolve("band.csv"), lines);
    Run computed = run("tiers", f.toString(), "--metric", "engagement_rate", "--json");
    assertThat(computed.rc()).as("every row is KOC by its 1,000 followers: one tier")
        .isEqualTo(1);
    assertThat(computed.err()).contains("need at least 2 tiers");
    Run r = run("tiers", f.toString(), "--metric", "engagement_rate", "--tier-column", "band",
        "--json");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = MAPPER.readTree(r.out());
    double h = 20.720654665587926;
    assertThat(doc.at("/kruskal_wallis/h").asDouble()).isCloseTo(h, within(h * 1e-10));
    assertThat(doc.at("/groups/0/tier").asText()).isEqualTo("KOC");
  }

  /** A zero-variance tier makes Welch's ANOVA undefined: NaN must become JSON null. */
  @Test
  void json_undefinedWelch_isNull() throws IOException {
    Path f =
        Files.write(
            dir.resolve("flat.csv"),
            List.of("tier,engagement_rate", "KOC,0.1", "KOC,0.1", "KOC,0.1", "micro,0.02",
                "micro,0.03", "micro,0.05"));
    Run r = run("tiers", f.toString(), "--metric", "engagement_rate", "--json");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(doc.at("/welch/f").isNull()).isTrue();
    assertThat(doc.at("/welch/p_value").isNull()).isTrue();
    assertThat(doc.at("/kruskal_wallis/p_value").isNumber()).isTrue();
    assertThat(r.err()).contains("Welch ANOVA is undefined");
  }

  @Test
  void humanOutput_byDefault() throws IOException {
    Run r = run("tiers", followerCsv().toString(), "--metric", "engagement_rate",
        "--tiers", "international");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("Tier comparison of engagement_rate").contains("under-nano")
        .contains("Kruskal-Wallis H =").contains("Power law").contains("(exact)");
    assertThat(r.out().trim()).doesNotStartWith("{");
  }

  @Test
  void customTierBounds_accepted() throws IOException {
    Run r = run("tiers", followerCsv().toString(), "--metric", "engagement_rate", "--tiers",
        "5000,500000", "--json");
    assertThat(r.rc()).as(r.err()).isEqualTo(Main.OK);
    assertThat(MAPPER.readTree(r.out()).at("/groups/1/tier").asText()).isEqualTo("5k–500k");
  }

  @Test
  void badAdjust_isUsageError() throws IOException {
    Run r = run("tiers", followerCsv().toString(), "--metric", "engagement_rate", "--adjust",
        "tukey");
    assertThat(r.rc()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("'tukey'").doesNotContain("\tat ");
    assertThat(r.err().trim().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badTiers_andMissingMetric_areUsageErrors() throws IOException {
    String f = followerCsv().toString();
    assertThat(run("tiers", f, "--metric", "engagement_rate", "--tiers", "huge").rc())
        .isEqualTo(Main.USAGE);
    assertThat(run("tiers", f).rc()).isEqualTo(Main.USAGE);
  }

  @Test
  void unknownColumn_orMissingFile_isFailure() throws IOException {
    Run r = run("tiers", followerCsv().toString(), "--metric", "er", "--json");
    assertThat(r.rc()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("no column 'er'");
    assertThat(r.out()).isEmpty();
    Run m = run("tiers", dir.resolve("nope.csv").toString(), "--metric", "engagement_rate");
    assertThat(m.rc()).isEqualTo(Main.FAILURE);
    assertThat(m.err()).contains("no such file");
  }
}
