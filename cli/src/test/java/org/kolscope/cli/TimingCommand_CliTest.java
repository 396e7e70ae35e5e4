package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kolscope timing}: the JSON document of issue 16 ({@code by_hour} with every hour 0–23,
 * {@code notes} counted before the age filter, {@code by_weekday}, {@code by_weekday_hour}, {@code
 * kruskal_wallis}, {@code best_slots}, {@code left_out}), its values on the toolkit's fixture
 * ({@code /timing/notes-fixture.csv}; expected values from pandas 1.5.3 / scipy 1.10.1, the calls
 * in {@code Timing_ScipyReferenceTest}), the zone, and the exit status with a one-line reason.
 */
class TimingCommand_CliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path fixture() throws IOException {
    Path p = dir.resolve("notes-fixture.csv");
    try (InputStream in = getClass().getResourceAsStream("/timing/notes-fixture.csv")) {
      Files.copy(in, p);
    }
    return p;
  }

  private static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      k.add(it.next());
    }
    return k;
  }

  @Test
  void json_issueKeys_everyHourPresent_notesBeforeTheAgeFilter() throws IOException {
    CliRun r = CliRun.of("timing", fixture().toString(), "--json", "--min-notes", "10");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(keys(doc)).containsSubsequence("by_hour", "by_weekday", "by_weekday_hour",
        "kruskal_wallis", "best_slots", "left_out", "by_tier");
    JsonNode hours = doc.get("by_hour");
    assertThat(hours).hasSize(24);
    int total = 0;
    for (int h = 0; h < 24; h++) {
      JsonNode s = hours.get(h);
      assertThat(keys(s)).startsWith("hour", "notes", "median", "ci_low", "ci_high");
      assertThat(s.get("hour").asInt()).isEqualTo(h);
      total += s.get("notes").asInt();
    }
    // 400 notes, 2 without a time; 69 too young are still counted per hour
    assertThat(total).isEqualTo(398);
    assertThat(hours.get(20).get("notes").asInt()).isEqualTo(47);
    assertThat(hours.get(20).get("n").asInt()).isEqualTo(36);
    assertThat(hours.get(5).get("median").isNull()).isTrue();   // no note old enough at 05 h
    assertThat(doc.at("/left_out/too_young").asInt()).isEqualTo(69);
    assertThat(doc.at("/left_out/no_time").asInt()).isEqualTo(2);
    assertThat(doc.at("/left_out/no_metric").asInt()).isEqualTo(4);
    assertThat(doc.get("by_weekday")).hasSize(7);
    assertThat(doc.at("/by_weekday/0/weekday").asText()).isEqualTo("Mon");
    assertThat(doc.get("by_weekday_hour")).hasSize(168);
    assertThat(keys(doc.get("kruskal_wallis"))).containsExactly("hour", "weekday", "weekday_hour");
    assertThat(keys(doc.get("best_slots"))).containsExactly("hour", "weekday", "weekday_hour");
    assertThat(keys(doc.at("/best_slots/hour/0"))).contains("slot", "median", "ci_low",
        "ci_high", "ci_above_overall_median");
    assertThat(doc.get("crawl_time").asText()).isEqualTo("2024-03-10 20:58:34");
    assertThat(doc.get("zone").asText()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void json_kruskalWallis_asScipy() throws IOException {
    CliRun r = CliRun.of("timing", fixture().toString(), "--json", "--min-notes", "10");
    JsonNode kw = MAPPER.readTree(r.out()).at("/kruskal_wallis/hour");
    // stats.kruskal over the 17 hours with 10+ notes (Timing_ScipyReferenceTest)
    assertThat(kw.get("h").asDouble()).isCloseTo(19.276821891015064, within(19.28 * 1e-10));
    assertThat(kw.get("p_value").asDouble()).isCloseTo(0.2545697612241002, within(0.255 * 1e-9));
    assertThat(kw.get("df").asInt()).isEqualTo(16);
    assertThat(kw.get("slots").asInt()).isEqualTo(17);
  }

  @Test
  void tz_utc_hoursShiftedByEight() throws IOException {
    Path f = fixture();
    JsonNode bj = MAPPER.readTree(CliRun.of("timing", f.toString(), "--json").out());
    JsonNode utc = MAPPER.readTree(CliRun.of("timing", f.toString(), "--json", "--tz", "UTC").out());
    for (int h = 0; h < 24; h++) {
      assertThat(utc.at("/by_hour/" + h + "/notes").asInt())
          .isEqualTo(bj.at("/by_hour/" + ((h + 8) % 24) + "/notes").asInt());
    }
    assertThat(utc.get("crawl_time").asText()).isEqualTo("2024-03-10 12:58:34");
  }

  @Test
  void crawlTimeAndMinAge_options() throws IOException {
    CliRun r = CliRun.of("timing", fixture().toString(), "--json", "--crawl-time",
        "2024-03-20", "--min-age", "0");
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(doc.at("/left_out/too_young").asInt()).isZero();
    assertThat(doc.get("crawl_time").asText()).isEqualTo("2024-03-20 00:00:00");
    assertThat(doc.get("min_age_hours").asDouble()).isZero();
  }

  @Test
  void humanReport_byDefault_notJson() throws IOException {
    CliRun r = CliRun.of("timing", fixture().toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("Timing of engagement_rate (Beijing time, UTC+8")
        .contains("left out: 69 too young, 2 without a time, 4 without a value")
        .contains("Kruskal-Wallis across hours");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--min-age|2weeks|bad duration '2weeks'",
    "--crawl-time|yesterday|bad time 'yesterday'",
    "--tz|Mars/Olympus|unknown time zone 'Mars/Olympus'",
    "--tiers|huge|bad tier bound 'huge'",
    "--min-notes|1|--min-notes must be >= 2, got 1",
    "--best|0|--best must be >= 1, got 0"})
  void badValue_usageError_oneLineQuotingIt(String option, String value, String message)
      throws IOException {
    CliRun r = CliRun.of("timing", fixture().toString(), option, value);
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err().trim().lines()).hasSize(1);
    assertThat(r.err()).startsWith("kolscope: ").contains(message).doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void noTimes_orMissingFile_failure() throws IOException {
    Path f = Files.writeString(dir.resolve("n.csv"), "note_id,kol_id,likes,followers\n"
        + "n1,a,3,100\nn2,b,4,100\n");
    CliRun r = CliRun.of("timing", f.toString(), "--json");
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("no publication times");
    assertThat(r.out()).isEmpty();
    CliRun m = CliRun.of("timing", dir.resolve("none.csv").toString());
    assertThat(m.status()).isEqualTo(Main.FAILURE);
    assertThat(m.err()).contains("no such file");
  }
}
