package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;
import org.kolscope.core.Schema;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;

/**
 * CSV whose quoted cells span lines, cut by Spark into many parts (64 KiB splits here) and read
 * part by part ({@link RecordScan}): every row, line number, line span and reason equals the
 * loader's reading of the whole file, whatever part boundary a record crosses (records cut by a
 * boundary, cells longer than a part, blank lines inside cells, CRLF and CR line ends, no line end
 * at the end, a quote never closed). A file whose quoting the scan does not follow is read in one
 * task, with the same answers.
 */
class SparkNotes_SpanningPartsTest {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkNotes_SpanningPartsTest", 64 << 10);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** How the test file is written. */
  enum Variant {
    LF, CRLF, CR, NO_FINAL_LINE_END, QUOTE_NEVER_CLOSED, STRAY_QUOTE, GB18030_BOM_QUOTED_HEADER
  }

  /**
   * The first 8,000 shipped notes (about 1.2 MB: some 18 parts). Every 7th note's content_type
   * holds a line break and an escaped quote; every 1,500th a cell of about 100 KB over 2,000 lines
   * (longer than a part) with blank lines in it; every 900th row a cell too many across two lines
   * (rejected, naming the span); a blank line after every 1,000th.
   */
  private static Path write(Variant v) throws IOException {
    List<String> lines = Files.readAllLines(LocalSpark.ROOT.resolve("data/notes.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int type = header.indexOf(Schema.CONTENT_TYPE);
    String eol = v == Variant.CRLF ? "\r\n" : v == Variant.CR ? "\r" : "\n";
    // GB18030 with its byte-order mark (84 31 95 33), which Hadoop's line reader keeps (it drops
    // UTF-8's only), before a quoted header cell
    StringBuilder out = new StringBuilder(v == Variant.GB18030_BOM_QUOTED_HEADER
        ? "\uFEFF\"" + String.join("\",\"", header) + "\"" : lines.get(0)).append(eol);
    for (int i = 1; i <= 8_000; i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells.length != header.size()) {
        out.append(lines.get(i)).append(eol);
        continue;
      }
      if (i % 1500 == 0) {
        StringBuilder big = new StringBuilder("\"long");
        for (int k = 0; k < 2000; k++) {
          big.append(eol).append(k % 100 == 0 ? "" : "line " + k + " of a \"\"long\"\" text, ");
        }
        cells[type] = big.append('"').toString();
      } else if (i % 7 == 0) {
        cells[type] = "\"" + cells[type] + eol + "the \"\"second\"\" line\"";
      }
      if (v == Variant.STRAY_QUOTE && i == 4_321) {
        cells[type] = "5\" image"; // a quote inside an unquoted cell
      }
      String line = String.join(",", cells) + (i % 900 == 0 ? ",\"more" + eol + "text\"" : "");
      out.append(line).append(eol);
      if (i % 1000 == 0) {
        out.append(eol);
      }
    }
    if (v == Variant.QUOTE_NEVER_CLOSED) {
      out.append("n-last,k-last,\"a quote opened here").append(eol).append("and never closed,1,2").append(eol);
    }
    if (v == Variant.NO_FINAL_LINE_END) {
      // after a blank line, a last record over two lines with no line end after it
      out.append(",\"last").append(eol).append("cell\"");
    }
    Path f = dir.resolve("notes-" + v + ".csv");
    Files.writeString(f, out, v == Variant.GB18030_BOM_QUOTED_HEADER
        ? java.nio.charset.Charset.forName("GB18030") : StandardCharsets.UTF_8);
    return f;
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void cellsSpanningLines_cutIntoParts_sameRowsLinesAndReasonsAsTheLoader(Variant v) throws IOException {
    Path f = write(v);
    SameAnswers.Read read = SameAnswers.sameAsTheLoader(spark, f);
    LoadResult local = read.local();
    SparkNotes notes = read.notes();
    // the file has what the test is about
    assertThat(local.table().rowCount()).isGreaterThan(7_500);
    assertThat(local.report().problems().stream().filter(p -> p.reason().contains("(lines ")).count())
        .isGreaterThan(5);
    assertThat(local.table().stringColumn(Schema.CONTENT_TYPE).asList())
        .anyMatch(c -> c.length() > 50_000 && c.contains("\"long\""));
    if (v == Variant.QUOTE_NEVER_CLOSED) {
      assertThat(local.report().problems()).anyMatch(p -> p.reason().contains("never closed"));
    }
    if (v == Variant.STRAY_QUOTE) { // 5" in an unquoted cell: read in one task, naming its line
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("line ([0-9,]+) has a quote inside")
          .matcher(notes.slowRead());
      assertThat(m.find()).as(notes.slowRead()).isTrue();
      int line = Integer.parseInt(m.group(1).replace(",", ""));
      assertThat(Files.readString(f).split("\n", -1)[line - 1]).contains("5\" image");
      assertThat(notes.slowRead()).contains("in one task").contains("kolscope load " + f);
    } else {
      assertThat(notes.slowRead()).isNull();
      assertThat(notes.report().notes()).anyMatch(n -> n.matches(".* in [0-9]+ parts, by the loader's own CSV reader.*"));
      assertThat(notes.notes().rdd().getNumPartitions()).isGreaterThan(10);
    }
  }

  @Test
  @RealData
  void realRedExport_inParts_sameNotesReportAndVerdicts() {
    Path f = SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv");
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).read(f);
    AuditResult expected = Audit.ofPosts(local.table()).run();
    SparkNotes notes = SparkNotes.read(spark, f.toString());
    SparkAuditResult actual = SparkAudit.of(notes).run();
    try {
      SameAnswers.reports(local.report(), actual.report());
      SameAnswers.tables(local.table(), notes.collect().table());
      SameAnswers.audits(expected, actual.audit());
      SameAnswers.problemLines(local.report(), notes);
      assertThat(local.table().rowCount()).isEqualTo(1939); // the README of the real data
      assertThat(notes.slowRead()).isNull();
      assertThat(notes.notes().rdd().getNumPartitions()).isGreaterThan(20); // 2.2 MB in 64 KiB parts
    } finally {
      actual.release();
    }
  }
}
