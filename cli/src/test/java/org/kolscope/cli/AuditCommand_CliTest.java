package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

class AuditCommand_CliTest {
  @TempDir Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int rc = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return rc;
  }

  /** fake: 60k followers, 3,000 likes+collects (R1) and a 12,000 RMB price (R5) → suspicious. */
  private String accounts() throws IOException {
    Path p = dir.resolve("accounts.csv");
    Files.writeString(p, """
        kol_id,name,followers,likes_and_collects,price_rmb
        fake,Fake Co,60000,3000,12000
        clean,Clean,1000,4000,1000
        quiet,Quiet,3000,12000,2000
        """);
    return p.toString();
  }

  private String notes() throws IOException {
    Path p = dir.resolve("notes.csv");
    Files.writeString(p, """
        note_id,kol_id,likes,collects,comments,views,followers,likes_and_collects
        f1,fake,100,10,5,5000,60000,3000
        f2,fake,80,10,2,4000,60000,3000
        c1,clean,20,10,4,1000,1000,4000
        """);
    return p.toString();
  }

  /**
   * The Spark engine reads CSV text and Parquet: a JSON file (a crawler's usual output) went to it
   * as CSV and failed on a header made of JSON. Now a usage error before any engine starts, with
   * the two ways that work; the same file audits without --engine spark.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"notes.json", "notes.jsonl", "notes.dat"})
  void sparkEngine_jsonNotes_usageErrorSayingWhatWorks(String name) throws IOException {
    Path json = Files.writeString(dir.resolve(name), "[{\"note_id\":\"n1\",\"kol_id\":\"k1\","
        + "\"likes\":5,\"views\":100,\"followers\":2000}]\n");
    assertThat(run("audit", "--posts", json.toString(), "--json", "--engine", "spark")).isEqualTo(Main.USAGE);
    assertThat(out).isEmpty();
    assertThat(err.strip()).isEqualTo("kolscope: --engine spark reads CSV text or Parquet, and " + json
        + " is JSON: audit it without --engine spark, or write it as Parquet first (kolscope load "
        + json + " --out notes.parquet) and give that to --engine spark");
    assertThat(run("audit", "--posts", json.toString(), "--json")).isEqualTo(Main.OK);
  }

  @Test
  void sparkEngine_workbookNotes_usageError() throws IOException {
    // what the format is found by: a zip holding xl/ (the name says nothing: .dat)
    Path xlsx = dir.resolve("notes.dat");
    try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
      z.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      z.write("<workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThat(run("audit", "--posts", xlsx.toString(), "--engine", "spark")).isEqualTo(Main.USAGE);
    assertThat(err).contains(xlsx + " is an XLSX workbook: audit it without --engine spark");
  }

  /**
   * Notes on another file system ({@code hdfs://}, {@code s3a://}) are Spark's to read: the local
   * engine says so (exit 2) instead of looking for a folder named {@code hdfs:} here, which is what
   * a {@code Path} made of the URI named.
   */
  @ParameterizedTest
  @ValueSource(strings = {"hdfs:///crawl/notes.parquet", "s3a://bucket/crawl/notes.csv", "gs://b/n.csv"})
  void remoteNotes_localEngine_usageErrorNamingSpark(String uri) {
    assertThat(run("audit", "--posts", uri, "--json")).isEqualTo(Main.USAGE);
    assertThat(out).isEmpty();
    assertThat(err.strip()).isEqualTo("kolscope: --posts " + uri + ": the local engine reads files on "
        + "this machine; read it with Spark (--engine spark), or copy it here first");
  }

  /** A {@code file://} URI is a file on this machine: the same audit as its path. */
  @Test
  void fileUriNotes_sameAsThePath() throws IOException {
    String notes = notes();
    assertThat(run("audit", accounts(), "--posts", notes, "--json")).isEqualTo(Main.OK);
    String byPath = out;
    assertThat(run("audit", accounts(), "--posts", Path.of(notes).toAbsolutePath().toUri().toString(), "--json"))
        .as(err).isEqualTo(Main.OK);
    assertThat(out).isEqualTo(byPath);
    assertThat(run("audit", "--posts", "file://host/notes.csv", "--json")).isEqualTo(Main.USAGE);
    assertThat(err.strip()).startsWith("kolscope: --posts file://host/notes.csv: not a file on this machine (");
  }

  /**
   * {@code --out} on another file system is Spark's to write: the local engine says so (exit 2)
   * and writes nothing; it had made a folder {@code hdfs:} here. A {@code file://} URI is the folder
   * it names.
   */
  @Test
  void remoteOut_localEngine_usageError_fileUriOut_isTheFolder(@TempDir Path dir) throws IOException {
    assertThat(run("audit", accounts(), "--posts", notes(), "--out", "hdfs:///results/a")).isEqualTo(Main.USAGE);
    assertThat(out).isEmpty();
    assertThat(err.strip()).isEqualTo("kolscope: --out hdfs:///results/a: the local engine writes into a "
        + "folder on this machine; write there with Spark (--engine spark), or give a folder here");
    assertThat(Path.of("hdfs:")).doesNotExist();
    assertThat(run("audit", accounts(), "--posts", notes(), "--out", dir.resolve("by-path").toString())).isEqualTo(Main.OK);
    assertThat(run("audit", accounts(), "--posts", notes(), "--out", dir.resolve("by-uri").toUri().toString()))
        .as(err).isEqualTo(Main.OK);
    assertThat(out).contains("Report: " + dir.resolve("by-uri").resolve("report.html"));
    for (String table : List.of("kols.csv", "flags.csv")) {
      assertThat(Files.readString(dir.resolve("by-uri").resolve(table)))
          .isEqualTo(Files.readString(dir.resolve("by-path").resolve(table)));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hdfs:///crawl/notes.parquet|true", "s3a://bucket/x.csv|true", "HDFS://nn:8020/x|true",
      "file:///tmp/x.csv|false", "FILE:///tmp/x.csv|false", "data/notes.csv|false", "/tmp/a://b.csv|false",
      "C:/data/notes.csv|false", "'x,y://z'|false",
  })
  void isRemote_aSchemeAndTwoSlashes_butNotFile(String location, boolean remote) {
    assertThat(Locations.isRemote(location)).isEqualTo(remote);
  }

  @Test
  void summary_byDefault_exitOk() throws IOException {
    assertThat(run("audit", accounts(), "--posts", notes())).isEqualTo(Main.OK);
    assertThat(out).contains("KOL audit: 3 KOLs, 3 notes; tiers red")
        .contains("Verdicts: ok 2   review 0   suspicious 1")
        .contains("Worst offenders").contains("fake Fake Co — suspicious");
    assertThat(err).isEmpty();
  }

  @Test
  void json_exactlyOneDocument_inTheIssuesShape() throws IOException {
    assertThat(run("audit", accounts(), "--posts", notes(), "--json")).isEqualTo(Main.OK);
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(names(doc)).containsExactly("kols", "summary");
    JsonNode fake = doc.get("kols").get(0);
    assertThat(names(fake)).containsExactly("kol_id", "name", "tier", "followers", "verdict",
        "reasons", "signals", "not_checked", "scores", "flags");
    assertThat(fake.get("kol_id").asText()).isEqualTo("fake");
    assertThat(fake.get("name").asText()).isEqualTo("Fake Co");
    assertThat(fake.get("tier").asText()).isEqualTo("mid");
    assertThat(fake.get("verdict").asText()).isEqualTo("suspicious");
    assertThat(fake.get("reasons").get(0).asText()).startsWith("bought followers: evidence");
    JsonNode lifetime = null;
    for (JsonNode sig : fake.get("signals")) {
      assertThat(names(sig)).containsExactly("name", "value", "expected", "z");
      if (sig.get("name").asText().equals("likes_and_collects_per_follower")) {
        lifetime = sig;
      }
    }
    assertThat(lifetime.get("value").asDouble()).isEqualTo(0.05); // 3000 / 60000, by hand
    assertThat(lifetime.get("z").asDouble()).isNegative();
    List<String> notChecked = new ArrayList<>();
    fake.get("not_checked").forEach(n -> notChecked.add(n.asText()));
    assertThat(notChecked).contains("shares_per_like", "authentic_share");
    JsonNode flag = fake.get("flags").get(0);
    assertThat(names(flag)).containsExactly("rule", "severity", "reason", "value", "threshold");
    List<String> rules = new ArrayList<>();
    fake.get("flags").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).contains("R1 fake-followers", "R5 price");
    // R1: 3000 / 60000 = 0.05 against the 0.1 floor (by hand)
    JsonNode r1 = null;
    for (JsonNode f : fake.get("flags")) {
      if (f.get("rule").asText().startsWith("R1")) {
        r1 = f;
      }
    }
    assertThat(r1.get("value").asDouble()).isEqualTo(0.05);
    assertThat(r1.get("threshold").asDouble()).isEqualTo(0.1);
    assertThat(doc.get("summary").get("verdicts").get("suspicious").asInt()).isEqualTo(1);
    assertThat(doc.get("summary").get("by_tier").get("KOC").get("kols").asInt()).isEqualTo(2);
    assertThat(doc.get("summary").get("rule_firing").isArray()).isTrue();
    assertThat(doc.get("kols").get(1).get("flags").isArray()).isTrue();
  }

  @Test
  void json_unknownValue_isNull_notNaN() throws IOException {
    Path p = dir.resolve("zero.csv");
    Files.writeString(p, "kol_id,followers,likes_and_collects,price_rmb\nz,0,5,20000\n");
    assertThat(run("audit", p.toString(), "--json")).isEqualTo(Main.OK);
    assertThat(out).doesNotContain("NaN").doesNotContain("Infinity");
    JsonNode z = new ObjectMapper().readTree(out).get("kols").get(0);
    assertThat(z.get("name").isNull()).isTrue();
    assertThat(z.get("verdict").asText()).isEqualTo("not_checked");
    assertThat(z.get("flags").get(0).get("rule").asText()).isEqualTo("R5 price");
  }

  @Test
  void out_writesKolsAndFlagsCsv() throws IOException {
    Path o = dir.resolve("report");
    assertThat(run("audit", accounts(), "--posts", notes(), "--out", o.toString())).isEqualTo(Main.OK);
    List<String> kols = Files.readAllLines(o.resolve("kols.csv"));
    List<String> flags = Files.readAllLines(o.resolve("flags.csv"));
    assertThat(kols).hasSize(4);
    assertThat(kols.get(0)).startsWith("kol_id,name,tier,verdict,reasons,followers");
    assertThat(flags.get(0)).isEqualTo("kol_id,rule,severity,reason,value,threshold");
    assertThat(flags).anyMatch(l -> l.startsWith("fake,R1 fake-followers,warning,"));
    assertThat(err).contains("wrote");
    assertThat(out).contains("KOL audit");
  }

  @Test
  void out_writesSelfContainedReportHtml_namedAtTheEndOfTheSummary() throws IOException {
    Path o = dir.resolve("out");
    assertThat(run("audit", accounts(), "--posts", notes(), "--out", o.toString())).isEqualTo(Main.OK);
    Path report = o.resolve("report.html");
    assertThat(report).isRegularFile();
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>KOL audit: accounts.csv + notes.csv</title>")
        .contains("id=\"kol-table\"").contains("Fake Co").contains("accounts.csv")
        .contains("notes.csv").contains("data:image/png;base64,")
        .doesNotContain("http://").doesNotContain("https://");
    assertThat(html.split("<tr class=\"", -1)).hasSize(3 + 1);
    assertThat(out.strip()).endsWith("Report: " + report);
    assertThat(err).contains("report.html");
  }

  @Test
  void outWithJson_documentUnchanged_reportStillWritten() throws IOException {
    Path o = dir.resolve("out");
    assertThat(run("audit", accounts(), "--out", o.toString(), "--json")).isEqualTo(Main.OK);
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(names(doc)).containsExactly("kols", "summary");
    assertThat(out).doesNotContain("report.html");
    assertThat(o.resolve("report.html")).isRegularFile();
  }

  @Test
  void noOut_noReportLine() throws IOException {
    assertThat(run("audit", accounts())).isEqualTo(Main.OK);
    assertThat(out).doesNotContain("Report:");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void postsOnly_accountsDerived() throws IOException {
    assertThat(run("audit", "--posts", notes(), "--json")).isEqualTo(Main.OK);
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(doc.get("kols")).hasSize(2);
    // fake's notes repeat 60,000 followers and 3,000 likes+collects: both per-follower signals
    // far below RED accounts of that size (the 2018 reference, as only 2 KOLs are given)
    assertThat(doc.get("kols").get(0).get("verdict").asText()).isEqualTo("suspicious");
  }

  @Test
  void truthFile_printsPrecisionRecallFalseAlarms() throws IOException {
    Path truth = dir.resolve("truth.csv");
    Files.writeString(truth, "kol_id,truth\nfake,bought_followers\nclean,honest\nquiet,honest\n");
    assertThat(run("audit", accounts(), "--posts", notes(), "--truth", truth.toString())).isEqualTo(Main.OK);
    assertThat(out).contains("Detection against labels").contains("bought_followers");
    assertThat(run("audit", accounts(), "--posts", notes(), "--truth", truth.toString(), "--json"))
        .isEqualTo(Main.OK);
    JsonNode all = new ObjectMapper().readTree(out).get("evaluation").get("rows").get(0);
    assertThat(all.get("group").asText()).isEqualTo("all");
    assertThat(all.get("manipulated").asInt()).isEqualTo(1);
    assertThat(all.get("honest").asInt()).isEqualTo(2);
    assertThat(all.get("recall").asDouble()).isEqualTo(1.0); // fake is suspicious (see above)
    assertThat(all.get("false_alarm_rate").asDouble()).isEqualTo(0.0);
  }

  @Test
  void truthColumn_ofTheAccounts() throws IOException {
    Path p = dir.resolve("labelled.csv");
    Files.writeString(p, Files.readString(Path.of(accounts())).replace("price_rmb\n", "price_rmb,label\n")
        .replace("12000\n", "12000,bought_followers\n").replace(",1000\n", ",1000,none\n")
        .replace(",2000\n", ",2000,none\n"));
    assertThat(run("audit", p.toString(), "--truth", "label", "--json")).isEqualTo(Main.OK);
    assertThat(new ObjectMapper().readTree(out).get("evaluation").get("rows").get(0).get("honest").asInt())
        .isEqualTo(2);
  }

  @Test
  void truth_neitherFileNorColumn_usage2_namingIt() throws IOException {
    assertThat(run("audit", accounts(), "--truth", "nothing-here")).isEqualTo(Main.USAGE);
    assertThat(err).contains("--truth 'nothing-here': no such file, and no column 'nothing-here'");
  }

  @Test
  void truth_badLabel_failure1_namingTheLabels() throws IOException {
    Path truth = dir.resolve("truth.csv");
    Files.writeString(truth, "kol_id,truth\nfake,fraud\n");
    assertThat(run("audit", accounts(), "--truth", truth.toString())).isEqualTo(Main.FAILURE);
    assertThat(err).contains("'fraud'").contains("bought_followers");
  }

  @Test
  void falseAlarm_outsideItsRange_usage2() throws IOException {
    assertThat(run("audit", accounts(), "--false-alarm", "0.7")).isEqualTo(Main.USAGE);
    assertThat(err).contains("--false-alarm must be in (0, 0.5], got 0.7");
    assertThat(run("audit", accounts(), "--false-alarm", "0.05", "--review-rate", "0.01"))
        .isEqualTo(Main.USAGE);
  }

  /**
   * --false-alarm above the default review rate, without --review-rate: the review rate follows
   * it (review at least as wide as suspicious), where it stopped with "--review-rate must be ...
   * at least --false-alarm (0.05), got 0.025", an option the user had not given. Below the
   * default, the default stays.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "--false-alarm {0} -> review at {1}")
  @org.junit.jupiter.params.provider.CsvSource({"0.05, 0.05", "0.005, 0.025", "0.025, 0.025"})
  void falseAlarmAlone_reviewRateIsTheDefaultOrTheFalseAlarmRate(String falseAlarm, double review)
      throws IOException {
    assertThat(run("audit", accounts(), "--false-alarm", falseAlarm, "--json")).as(err).isEqualTo(Main.OK);
    JsonNode summary = new ObjectMapper().readTree(out).get("summary");
    assertThat(summary.get("review_rate").asDouble()).isEqualTo(review);
    assertThat(summary.get("false_alarm").asDouble()).isEqualTo(Double.parseDouble(falseAlarm));
  }

  @Test
  void internationalAndCustomTiers() throws IOException {
    assertThat(run("audit", accounts(), "--tiers", "international", "--json")).isEqualTo(Main.OK);
    assertThat(new ObjectMapper().readTree(out).get("kols").get(0).get("tier").asText()).isEqualTo("mid");
    assertThat(run("audit", accounts(), "--tiers", "2000,50000", "--json")).isEqualTo(Main.OK);
    JsonNode kols = new ObjectMapper().readTree(out).get("kols");
    assertThat(kols.get(0).get("tier").asText()).isEqualTo("≥50k");
    assertThat(kols.get(2).get("tier").asText()).isEqualTo("2k–50k");
  }

  @Test
  void noInput_usage2_oneLine() {
    assertThat(run("audit")).isEqualTo(Main.USAGE);
    assertThat(err.strip()).isEqualTo("kolscope: give ACCOUNTS, --posts NOTES, or both");
    assertThat(out).isEmpty();
  }

  @Test
  void badTiers_usage2() throws IOException {
    assertThat(run("audit", accounts(), "--tiers", "huge")).isEqualTo(Main.USAGE);
    assertThat(err).contains("bad tier bound 'huge'").doesNotContain("\n  at");
  }

  @Test
  void unknownOption_usage2() throws IOException {
    assertThat(run("audit", accounts(), "--frobnicate")).isEqualTo(Main.USAGE);
  }

  @Test
  void missingFile_failure1() {
    assertThat(run("audit", dir.resolve("nope.csv").toString())).isEqualTo(Main.FAILURE);
    assertThat(err).contains("no such file").contains("nope.csv");
    assertThat(out).isEmpty();
  }

  @Test
  void badData_noFollowers_failure1() throws IOException {
    Path p = dir.resolve("bad.csv");
    Files.writeString(p, "kol_id,name\nk,x\n");
    assertThat(run("audit", p.toString())).isEqualTo(Main.FAILURE);
    assertThat(err).contains("followers");
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
