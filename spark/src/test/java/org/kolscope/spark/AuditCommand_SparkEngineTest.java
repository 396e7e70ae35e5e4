package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.cli.Main;

/**
 * {@code kolscope audit … --engine spark} against the same command without it: the same stdout
 * on the shipped data, and the same one-line error for a bad notes file. Each run starts and stops
 * its own Spark session, as the command does.
 */
class AuditCommand_SparkEngineTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static String[] withSpark(String... args) {
    List<String> a = new ArrayList<>(List.of(args));
    a.addAll(List.of("--engine", "spark", "--master", "local[2]"));
    return a.toArray(new String[0]);
  }

  @Test
  void shippedData_json_sameDocumentAsLocal() {
    String accounts = LocalSpark.ROOT.resolve("data/accounts.csv").toString();
    String notes = LocalSpark.ROOT.resolve("data/notes.csv").toString();
    CliRun local = run("audit", accounts, "--posts", notes, "--json");
    CliRun spark = run(withSpark("audit", accounts, "--posts", notes, "--json"));
    assertThat(local.status()).isZero();
    assertThat(spark.status()).as(spark.err()).isZero();
    assertThat(spark.out()).contains("\"verdict\"").isEqualTo(local.out());
  }

  @Test
  void out_writesParquetBesideTheCsv() throws IOException {
    String notes = LocalSpark.ROOT.resolve("data/notes.csv").toString();
    Path out = dir.resolve("out");
    CliRun spark = run(withSpark("audit", "--posts", notes, "--out", out.toString()));
    assertThat(spark.status()).as(spark.err()).isZero();
    for (String t : List.of("kols", "flags", "notes_problems")) {
      try (var parts = Files.list(out.resolve(t + ".parquet"))) {
        assertThat(parts.map(p -> p.getFileName().toString())).as(t).anyMatch(n -> n.endsWith(".parquet"));
      }
    }
    assertThat(out.resolve("kols.csv")).exists();
    assertThat(out.resolve("report.html")).exists();
  }

  /**
   * {@code --out-format parquet}: Spark's Parquet and the report, no CSV (the CSV files were
   * written whatever the format asked for).
   */
  @Test
  void outFormatParquet_sparksParquetAndTheReport_noCsv() throws IOException {
    String notes = LocalSpark.ROOT.resolve("data/notes.csv").toString();
    Path out = dir.resolve("out");
    CliRun spark = run(withSpark("audit", "--posts", notes, "--out", out.toString(), "--out-format", "parquet"));
    assertThat(spark.status()).as(spark.err()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "flags.parquet", "kols.parquet", "notes_problems.parquet", "report.html");
    }
    assertThat(spark.err()).contains("kolscope: wrote " + out.resolve("report.html") + "\n")
        .contains("kolscope: wrote " + out.resolve("kols.parquet") + ", " + out.resolve("flags.parquet")
            + " and " + out.resolve("notes_problems.parquet") + "\n");
  }

  /**
   * {@code --drop-duplicates}: the same document and the same load warning (its rejected count
   * includes the drops) as without Spark; the shipped notes with their first 2,000 rows again at
   * the end.
   */
  @Test
  void dropDuplicates_sameDocumentAndWarningAsLocal() throws IOException {
    List<String> lines = Files.readAllLines(LocalSpark.ROOT.resolve("data/notes.csv"), StandardCharsets.UTF_8);
    List<String> repeated = new ArrayList<>(lines);
    repeated.addAll(lines.subList(1, 2001));
    Path notes = dir.resolve("repeated.csv");
    Files.write(notes, repeated, StandardCharsets.UTF_8);
    CliRun local = run("audit", "--posts", notes.toString(), "--json", "--drop-duplicates");
    CliRun spark = run(withSpark("audit", "--posts", notes.toString(), "--json", "--drop-duplicates"));
    assertThat(local.status()).isZero();
    assertThat(spark.status()).as(spark.err()).isZero();
    assertThat(spark.out()).contains("\"verdict\"").isEqualTo(local.out());
    assertThat(local.err()).contains("2000 row(s) rejected");
    assertThat(spark.err()).contains(local.err().lines().filter(l -> l.contains("rejected")).findFirst().orElseThrow());
  }

  /**
   * More parts by KOL than KOLs, with accounts: a part with no KOL of the accounts (an empty one,
   * or one whose notes' KOLs the accounts lack) failed in Tablesaw ({@code Table.rows()} of no
   * rows: "IllegalArgumentException: null", an internal error). Four parts, three KOLs, one of
   * them not among the accounts.
   */
  @Test
  void morePartsThanKols_withAccounts_sameDocumentAsLocal() throws IOException {
    Path accounts = Files.writeString(dir.resolve("accounts.csv"),
        "kol_id,name,followers,likes_and_collects\nk1,A,60000,3000\nk2,B,1000,4000\n");
    Path notes = Files.writeString(dir.resolve("notes.csv"), "note_id,kol_id,likes,collects,comments,views\n"
        + "n1,k1,100,10,5,5000\nn2,k1,80,10,2,4000\nn3,k2,20,10,4,1000\nn4,kx,5,1,1,300\n");
    CliRun local = run("audit", accounts.toString(), "--posts", notes.toString(), "--json");
    CliRun spark = run("audit", accounts.toString(), "--posts", notes.toString(), "--json",
        "--engine", "spark", "--master", "local[4]");
    assertThat(local.status()).isEqualTo(Main.OK);
    assertThat(spark.status()).as(spark.err()).isEqualTo(Main.OK);
    assertThat(spark.out()).isEqualTo(local.out());
  }

  /**
   * A column with no name in the header (the loader names it {@code col_3}): Spark's read failed
   * with a NullPointerException ("internal error"), the header cell being null. One record per
   * line, and with a quoted cell over two lines (the file read by the loader's reader in a task).
   */
  @ParameterizedTest(name = "multi-line: {0}")
  @ValueSource(booleans = {false, true})
  void emptyHeaderName_sameDocumentAsLocal(boolean multiLine) throws IOException {
    Path notes = Files.writeString(dir.resolve("unnamed.csv"), "note_id,kol_id,,likes,views,followers\n"
        + "n1,k1,x,5,100,2000\nn2,k2," + (multiLine ? "\"two\nlines\"" : "y") + ",7,300,5000\n"
        + "n3,k1,z,9,400,2000\n");
    CliRun local = run("audit", "--posts", notes.toString(), "--json");
    CliRun spark = run(withSpark("audit", "--posts", notes.toString(), "--json"));
    assertThat(local.status()).isEqualTo(Main.OK);
    assertThat(spark.status()).as(spark.err()).isEqualTo(Main.OK);
    assertThat(spark.out()).isEqualTo(local.out());
  }

  /** The kinds of bad file both engines must refuse with the loader's words. */
  @ParameterizedTest
  @ValueSource(strings = {"missing", "empty", "no-kol-id", "folder", "no-followers"})
  void badNotesFile_sameErrorAsLocal(String kind) throws IOException {
    Path notes = dir.resolve(kind + ".csv");
    switch (kind) {
      case "missing" -> { }
      case "empty" -> Files.createFile(notes);
      case "no-kol-id" -> Files.writeString(notes, "note_id,likes,comments\nn1,3,1\n", StandardCharsets.UTF_8);
      case "folder" -> Files.createDirectory(notes);
      // notes without the author's followers and no accounts: failed in every task, the reason
      // at the end of Spark's "Job aborted due to stage failure: … Lost task …" and a stack trace
      // per task in Spark's log
      case "no-followers" -> Files.writeString(notes, "note_id,kol_id,likes\nn1,k1,3\nn2,k2,5\n",
          StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException(kind);
    }
    CliRun local = run("audit", "--posts", notes.toString(), "--json");
    CliRun spark = run(withSpark("audit", "--posts", notes.toString(), "--json"));
    assertThat(local.status()).isEqualTo(Main.FAILURE);
    assertThat(spark.status()).isEqualTo(local.status());
    assertThat(spark.out()).isEmpty();
    assertThat(spark.lastErrLine()).startsWith("kolscope: ").isEqualTo(local.lastErrLine());
    assertThat(spark.err()).doesNotContain("Exception").doesNotContain("Lost task");
  }

  /** {@code --strict}: a file with problems fails with the loader's words; a clean one passes. */
  @Test
  void strict_sameFailureAsLocal_andACleanFilePasses() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "note_id,kol_id,likes,comments,followers\n"
        + "n1,k1,12,3,1000\nn2,k1,lots,1,1000\nn3,k2,7\nn4,k2,8,2,2000\n", StandardCharsets.UTF_8);
    CliRun local = run("audit", "--posts", bad.toString(), "--json", "--strict");
    CliRun spark = run(withSpark("audit", "--posts", bad.toString(), "--json", "--strict"));
    assertThat(local.status()).isEqualTo(Main.FAILURE);
    assertThat(spark.status()).isEqualTo(local.status());
    assertThat(spark.out()).isEmpty();
    String failure = local.err().substring(local.err().indexOf("kolscope: " + bad));
    assertThat(failure).contains("2 problem(s) in strict mode (2 rejected", "lots", "line 4");
    assertThat(spark.err()).endsWith(failure);

    Path clean = dir.resolve("clean.csv");
    Files.writeString(clean, "note_id,kol_id,likes,comments,followers\n"
        + "n1,k1,12,3,1000\nn2,k1,10,1,1000\nn3,k2,7,0,2000\n", StandardCharsets.UTF_8);
    CliRun localClean = run("audit", "--posts", clean.toString(), "--json", "--strict");
    CliRun sparkClean = run(withSpark("audit", "--posts", clean.toString(), "--json", "--strict"));
    assertThat(localClean.status()).as(localClean.err()).isZero();
    assertThat(sparkClean.status()).as(sparkClean.err()).isZero();
    assertThat(sparkClean.out()).isEqualTo(localClean.out());
  }

  /**
   * A master this build cannot run at: a usage error (exit 2) with one line that says why and
   * what to do, before Spark starts (Spark's own failure was "Could not parse Master URL",
   * exit 1, after a stack trace in its log).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"k8s://https://127.0.0.1:6443", "mesos://127.0.0.1:5050", "local[two]"})
  void masterThisBuildCannotRunAt_isAUsageError_beforeSparkStarts(String master) {
    CliRun r = run("audit", "--posts", LocalSpark.ROOT.resolve("data/notes.csv").toString(),
        "--json", "--engine", "spark", "--master", master);
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").startsWith("kolscope: --master ");
    if (master.startsWith("k8s")) {
      assertThat(r.lastErrLine()).contains("no Kubernetes support").contains("spark-submit --class "
          + "org.kolscope.spark.AuditJob --master k8s://https://127.0.0.1:6443 spark/target/kolscope-spark-VERSION-cluster.jar");
    } else {
      assertThat(r.lastErrLine()).contains("'" + master + "': not a master Spark knows");
    }
  }

  @Test
  void unknownEngine_isAUsageError() {
    CliRun r = run("audit", "--posts", "x.csv", "--engine", "flink");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--engine must be local or spark, got 'flink'");
  }
}
