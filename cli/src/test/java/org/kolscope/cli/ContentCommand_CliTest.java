package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kolscope content}: the JSON document, its values on the toolkit's fixture (expected
 * values from scipy 1.10.1, the calls in {@code Content_ScipyReferenceTest}) and the exit status.
 */
class ContentCommand_CliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path fixture() throws IOException {
    Path p = dir.resolve("notes-fixture.csv");
    try (InputStream in = getClass().getResourceAsStream("/timing/notes-fixture.csv")) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void byContentType_json_mannWhitneyAndCliff_asScipy() throws IOException {
    CliRun r = CliRun.of("content", fixture().toString(), "--by", "content_type", "--json");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(doc.get("by").asText()).isEqualTo("content_type");
    assertThat(doc.at("/all/groups/0/group").asText()).isEqualTo("image");
    assertThat(doc.at("/all/groups/0/n").asInt()).isEqualTo(205);
    assertThat(doc.at("/all/groups/1/n").asInt()).isEqualTo(120);
    // stats.mannwhitneyu(vid, img, use_continuity=True, method="asymptotic"): U 13844, p 0.0590148…
    assertThat(doc.at("/all/mann_whitney/u").asDouble()).isEqualTo(13844.0);
    assertThat(doc.at("/all/mann_whitney/p_value").asDouble())
        .isCloseTo(0.059014846527093094, within(0.059 * 1e-9));
    assertThat(doc.at("/all/cliffs_delta/delta").asDouble())
        .isCloseTo(0.12552845528455284, within(1e-15));
    assertThat(doc.at("/all/groups/0/cost_per_interaction").asDouble())
        .isCloseTo(2.751031636863824, within(1e-12));
    assertThat(doc.get("by_tier").size()).isGreaterThan(1);
    assertThat(doc.at("/left_out/too_young").asInt()).isEqualTo(69);
  }

  @Test
  void byCooperation_fromCost_giftedHasNoCostPerEngagement() throws IOException {
    CliRun r = CliRun.of("content", fixture().toString(), "--by", "cooperation", "--json");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(doc.get("group_source").asText()).isEqualTo("cost_rmb");
    assertThat(doc.at("/all/groups/0/group").asText()).isEqualTo("gifted");
    assertThat(doc.at("/all/groups/0/cost_per_interaction").isNull()).isTrue();
    assertThat(doc.at("/all/mann_whitney/u").asDouble()).isEqualTo(2052.5);
    assertThat(doc.at("/left_out/no_group").asInt()).isEqualTo(190);
    assertThat(r.err()).contains("kolscope content: gifted notes carry no fee");
  }

  @Test
  void perKol_countsKols_exactP() throws IOException {
    // Content_ScipyReferenceTest: 40 and 37 KOLs, stats.mannwhitneyu(method="exact") p 0.0120966…
    CliRun r = CliRun.of("content", fixture().toString(), "--per-kol", "--json");
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(doc.get("unit").asText()).isEqualTo("kol");
    assertThat(doc.at("/all/groups/0/n").asInt()).isEqualTo(40);
    assertThat(doc.at("/all/mann_whitney/method").asText()).isEqualTo("exact");
    assertThat(doc.at("/all/mann_whitney/p_value").asDouble())
        .isCloseTo(0.012096601081307922, within(0.0121 * 1e-9));
  }

  @Test
  void humanReport_byDefault() throws IOException {
    CliRun r = CliRun.of("content", fixture().toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("image against video: engagement_rate")
        .contains("Mann-Whitney p = ");
  }

  @Test
  void badBy_usageError_quoted() throws IOException {
    CliRun r = CliRun.of("content", fixture().toString(), "--by", "colour");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err().trim()).isEqualTo(
        "kolscope: --by: cannot compare by 'colour': expected content_type or cooperation");
  }

  @Test
  void noContentType_failureNamingTheColumn() throws IOException {
    Path f = Files.writeString(dir.resolve("n.csv"), "note_id,kol_id,likes,followers\n"
        + "n1,a,3,100\nn2,b,4,100\n");
    CliRun r = CliRun.of("content", f.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("no column 'content_type' to compare by");
  }
}
