package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.data.Anomaly;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.evidence.Verdict;
import org.kolscope.io.CsvOut;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import org.kolscope.io.Problem;
import org.kolscope.core.Schema;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import tech.tablesaw.api.Table;

/**
 * The Spark path against the single-machine path, on the shipped data and on 200,000+ generated
 * notes with injected anomalies and bad cells: every KOL's verdict, tier, signal values,
 * z-scores and per-KOL table, and every line of the load report, the same.
 */
class SparkAudit_SameAsLocalTest {
  private static SparkSession spark;
  @TempDir static Path dir;
  private static Path generatedNotes;
  private static Table generatedAccounts;
  private static int injected;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start("SparkAudit_SameAsLocalTest");
    GeneratedData g = Generator.builder().accounts(5200).notesPerAccount(60).anomalyRate(0.03)
        .seed(20261206).build().generate();
    assertThat(g.notes().rowCount()).isGreaterThanOrEqualTo(200_000);
    assertThat(g.accountCount(Anomaly.BOUGHT_LIKES)).isPositive();
    generatedAccounts = g.accounts();
    generatedNotes = dir.resolve("generated-notes.csv");
    CsvOut.write(g.notes(), generatedNotes);
    injected = spoil(generatedNotes);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /**
   * Rewrites a likes cell on every 1,000th note with a written form a crawl produces (parsed by
   * the count rules) or a bad one (rejected), breaks a row's width and a kol_id, and repeats
   * note ids (the first note's, across partitions; the line before's, within a batch); returns
   * how many lines it changed.
   */
  private static int spoil(Path csv) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int likes = header.indexOf(Schema.LIKES);
    int kol = header.indexOf(Schema.KOL_ID);
    int id = header.indexOf(Schema.NOTE_ID);
    String firstId = lines.get(1).split(",", -1)[id];
    String[] forms = {"1.2万", "10w+", "\"3,210\"", "3.5k", "10万+", "abc", "-7", "", "NaN", "1e400"};
    int changed = 0;
    for (int i = 1000, k = 0; i < lines.size(); i += 1000, k++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells.length != header.size()) {
        continue; // a quoted comma: leave the line alone
      }
      if (k % 97 == 50) {
        lines.set(i, lines.get(i) + ",extra"); // one cell too many
      } else if (k % 97 == 51) {
        cells[kol] = "";
        lines.set(i, String.join(",", cells));
      } else if (k % 31 == 7) {
        // the first note's id again, partitions away (a crawl that fetched a note twice)
        cells[id] = firstId;
        lines.set(i, String.join(",", cells));
      } else if (k % 31 == 8) {
        // the previous line's id: a repeat within one batch
        cells[id] = lines.get(i - 1).split(",", -1)[id];
        lines.set(i, String.join(",", cells));
      } else {
        cells[likes] = forms[k % forms.length];
        lines.set(i, String.join(",", cells));
      }
      changed++;
    }
    Files.write(csv, lines, StandardCharsets.UTF_8);
    return changed;
  }

  /**
   * Compares the two paths on {@code notesFile}, the notes split by KOL into {@code parts} parts (0:
   * the default); returns the single-machine load.
   */
  private static LoadResult compare(Path notesFile, Table accounts, int parts) {
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).read(notesFile);
    AuditResult expected = Audit.of(accounts).posts(local.table()).run();
    SparkNotes notes = SparkNotes.read(spark, notesFile.toString());
    SparkAuditResult actual = SparkAudit.of(notes).accounts(accounts).parts(parts).run();
    try {
      SameAnswers.reports(local.report(), actual.report());
      SameAnswers.tables(local.table(), notes.collect().table());
      SameAnswers.audits(expected, actual.audit());
      assertThat(actual.rejected().count()).isEqualTo(local.report().problems(Problem.Severity.REJECTED).size());
      SameAnswers.problemLines(local.report(), notes);
    } finally {
      actual.release();
    }
    return local;
  }

  @Test
  void shippedData_sameVerdictsTiersRatiosAndReport() {
    Path notes = LocalSpark.ROOT.resolve("data/notes.csv");
    compare(notes, KolData.loader().kind(Schema.Kind.ACCOUNTS).read(LocalSpark.ROOT.resolve("data/accounts.csv")).table(), 0);
  }

  @Test
  void generatedNotes_withAnomaliesAndBadCells_sameVerdictsTiersRatiosAndReport() {
    // seven parts: KOLs spread over more parts than cores, the spike scale pooled over all
    LoadResult local = compare(generatedNotes, generatedAccounts, 7);
    // the spoiled cells: some read as counts, the rest rejected with a reason
    assertThat(local.report().rejectedRows()).isBetween(10L, (long) injected);
    assertThat(local.report().rowsKept()).isGreaterThan(200_000 - injected);
    // the first note's id repeated partitions away: reported as the loader does (compare() checked
    // the Spark report line for line)
    assertThat(local.report().problems().stream().filter(Problem::isDuplicateKept)
        .filter(p -> p.reason().contains("(first at line 2)")).count()).isGreaterThan(5);
  }

  @Test
  void shippedNotes_withoutAccounts_sameAsAccountsFromNotes() {
    Path notes = LocalSpark.ROOT.resolve("data/notes.csv");
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).read(notes);
    AuditResult expected = Audit.ofPosts(local.table()).run();
    SparkAuditResult actual = SparkAudit.of(SparkNotes.read(spark, notes.toString())).run();
    try {
      SameAnswers.audits(expected, actual.audit());
      assertThat(expected.verdictCounts().getOrDefault(Verdict.SUSPICIOUS.label(), 0)
          + expected.verdictCounts().getOrDefault(Verdict.REVIEW.label(), 0)).isPositive();
    } finally {
      actual.release();
    }
  }
  @Test
  void gzippedNotes_readAsTheLoaderReadsThem() throws IOException {
    Path gz = dir.resolve("notes.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(LocalSpark.ROOT.resolve("data/notes.csv"), out);
    }
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).read(gz);
    SparkNotes notes = SparkNotes.read(spark, gz.toString());
    LoadResult viaSpark = notes.collect();
    SameAnswers.reports(local.report(), notes.report());
    SameAnswers.tables(local.table(), viaSpark.table());
    assertThat(viaSpark.table().rowCount()).isGreaterThan(39_000);
    assertThat(viaSpark.report().notes()).contains("gzip-compressed: read decompressed");
  }

  @Test
  void gzipNotNamedGz_refusedWithWhatToDo() throws IOException {
    Path hidden = dir.resolve("notes-gzipped.csv");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(hidden))) {
      out.write("note_id,kol_id,likes\nn1,k1,3\n".getBytes(StandardCharsets.UTF_8));
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkNotes.read(spark, hidden.toString()))
        .isInstanceOf(org.kolscope.io.LoadException.class)
        .hasMessage(hidden + ": gzip-compressed but not named .gz; the spark engine decompresses "
            + "files named *.gz (rename it, gunzip it, or audit without --engine spark)");
  }
}
