package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Fields;
import org.kolscope.io.KolData;
import org.kolscope.kernel.display.TabularRenderers;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.KolRow;
import tech.tablesaw.api.Table;

/**
 * One audit of the shipped data seen through every view — {@code kolscope audit --json}, the
 * {@code kols.csv} it writes, the result a notebook cell shows ({@code AuditResult}, its text), the
 * HTML report (its KOL table and the ringed KOLs of its chart), {@code kolscope chart --flag verdict}
 * and {@code kolscope tiers}' flagged share: every view flags the same KOLs (review and
 * suspicious; not ok, not not_checked).
 */
class AuditViews_SameFlaggedSetTest {
  private static final Path DATA = Path.of("../data");
  private static final Set<String> FLAGGING = Set.of("review", "suspicious");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path dir;
  private static JsonNode json;
  private static Map<String, String> verdicts;

  @BeforeAll
  static void audit() throws IOException {
    CliRun run = CliRun.of("audit", DATA.resolve("accounts.csv").toString(), "--posts",
        DATA.resolve("notes.csv").toString(), "--out", dir.toString(), "--json");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    json = MAPPER.readTree(run.out());
    verdicts = new LinkedHashMap<>();
    json.get("kols").forEach(k -> verdicts.put(k.get("kol_id").asText(), k.get("verdict").asText()));
  }

  private static Set<String> flagged(Map<String, String> byKol) {
    Set<String> out = new TreeSet<>();
    byKol.forEach((id, v) -> {
      if (FLAGGING.contains(v)) {
        out.add(id);
      }
    });
    return out;
  }

  private static Set<String> flagged(Table t) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      m.put(t.getString(r, "kol_id"), t.getString(r, "verdict"));
    }
    return flagged(m);
  }

  @Test
  void theDataHaveKolsOfEveryKind() {
    assertThat(verdicts).hasSize(2000);
    assertThat(new TreeSet<>(verdicts.values())).contains("ok", "review", "suspicious");
    assertThat(flagged(verdicts)).hasSizeGreaterThan(10);
  }

  @Test
  void kolsCsv_flagsTheSameKols() {
    assertThat(flagged(KolData.load(dir.resolve("kols.csv")))).isEqualTo(flagged(verdicts));
  }

  @Test
  void theNotebookResult_flagsTheSameKols_andItsTextCountsThem() {
    AuditResult r = Audit.of(KolData.load(DATA.resolve("accounts.csv")))
        .posts(KolData.load(DATA.resolve("notes.csv"))).run();
    assertThat(flagged(r.toTable())).isEqualTo(flagged(verdicts));
    Set<String> offenders = new TreeSet<>();
    r.offenders().forEach(row -> offenders.add(r.kols().getString(row, "kol_id")));
    assertThat(offenders).isEqualTo(flagged(verdicts));
    long review = verdicts.values().stream().filter("review"::equals).count();
    long suspicious = verdicts.values().stream().filter("suspicious"::equals).count();
    assertThat(r.toString()).contains("review " + review).contains("suspicious " + suspicious)
        .contains("Worst offenders (10 of " + (review + suspicious) + ")");
  }

  @Test
  void theReport_listsAndRingsTheSameKols() throws IOException {
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<tr class=\"[^\"]*\" data-verdict=\"([a-z_]+)\"[^>]*>"
        + "<td class=\"kol\"[^>]*>(?:<span class=\"name\">[^<]*</span> )?<span class=\"id\">([^<]+)</span>")
        .matcher(html);
    while (m.find()) {
      rows.put(m.group(2), m.group(1));
    }
    assertThat(rows).hasSize(2000);
    assertThat(flagged(rows)).isEqualTo(flagged(verdicts));
    Matcher ringed = Pattern.compile("<span id=\"ringed\">(\\d+)</span>").matcher(html);
    assertThat(ringed.find()).isTrue();
    assertThat(Integer.parseInt(ringed.group(1))).isEqualTo(flagged(verdicts).size());
  }

  @Test
  void chartFlagVerdict_ringsTheSameNumber() throws IOException {
    CliRun run = CliRun.of("chart", dir.resolve("kols.csv").toString(), "--type",
        "follower-engagement", "--flag", "verdict", "--out", dir.resolve("v.png").toString(), "--json");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    assertThat(MAPPER.readTree(run.out()).get("flagged").asInt()).isEqualTo(flagged(verdicts).size());
  }

  @Test
  void tiersFlaggedShare_countsTheSameKolsPerTier() throws IOException {
    CliRun run = CliRun.of("tiers", dir.resolve("kols.csv").toString(), "--metric",
        "likes_and_collects_per_follower", "--json");
    assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
    Map<String, Integer> perTier = new LinkedHashMap<>();
    json.get("kols").forEach(k -> {
      if (FLAGGING.contains(k.get("verdict").asText())) {
        perTier.merge(k.get("tier").asText(), 1, Integer::sum);
      }
    });
    for (JsonNode g : MAPPER.readTree(run.out()).get("groups")) {
      double share = g.get("flagged_share").asDouble();
      assertThat(Math.round(share * g.get("n").asInt())).as(g.get("tier").asText())
          .isEqualTo((long) perTier.getOrDefault(g.get("tier").asText(), 0));
    }
  }

  /** The keys of the JSON's first KOL, in order. */
  private static List<String> jsonKeys() {
    List<String> keys = new ArrayList<>();
    json.get("kols").get(0).fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theKernelTheCliJsonAndTheReport_showTheSameFlaggedSet_andTheSameKeys() throws IOException {
    AuditResult r = Audit.of(KolData.load(DATA.resolve("accounts.csv")))
        .posts(KolData.load(DATA.resolve("notes.csv"))).run();

    // one description: the CLI's keys are KolRow's fields, named by Fields
    List<String> described = Fields.names(KolRow.class);
    assertThat(jsonKeys()).isEqualTo(described);

    // the kernel: the HTML a notebook shows (text, then the table it folds) and that table
    String kernelHtml = TabularRenderers.html(r);
    Table shown = r.view();
    List<String> kernelKeys = new ArrayList<>();
    Matcher th = Pattern.compile("<th>([a-z_]+)</th>").matcher(
        kernelHtml.substring(kernelHtml.indexOf("<thead>"), kernelHtml.indexOf("</thead>")));
    while (th.find()) {
      kernelKeys.add(th.group(1));
    }
    assertThat(kernelKeys).isEqualTo(shown.columnNames())
        .containsExactly("kol_id", "name", "tier", "followers", "verdict", "reasons", "not_checked")
        .allMatch(described::contains);
    assertThat(flagged(shown)).isEqualTo(flagged(verdicts));
    assertThat(kernelHtml).contains("review " + count("review"))
        .contains("suspicious " + count("suspicious"));

    // the report: every column of its KOL table names its field; those of a KOL's audit by the
    // JSON's keys, the ratios by the KOL table's columns
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    String head = html.substring(html.indexOf("id=\"kol-table\""));
    head = head.substring(0, head.indexOf("</thead>"));
    List<String> reportKeys = new ArrayList<>();
    Matcher key = Pattern.compile("data-key=\"([a-z_0-9]+)\"").matcher(head);
    while (key.find()) {
      reportKeys.add(key.group(1));
    }
    assertThat(reportKeys).contains("kol_id", "tier", "followers", "verdict", "reasons")
        .allMatch(k -> described.contains(k) || r.toTable().columnNames().contains(k));
    assertThat(reportKeys.stream().filter(described::contains).toList())
        .containsExactly("kol_id", "tier", "followers", "verdict", "reasons");
  }

  private static long count(String verdict) {
    return verdicts.values().stream().filter(verdict::equals).count();
  }
}
