package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lone CR inside an unquoted cell (scraped titles carry them) of a file whose lines end in LF or
 * CR LF: the loader's reader cuts lines at its line end only, so the CR is a character of the
 * cell and the row is kept. Spark's text source cut at any CR by default: the row's two halves
 * were rejected ("row has 9 cells, the header has 14"), two rows the loader keeps. The lines are
 * now cut at the loader's line end, found in the file's text (decompressed for {@code .gz}).
 * 8,000 shipped notes at 64 KiB splits, a CR put into every 500th row's content_type.
 */
class SparkNotes_LineEndTest {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkNotes_LineEndTest", 64 << 10);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"LF", "CRLF", "LF_GZIP"})
  void loneCrInAnUnquotedCell_keptAsTheLoaderKeepsIt(String variant) throws IOException {
    java.util.List<String> lines = Files.readAllLines(LocalSpark.ROOT.resolve("data/notes.csv"),
        StandardCharsets.UTF_8).subList(0, 8001);
    int at = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("content_type");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (i > 0 && i % 500 == 0) {
        cells[at] = cells[at] + "\rlive";
      }
      sb.append(String.join(",", cells)).append(variant.equals("CRLF") ? "\r\n" : "\n");
    }
    byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
    Path f = dir.resolve("cr-" + variant + (variant.endsWith("GZIP") ? ".csv.gz" : ".csv"));
    try (OutputStream o = variant.endsWith("GZIP")
        ? new java.util.zip.GZIPOutputStream(Files.newOutputStream(f)) : Files.newOutputStream(f)) {
      o.write(text);
    }
    SameAnswers.Read read = SameAnswers.sameAsTheLoader(spark, f);
    assertThat(read.local().report().rejectedRows()).isZero();
    assertThat(read.local().table().stringColumn("content_type").countUnique())
        .isGreaterThan(read.local().table().stringColumn("content_type").removeMissing()
            .filter(s -> !s.contains("\r")).countUnique());
    if (!variant.endsWith("GZIP")) {
      assertThat(read.notes().notes().rdd().getNumPartitions()).isGreaterThan(4);
    }
  }
}
