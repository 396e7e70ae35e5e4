package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommand_CliTest {
  @TempDir Path dir;

  private Path csv(String text) throws Exception {
    Path p = dir.resolve("in.csv");
    Files.write(p, text.getBytes(Encodings_GB18030()));
    return p;
  }

  private static java.nio.charset.Charset Encodings_GB18030() {
    return java.nio.charset.Charset.forName("GB18030");
  }

  @Test
  void json_hasReportKeysAndEveryProblem() throws Exception {
    Path p = csv("博主ID,粉丝数,获赞与收藏\na,1.2万,3万\nb,-7,1\nc,10万+,x\nd,10万+,5\n");
    CliRun r = CliRun.of("load", p.toString(), "--json");
    assertThat(r.status()).isEqualTo(0);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("rows_read").asLong()).isEqualTo(4);
    assertThat(j.get("rows_kept").asLong()).isEqualTo(2);
    assertThat(j.get("encoding").asText()).isEqualTo("GB18030");
    List<String> cols = new java.util.ArrayList<>();
    j.get("columns").forEach(c -> cols.add(c.asText()));
    assertThat(cols).containsExactly("kol_id", "followers", "followers_lower_bound", "likes_and_collects");
    JsonNode probs = j.get("problems");
    assertThat(probs).hasSize(2);
    assertThat(probs.get(0).get("line").asInt()).isEqualTo(3);
    assertThat(probs.get(0).get("column").asText()).isEqualTo("followers");
    assertThat(probs.get(0).get("value").asText()).isEqualTo("-7");
    assertThat(probs.get(0).get("reason").asText()).isEqualTo("negative count");
    assertThat(probs.get(1).get("line").asInt()).isEqualTo(4);
    assertThat(probs.get(1).get("column").asText()).isEqualTo("likes_and_collects");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void out_writesCanonicalUtf8Csv() throws Exception {
    Path p = csv("粉丝,user,昵称\n2.5万,a,小红薯\n");
    Path out = dir.resolve("sub/out.csv");
    CliRun r = CliRun.of("load", p.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out()).contains("rows read 1, kept 1, rejected 0").contains("wrote " + out);
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .containsExactly("kol_id,name,followers", "a,小红薯,25000");
  }

  @Test
  void map_andKind_options() throws Exception {
    Path p = csv("who,n\na,5\n");
    CliRun r = CliRun.of("load", p.toString(), "--map", "who=kol_id", "--map", "n=followers", "--kind", "accounts");
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out()).contains("columns: kol_id (STRING) followers (LONG)");
  }

  @Test
  void strict_exit1WithOneLineReasonThenProblems() throws Exception {
    Path p = csv("kol_id,followers\na,x\n");
    CliRun r = CliRun.of("load", p.toString(), "--strict");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst().orElseThrow())
        .isEqualTo("kolscope: " + p + ": 1 problem(s) in strict mode (1 rejected, 0 suspicious)");
    assertThat(r.err()).contains(p + ":2: column followers 'x': not a number (rejected)");
  }

  @Test
  void missingFile_exit1() {
    CliRun r = CliRun.of("load", dir.resolve("nope.csv").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("kolscope: cannot read " + dir.resolve("nope.csv") + ": no such file\n");
  }

  @Test
  void badUsage_exit2() throws Exception {
    Path p = csv("kol_id,followers\na,1\n");
    assertThat(CliRun.of("load").status()).isEqualTo(2);
    CliRun r = CliRun.of("load", p.toString(), "--map", "nonsense");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("kolscope: bad header mapping 'nonsense': expected SRC=DST, e.g. fans=followers\n");
    r = CliRun.of("load", p.toString(), "--kind", "people");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("kolscope: unknown kind 'people': expected accounts, posts or table\n");
    r = CliRun.of("load", p.toString(), "--encoding", "KLINGON-8");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("kolscope: unknown encoding 'KLINGON-8'\n");
  }

  @Test
  void objectIdNotes_publishedAtDerived_inTheZoneGiven() throws Exception {
    // int("5b30bf7e", 16) = 1529921406 s = 2018-06-25 18:10:06 Beijing, 12:10:06 in Paris (CEST)
    Path p = csv("note_id,kol_id,likes\n5b30bf7e910cf67e6a3c20b3,a,3\n");
    Path out = dir.resolve("out.csv");
    CliRun r = CliRun.of("load", p.toString(), "--tz", "Europe/Paris", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("published_at derived from note_id for 1 rows (Europe/Paris)");
    assertThat(java.nio.file.Files.readString(out)).contains("2018-06-25 12:10:06");
    CliRun beijing = CliRun.of("load", p.toString());
    assertThat(beijing.out())
        .contains("published_at derived from note_id for 1 rows (Beijing time, UTC+8)");
    CliRun bad = CliRun.of("load", p.toString(), "--tz", "Moon/Base");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("kolscope: unknown time zone 'Moon/Base'");
  }
}
