package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kolscope generate}: files, summary, JSON and exit codes. */
class GenerateCommand_CliTest {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void generate_writesThreeFiles_andPrintsOneParagraph() {
    Path dir = tmp.resolve("data");
    int rc = run("generate", "--accounts", "100", "--seed", "42", "--out", dir.toString());
    assertThat(rc).as(err.toString()).isEqualTo(Main.OK);
    assertThat(dir.resolve("accounts.csv")).exists();
    assertThat(dir.resolve("notes.csv")).exists();
    assertThat(dir.resolve("red-notes-gb18030.csv")).exists();
    String s = out.toString();
    assertThat(s.strip()).doesNotContain("\n");
    assertThat(s)
        .startsWith("Generated 100 RED accounts and ")
        .contains("seed 42")
        .contains("bought_followers 3 accounts")
        .contains("red-notes-gb18030.csv (200 rows, GB18030");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void json_isOneDocument_withFilesTiersAndAnomalies() throws IOException {
    int rc =
        run(
            "generate",
            "--accounts",
            "200",
            "--notes-per-account",
            "5",
            "--seed",
            "7",
            "--out",
            tmp.toString(),
            "--chinese-export",
            "0",
            "--comment-farm-rate",
            "0.1",
            "--json");
    assertThat(rc).as(err.toString()).isEqualTo(Main.OK);
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertThat(j.get("accounts").asInt()).isEqualTo(200);
    assertThat(j.get("seed").asLong()).isEqualTo(7);
    assertThat(j.get("files")).hasSize(2);
    assertThat(j.get("files").get(0).get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(j.get("files").get(1).get("rows").asInt()).isEqualTo(j.get("notes").asInt());
    assertThat(j.get("notes").asInt()).isBetween(200, 1000);
    assertThat(j.get("tiers")).hasSize(4);
    int sum = 0;
    for (JsonNode t : j.get("tiers")) {
      sum += t.get("accounts").asInt();
    }
    assertThat(sum).isEqualTo(200);
    assertThat(j.get("anomalies").get("comment_farm").get("accounts").asInt()).isEqualTo(20);
    assertThat(j.get("anomalies").get("bought_likes").get("accounts").asInt()).isEqualTo(6);
    assertThat(Files.exists(tmp.resolve("red-notes-gb18030.csv"))).isFalse();
  }

  @Test
  void sameSeedTwice_sameHashes() throws IOException {
    JsonNode a = generateJson(tmp.resolve("a"));
    JsonNode b = generateJson(tmp.resolve("b"));
    assertThat(a.get("files")).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(a.get("files").get(i).get("sha256"))
          .isEqualTo(b.get("files").get(i).get("sha256"));
    }
  }

  private JsonNode generateJson(Path dir) throws IOException {
    out.getBuffer().setLength(0);
    String[] args = {"generate", "--accounts", "50", "--seed", "3", "--out", dir.toString(), "--json"};
    assertThat(run(args)).isEqualTo(Main.OK);
    return new ObjectMapper().readTree(out.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "generate --seed 1 --out X", // missing --accounts
        "generate --accounts 10 --out X", // missing --seed
        "generate --accounts 10 --seed 1", // missing --out
        "generate --accounts ten --seed 1 --out X",
        "generate --accounts 0 --seed 1 --out X",
        "generate --accounts 10 --notes-per-account 0 --seed 1 --out X",
        "generate --accounts 10 --seed 1 --out X --chinese-export -1",
        "generate --accounts 10 --seed 1 --out X --bought-likes-rate 1.5",
        "generate --accounts 10 --seed 1 --out X --bought-likes-rate 0.5 --comment-farm-rate 0.6",
        "generate --accounts 10 --seed 1 --out X --bogus"
      })
  void badUsage_exitsTwo_withOneLineReason(String line) {
    String[] args = line.replace("X", tmp.resolve("never").toString()).split(" ");
    assertThat(run(args)).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("kolscope: ");
    assertThat(err.toString().strip()).doesNotContain("\n");
    assertThat(out.toString()).isEmpty();
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  @Test
  void outUnderARegularFile_exitsOne() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    int rc =
        run("generate", "--accounts", "10", "--seed", "1", "--out", file.resolve("sub").toString());
    assertThat(rc).isEqualTo(Main.FAILURE);
    assertThat(err.toString().strip()).isEqualTo(
        "kolscope: cannot write into " + file.resolve("sub") + ": a part of the path is not a folder");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void outIsARegularFile_exitsOne() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    assertThat(run("generate", "--accounts", "10", "--seed", "1", "--out", file.toString()))
        .isEqualTo(Main.FAILURE);
    assertThat(err.toString().strip())
        .isEqualTo("kolscope: cannot write into " + file + ": it is a file, not a folder");
    assertThat(out.toString()).isEmpty();
  }
}
