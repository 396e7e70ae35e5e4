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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kolscope outliers}: JSON shape, exit codes and messages. */
class OutliersCommand_CliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> COMMON =
      List.of("test", "n", "statistic", "critical_value", "p_value", "alpha", "outliers", "warnings");

  /** The 20 accounts of ols_loglog_influence.json, tiers a/b by 100k followers, plus one row
   * with no followers in tier c. */
  static final long[] FOLLOWERS = {
    1200, 3500, 5400, 8900, 12000, 18500, 25000, 41000, 56000, 78000, 120000, 150000, 240000,
    310000, 480000, 650000, 900000, 1300000, 2100000, 4800000
  };
  static final long[] LIKES = {
    45, 110, 150, 15000, 260, 420, 510, 760, 1100, 1350, 1900, 2600, 3300, 4700, 6100, 7800, 9900,
    14500, 900, 38000
  };

  @TempDir static Path dir;
  static Path csv;

  @BeforeAll
  static void writeCsv() throws IOException {
    StringBuilder sb = new StringBuilder("kol_id,followers,likes,tier\n");
    for (int i = 0; i < FOLLOWERS.length; i++) {
      sb.append("k").append(i).append(',').append(FOLLOWERS[i]).append(',').append(LIKES[i])
          .append(',').append(FOLLOWERS[i] < 100000 ? "a" : "b").append('\n');
    }
    sb.append("k20,,50,c\n");
    csv = dir.resolve("accounts.csv");
    Files.writeString(csv, sb.toString());
  }

  record Run(int rc, String out, String err) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("outliers", csv.toString()));
    all.addAll(List.of(args));
    int rc = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    return new Run(rc, out.toString(), err.toString());
  }

  static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    n.fieldNames().forEachRemaining(k::add);
    return k;
  }

  @Test
  void grubbs_json_hasExactlyTheIssueKeys() throws IOException {
    Run r = run("--column", "likes", "--test", "grubbs", "--json");
    assertThat(r.rc()).isEqualTo(Main.OK);
    JsonNode j = r.json();
    assertThat(keys(j)).containsExactlyElementsOf(COMMON);
    assertThat(j.get("test").asText()).isEqualTo("grubbs");
    assertThat(j.get("n").asInt()).isEqualTo(21);
    assertThat(j.get("alpha").asDouble()).isEqualTo(0.05);
    // raw likes are very skewed: 38000 is flagged and the normality check warns
    assertThat(j.get("outliers").get(0).get("index").asInt()).isEqualTo(19);
    assertThat(j.get("outliers").get(0).get("id").asText()).isEqualTo("k19");
    assertThat(j.get("outliers").get(0).get("value").asDouble()).isEqualTo(38000.0);
    assertThat(keys(j.get("outliers").get(0))).containsExactly("index", "id", "value");
    assertThat(j.get("warnings").toString()).contains("Shapiro-Wilk").contains("--log");
  }

  @Test
  void esd_json_addsStepsAndCount() throws IOException {
    Run r = run("--column", "likes", "--test", "esd", "--max-outliers", "3", "--log", "--json");
    assertThat(r.rc()).isEqualTo(Main.OK);
    JsonNode j = r.json();
    List<String> expected = new ArrayList<>(COMMON);
    expected.addAll(List.of("steps", "n_outliers"));
    assertThat(keys(j)).containsExactlyElementsOf(expected);
    assertThat(j.get("steps")).hasSize(3);
    assertThat(keys(j.get("steps").get(0))).containsExactly("r", "statistic", "critical_value");
    assertThat(j.get("n_outliers").asInt()).isEqualTo(j.get("outliers").size());
    assertThat(j.get("p_value").isNull()).isTrue();
  }

  @Test
  void regression_json_matchesReferenceFit() throws IOException {
    Run r = run("--test", "regression", "--x", "followers", "--y", "likes", "--log", "--json");
    assertThat(r.rc()).isEqualTo(Main.OK);
    JsonNode j = r.json();
    List<String> expected = new ArrayList<>(COMMON);
    expected.addAll(List.of("slope", "intercept", "r_squared", "rows"));
    assertThat(keys(j)).containsExactlyElementsOf(expected);
    // ols_loglog_influence.json (R 4.2.2 lm): slope 0.6268240198098095, R^2 0.6243297183594143
    assertThat(j.get("slope").asDouble()).isCloseTo(0.6268240198098095, within(1e-10));
    assertThat(j.get("r_squared").asDouble()).isCloseTo(0.6243297183594143, within(1e-10));
    assertThat(j.get("n").asInt()).isEqualTo(20);
    assertThat(keys(j.get("rows").get(0)))
        .containsExactly("index", "leverage", "rstandard", "rstudent", "cooks_d");
    // R: rstudent(fit)[4] = 5.544307864192553 (row index 3)
    assertThat(j.get("rows").get(3).get("rstudent").asDouble()).isCloseTo(5.544307864192553, within(1e-9));
    assertThat(j.get("outliers").get(0).get("index").asInt()).isEqualTo(3);
    assertThat(j.get("warnings").toString()).contains("1 row(s) with a missing");
  }

  @Test
  void benford_json_addsDigitKeys() throws IOException {
    Run r = run("--column", "followers", "--test", "benford", "--json");
    assertThat(r.rc()).isEqualTo(Main.OK);
    JsonNode j = r.json();
    List<String> expected = new ArrayList<>(COMMON);
    expected.addAll(List.of("chi_square", "mad", "conformity", "observed", "expected"));
    assertThat(keys(j)).containsExactlyElementsOf(expected);
    assertThat(keys(j.get("observed"))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    // log10(1 + 1/1)
    assertThat(j.get("expected").get("1").asDouble()).isCloseTo(Math.log10(2), within(1e-15));
    assertThat(j.get("warnings").toString()).contains("1000");
    assertThat(j.get("statistic").asDouble()).isEqualTo(j.get("chi_square").asDouble());
  }

  @Test
  void byGroup_oneObjectPerGroup_tooSmallReported() throws IOException {
    Run r = run("--column", "likes", "--test", "grubbs", "--log", "--by", "tier", "--json");
    assertThat(r.rc()).isEqualTo(Main.OK);
    JsonNode j = r.json();
    assertThat(keys(j)).containsExactly("test", "by", "groups", "warnings");
    assertThat(j.get("groups")).hasSize(3);
    List<String> groupKeys = new ArrayList<>(List.of("group"));
    groupKeys.addAll(COMMON);
    for (JsonNode g : j.get("groups")) {
      assertThat(keys(g)).containsExactlyElementsOf(groupKeys);
    }
    JsonNode c = j.get("groups").get(2);
    assertThat(c.get("group").asText()).isEqualTo("c");
    assertThat(c.get("statistic").isNull()).isTrue();
    assertThat(c.get("warnings").get(0).asText()).contains("too small").contains("n = 1");
    assertThat(j.get("groups").get(0).get("n").asInt()).isEqualTo(10);
  }

  @Test
  void tietjenMoore_seededSimulation_isReproducible() throws IOException {
    String[] args = {"--column", "likes", "--test", "tietjen-moore", "--k", "2", "--log",
        "--simulations", "2000", "--seed", "7", "--json"};
    Run a = run(args);
    Run b = run(args);
    assertThat(a.rc()).isEqualTo(Main.OK);
    assertThat(keys(a.json())).containsExactlyElementsOf(COMMON);
    assertThat(a.json().get("critical_value").asDouble())
        .isEqualTo(b.json().get("critical_value").asDouble());
    assertThat(a.json().get("p_value").asDouble()).isBetween(1.0 / 2001, 1.0);
  }

  @Test
  void rulesByGroup_haveNoAlpha() throws IOException {
    JsonNode j = run("--column", "likes", "--test", "iqr", "--by", "tier", "--json").json();
    for (JsonNode g : j.get("groups")) {
      assertThat(g.get("alpha").isNull()).as(g.get("group").asText()).isTrue();
    }
  }

  @Test
  void regressionByGroup_fitsEachTier() throws IOException {
    JsonNode j = run("--test", "regression", "--x", "followers", "--y", "likes", "--log", "--by",
        "tier", "--json").json();
    assertThat(j.get("groups")).hasSize(3);
    assertThat(j.get("groups").get(0).get("n").asInt()).isEqualTo(10);
    assertThat(j.get("groups").get(0).has("slope")).isTrue();
    // tier c has one row, and its followers are missing: 0 pairs
    assertThat(j.get("groups").get(2).get("warnings").get(0).asText()).contains("n = 0");
  }

  @Test
  void benfordFirstTwoDigits_ninetyKeys() throws IOException {
    JsonNode j = run("--column", "likes", "--test", "benford", "--digits", "2", "--json").json();
    assertThat(keys(j.get("observed"))).hasSize(90).startsWith("10").endsWith("99");
  }

  @Test
  void text_output_readsWell() {
    Run r = run("--column", "likes", "--test", "mad", "--log");
    assertThat(r.rc()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("Modified z-score").contains("log10(likes)").contains("median");
  }

  @Test
  void badColumn_exit1_oneLine() {
    Run r = run("--column", "nope", "--test", "grubbs", "--json");
    assertThat(r.rc()).isEqualTo(Main.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n").contains("no column 'nope'");
  }

  @Test
  void badGroupColumn_exit1() {
    Run r = run("--column", "likes", "--test", "dixon", "--by", "nope");
    assertThat(r.rc()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("no group column 'nope'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--test foo --column likes",
        "--test grubbs --column likes --alpha 0.7",
        "--test grubbs --column likes --alpha 0",
        "--test grubbs",
        "--test regression --y likes",
        "--test benford --column followers --log",
        "--test grubbs --column likes --side up",
        "--test tietjen-moore --column likes",
        "--test tietjen-moore --column likes --k 2 --simulations 10",
        "--test iqr --column likes --k -1",
        "--test iqr --column likes --quantile-type 12",
        "--column likes"
      })
  void badUsage_exit2_oneLine(String args) {
    Run r = run(args.split(" "));
    assertThat(r.rc()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("kolscope: ").doesNotContain("\n");
  }

  @Test
  void alphaOutOfRange_messageNamesValue() {
    assertThat(run("--test", "grubbs", "--column", "likes", "--alpha", "0.7").err())
        .contains("0.7").contains("(0, 0.5]");
  }

  @Test
  void missingFile_exit1() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = Main.run(new PrintWriter(out), new PrintWriter(err),
        "outliers", dir.resolve("absent.csv").toString(), "--column", "x", "--test", "iqr");
    assertThat(rc).isEqualTo(Main.FAILURE);
    assertThat(err.toString()).contains("absent.csv");
  }
}
