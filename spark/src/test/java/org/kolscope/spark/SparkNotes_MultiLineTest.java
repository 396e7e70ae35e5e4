package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kolscope.core.Schema;
import org.kolscope.io.LoadResult;

/**
 * CSV whose quoted cells span lines (real exports: a note's title or text with line breaks), read
 * by Spark as the loader reads it: the same rows, line numbers, line spans and reasons.
 * A file in one part of Spark's split (these, under 1 MB) is
 * read in one task; the report's notes say so. Files in many parts, and the real 2018 RED export:
 * {@code SparkNotes_SpanningPartsTest}.
 */
class SparkNotes_MultiLineTest {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkNotes_MultiLineTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** How the test file is written. */
  enum Variant {
    LF, CRLF, GZIP, QUOTE_NEVER_CLOSED
  }

  /**
   * The first 6,000 shipped notes with line breaks in quoted cells: every 400th note's content_type holds one
   * (with an escaped quote beside it), every 4,000th row also has a cell too many across its two
   * lines (rejected naming the span), and a blank line follows every 3,000th.
   */
  private static Path write(Variant v) throws IOException {
    List<String> lines = Files.readAllLines(LocalSpark.ROOT.resolve("data/notes.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int type = header.indexOf(Schema.CONTENT_TYPE);
    StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
    String eol = v == Variant.CRLF ? "\r\n" : "\n";
    for (int i = 1; i < Math.min(lines.size(), 6_001); i++) {
      String line = lines.get(i);
      String[] cells = line.split(",", -1);
      if (i % 400 == 0 && cells.length == header.size()) {
        cells[type] = "\"" + cells[type] + eol + "the \"\"second\"\" line\"";
        line = String.join(",", cells) + (i % 4000 == 0 ? ",\"more" + eol + "text\"" : "");
      }
      out.append(line).append(eol);
      if (i % 3000 == 0) {
        out.append(eol);
      }
    }
    if (v == Variant.QUOTE_NEVER_CLOSED) {
      out.append("n-last,k-last,\"a quote opened here").append(eol).append("and never closed,1,2").append(eol);
    }
    Path f = dir.resolve("notes-" + v + (v == Variant.GZIP ? ".csv.gz" : ".csv"));
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    try (OutputStream o = v == Variant.GZIP ? new GZIPOutputStream(Files.newOutputStream(f)) : Files.newOutputStream(f)) {
      o.write(bytes);
    }
    return f;
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void cellsSpanningLines_sameRowsLinesAndReasonsAsTheLoader(Variant v) throws IOException {
    Path f = write(v);
    SameAnswers.Read read = SameAnswers.sameAsTheLoader(spark, f);
    LoadResult local = read.local();
    SparkNotes notes = read.notes();
    // the file has what the test is about: cells with line breaks kept, a rejected span
    assertThat(local.table().stringColumn(Schema.CONTENT_TYPE).countUnique()).isGreaterThan(2);
    assertThat(local.report().problems().stream().filter(p -> p.reason().contains("(lines ")).count())
        .isPositive();
    if (v == Variant.QUOTE_NEVER_CLOSED) {
      assertThat(local.report().problems().stream().filter(p -> p.reason().contains("never closed")).count())
          .isEqualTo(1);
    }
    // the first cell with a line break is the 400th note's, on line 401
    if (v == Variant.GZIP) { // Spark does not split a compressed file: the user is told what to do
      assertThat(notes.slowRead()).contains("in one task").contains("(from line 401)")
          .contains("compressed").contains("kolscope load " + f);
    } else { // a small file: one task is all it gets anyway
      assertThat(notes.report().notes()).anyMatch(n -> n.contains("in one task")
          && n.contains("(from line 401)") && n.endsWith("the file is one part of Spark's split"));
      assertThat(notes.slowRead()).isNull();
    }
  }

  @Test
  void oneRecordPerLine_stillReadInParts() {
    SparkNotes notes = SparkNotes.read(spark, LocalSpark.ROOT.resolve("data/notes.csv").toString());
    assertThat(notes.report().notes()).anyMatch(n -> n.endsWith("one record per line"));
    assertThat(notes.slowRead()).isNull();
    assertThat(notes.notes().rdd().getNumPartitions()).isGreaterThan(1);
  }
}
