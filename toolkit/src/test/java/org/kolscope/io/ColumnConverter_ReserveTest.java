package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.Column;

/**
 * A converter told the rows to expect ({@link ColumnConverter#reserve}) builds the same column as
 * one that grew its buffer, whether the estimate was exact, too high or too low; text converters
 * share a repeated text from the moment it is committed, and stop sharing in a column of distinct
 * texts.
 */
class ColumnConverter_ReserveTest {

  private static final String[] CELLS = {"12", "1.2万", "", "10w+", "3,210", "2024-03-01 12:30", "x"};

  private static List<Column<?>> fill(ColumnType type, int rows, int reserve) {
    ColumnConverter c = ColumnConverter.forType(type == null ? "sniffed" : "likes", type);
    if (reserve >= 0) {
      c.reserve(reserve);
    }
    for (int i = 0; i < rows; i++) {
      String cell = type == ColumnType.LOCAL_DATE_TIME ? (i % 5 == 0 ? "" : "2024-03-0" + (1 + i % 9) + " 12:30")
          : type == ColumnType.DOUBLE ? (i % 7 == 0 ? "" : i + ".25")
          : type == ColumnType.LONG ? CELLS[i % 5]
          : CELLS[i % CELLS.length] + (i % 3);
      if (c.stage(cell) == null) {
        c.commit(i + 2);
      }
    }
    return c.build(rows);
  }

  @ParameterizedTest(name = "{0}, {1} rows, {2} reserved")
  @CsvSource({
    "LONG, 1000, 1000", "LONG, 1000, 5000", "LONG, 1000, 10",
    "DOUBLE, 1000, 1000", "DOUBLE, 1000, 5000", "DOUBLE, 1000, 10",
    "LOCAL_DATE_TIME, 1000, 1000", "LOCAL_DATE_TIME, 1000, 5000", "LOCAL_DATE_TIME, 1000, 10",
    "STRING, 1000, 1000", "STRING, 1000, 5000", "STRING, 1000, 10",
  })
  void reserved_sameColumnAsGrown(String type, int rows, int reserve) {
    ColumnType t = ColumnType.valueOf(type);
    List<Column<?>> grown = fill(t, rows, -1);
    List<Column<?>> reserved = fill(t, rows, reserve);
    assertThat(reserved).hasSameSizeAs(grown);
    for (int k = 0; k < grown.size(); k++) {
      assertThat(reserved.get(k).size()).isEqualTo(grown.get(k).size());
      assertThat(reserved.get(k).type()).isEqualTo(grown.get(k).type());
      assertThat(reserved.get(k).asList()).isEqualTo(grown.get(k).asList());
    }
  }

  @Test
  void sniffedColumn_reservedSameAsGrown() {
    List<Column<?>> grown = fill(null, 1000, -1);
    List<Column<?>> reserved = fill(null, 1000, 3000);
    assertThat(reserved.get(0).type()).isEqualTo(grown.get(0).type());
    assertThat(reserved.get(0).asList()).isEqualTo(grown.get(0).asList());
  }

  @Test
  void repeatedText_oneStringFromTheCommit() {
    ColumnConverter.ObjectValues<?> c =
        (ColumnConverter.ObjectValues<?>) ColumnConverter.forType("kol_id", ColumnType.STRING);
    for (int i = 0; i < 3; i++) {
      c.stage(new String("kol-7")); // a new String per cell, as a parser gives
      c.commit(i + 2);
    }
    assertThat(c.values[0]).isEqualTo("kol-7").isSameAs(c.values[1]).isSameAs(c.values[2]);
  }

  @Test
  void distinctTexts_sharingGivenUp() {
    ColumnConverter.ObjectValues<?> c =
        (ColumnConverter.ObjectValues<?>) ColumnConverter.forType("note_id", ColumnType.STRING);
    int n = ColumnConverter.ObjectValues.SHARE_FIRST + 10;
    for (int i = 0; i < n; i++) {
      c.stage("n" + i);
      c.commit(i + 2);
    }
    c.stage(new String("kol-7"));
    c.commit(n + 2);
    c.stage(new String("kol-7"));
    c.commit(n + 3);
    assertThat(c.values[n]).isEqualTo(c.values[n + 1]).isNotSameAs(c.values[n + 1]);
  }

  /**
   * The first million of 10M notes of 500,000 KOLs, one per note at random: shared throughout
   * (with sharing given up after 2^16 distinct ids, as before, this fails).
   */
  @Test
  void manyKolsInRandomOrder_stillShared() {
    ColumnConverter.ObjectValues<?> c =
        (ColumnConverter.ObjectValues<?>) ColumnConverter.forType("kol_id", ColumnType.STRING);
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    int rows = 1_000_000;
    c.reserve(10 * rows);
    for (int i = 0; i < rows; i++) {
      c.stage("k" + r.nextInt(500_000)); // a new String per cell, as a parser gives
      c.commit(i + 2);
    }
    c.stage(new String((String) c.values[0]));
    c.commit(rows + 2);
    assertThat(c.values[rows]).isSameAs(c.values[0]);
  }
}
