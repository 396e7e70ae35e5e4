package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Files at the edges of size: a 10-million-character line, a record longer than the limit, a
 * header of 100,000 columns. Generated here (too large to keep in the corpus). No timing is
 * asserted; {@code docs/dev-notes/loader.md} has the measured times.
 */
class Loader_LimitsTest {
  @TempDir Path dir;

  @Test
  void tenMillionCharacterLine_loads_andTheRowsAroundItToo() throws Exception {
    Path p = dir.resolve("long-line.csv");
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("kol_id,followers,bio\na,1,short\nb,2,");
      char[] block = new char[10_000];
      java.util.Arrays.fill(block, 'x');
      for (int i = 0; i < 1_000; i++) {
        w.write(block);
      }
      w.write("\nc,3,short\n");
    }
    LoadResult r = KolData.loader().read(p);
    assertThat(r.report().problems()).isEmpty();
    Table t = r.table();
    assertThat(t.stringColumn("kol_id").asList()).containsExactly("a", "b", "c");
    assertThat(t.stringColumn("bio").get(1)).hasSize(10_000_000);
    assertThat(t.longColumn("followers").get(2)).isEqualTo(3L);
  }

  @Test
  void recordLongerThanTheLimit_failsInWords_namingTheLine() throws Exception {
    // a quote opened on line 3 and never closed: everything after it is one record
    Path p = dir.resolve("runaway.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("kol_id,followers,bio\na,1,ok\nb,2,\"never closed\n");
      for (int i = 0; i < 300_000; i++) {
        w.write("c" + i + ",3,more text on a line\n");
      }
    }
    TableBuilder b = new TableBuilder(p.toString(), null, HeaderMap.standard(), false);
    CsvRows rows = new CsvRows(p, StandardCharsets.UTF_8, 0, null, LoadProgress.NONE, false)
        .recordLimit(1_000_000);
    LoadException e = assertThrows(LoadException.class, () -> rows.read(b));
    assertThat(e.getMessage()).isEqualTo(p + ":3: the row starting on line 3 is longer than 1,000,000"
        + " characters — a quote opened there and never closed? The rows after it cannot be told apart");
    assertThat(e.getMessage()).doesNotContain("settings").doesNotContain("Exception");
  }

  @Test
  void recordLimit_isAtLeastFourMillionCharacters() {
    assertThat(CsvRows.maxRecordChars()).isGreaterThanOrEqualTo(4_000_000L);
  }

  @Test
  void hundredThousandColumns_loadWithTheRightShape() throws Exception {
    int columns = 100_000;
    Path p = dir.resolve("wide.csv");
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      StringBuilder h = new StringBuilder("kol_id,followers");
      for (int c = 2; c < columns; c++) {
        h.append(",c").append(c);
      }
      w.write(h.append('\n').toString());
      for (int r = 0; r < 3; r++) {
        StringBuilder row = new StringBuilder("k" + r + "," + (1000 + r));
        for (int c = 2; c < columns; c++) {
          row.append(',').append((c * 7 + r) % 1000);
        }
        w.write(row.append('\n').toString());
      }
    }
    LoadResult r = KolData.loader().read(p);
    Table t = r.table();
    assertThat(t.columnCount()).isEqualTo(columns);
    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.longColumn("followers").asList()).containsExactly(1000L, 1001L, 1002L);
    // (99999 * 7 + 2) % 1000 = 995
    assertThat(t.longColumn("c99999").get(2)).isEqualTo(995L);
    assertThat(t.column(columns - 1).name()).isEqualTo("c99999");
    // the table behaves as one built column by column would: names are looked up, unique
    assertThat(t.containsColumn("C50000")).isTrue();
  }

  @Test
  void moreColumnsThanTheLimit_refusedWithTheLimit() throws Exception {
    Path p = dir.resolve("too-wide.csv");
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("kol_id");
      for (int c = 1; c <= CsvRows.MAX_COLUMNS; c++) {
        w.write(",c");
        w.write(Integer.toString(c));
      }
      w.write("\na\n");
    }
    LoadException e = assertThrows(LoadException.class, () -> KolData.loader().read(p));
    assertThat(e.getMessage()).isEqualTo(p + ": the header has more than 1,000,000 columns;"
        + " KOLScope reads at most 1,000,000");
  }
}
