package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import tech.tablesaw.api.Table;

/**
 * Parquet on the single-machine path: {@code load --out x.parquet} writes what {@code load} and
 * {@code audit} read back to the same answers as the CSV, and {@code audit --out-format parquet}
 * writes the tables as Parquet.
 */
class AuditCommand_ParquetTest {
  @TempDir Path dir;

  private static final String ACCOUNTS = "../data/accounts.csv";
  private static final String NOTES = "../data/notes.csv";

  private Path notesAsParquet() {
    Path pq = dir.resolve("notes.parquet");
    CliRun w = CliRun.of("load", NOTES, "--out", pq.toString());
    assertThat(w.status()).as(w.err()).isEqualTo(Main.OK);
    assertThat(w.out()).contains("wrote " + pq);
    return pq;
  }

  @Test
  void notesAsParquet_sameAuditJsonAsTheCsv() {
    CliRun csv = CliRun.of("audit", ACCOUNTS, "--posts", NOTES, "--json");
    CliRun pq = CliRun.of("audit", ACCOUNTS, "--posts", notesAsParquet().toString(), "--json");
    assertThat(pq.status()).as(pq.err()).isEqualTo(Main.OK);
    assertThat(pq.out()).isEqualTo(csv.out()).contains("\"kols\"");
  }

  @Test
  void loadOfTheParquet_sameRowsAndReportLinesAsTheCsv() {
    String pq = notesAsParquet().toString();
    CliRun fromCsv = CliRun.of("load", NOTES, "--json");
    CliRun fromPq = CliRun.of("load", pq, "--json");
    assertThat(fromPq.status()).isEqualTo(Main.OK);
    // the same report but for the file's name, format, encoding and the format's note
    assertThat(withoutFileLines(fromPq.out()).replace(pq, NOTES))
        .isEqualTo(withoutFileLines(fromCsv.out()));
  }

  /** The JSON's lines that name the format: file, format, encoding, notes. */
  private static String withoutFileLines(String json) {
    return json.replaceAll("\"(format|encoding)\" ?: ?\"[^\"]*\",?", "")
        .replaceAll("\"notes\" ?: ?\\[[^\\]]*\\]", "");
  }

  @Test
  void outFormatParquet_writesKolsAndFlagsAsParquet() {
    Path asCsv = dir.resolve("csv");
    Path asPq = dir.resolve("pq");
    assertThat(CliRun.of("audit", ACCOUNTS, "--posts", NOTES, "--out", asCsv.toString()).status()).isEqualTo(Main.OK);
    CliRun r = CliRun.of("audit", ACCOUNTS, "--posts", NOTES, "--out", asPq.toString(), "--out-format", "parquet");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.err()).contains("wrote " + asPq.resolve("kols.parquet") + ", " + asPq.resolve("flags.parquet"));
    assertThat(asPq.resolve("kols.csv")).doesNotExist();
    assertThat(asPq.resolve("report.html")).exists();
    for (String t : new String[] {"kols", "flags"}) {
      Table fromCsv = KolData.load(asCsv.resolve(t + ".csv"));
      Table fromPq = KolData.load(asPq.resolve(t + ".parquet"));
      assertThat(fromPq.columnNames()).isEqualTo(fromCsv.columnNames());
      assertThat(fromPq.rowCount()).isEqualTo(fromCsv.rowCount()).isPositive();
      for (int i = 0; i < fromCsv.columnCount(); i++) {
        assertThat(fromPq.column(i).asList()).as(t + "." + fromCsv.column(i).name())
            .isEqualTo(fromCsv.column(i).asList());
      }
    }
  }

  @Test
  void outFormatOtherThanCsvOrParquet_usageError() {
    CliRun r = CliRun.of("audit", ACCOUNTS, "--out", dir.toString(), "--out-format", "xlsx");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip()).isEqualTo("kolscope: --out-format must be csv or parquet, got 'xlsx'");
  }

  @Test
  void outFormatWithoutOut_usageError() {
    CliRun r = CliRun.of("audit", ACCOUNTS, "--out-format", "parquet");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip()).isEqualTo("kolscope: --out-format goes with --out DIR");
  }

  @Test
  void damagedParquet_oneLineNamingTheFile_exit1() throws Exception {
    Path good = notesAsParquet();
    byte[] b = Files.readAllBytes(good);
    Path cut = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(b, 5000));
    CliRun r = CliRun.of("audit", "--posts", cut.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("kolscope: " + cut
        + ": a Parquet file cut short (it does not end with PAR1, so its footer is missing): copy or write it again");
  }
}
