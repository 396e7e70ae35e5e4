package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link TableData#concat}: rows in the order asked, every column of any part (a part without
 * {@code missing_reasons}, whose KOLs had every value, gets missing cells there), and a column
 * whose type differs between parts refused.
 */
class TableData_ConcatTest {

  private static Table part(String[] ids, double[] median, String[] reasons) {
    Table t = Table.create("kol aggregates");
    t.addColumns(StringColumn.create("kol_id", ids), DoubleColumn.create("median_likes", median));
    if (reasons != null) {
      t.addColumns(StringColumn.create("missing_reasons", reasons));
    }
    return t;
  }

  @Test
  void partWithoutAColumn_getsMissingCellsThere_rowsInTheOrderAsked() {
    TableData a = TableData.of(part(new String[] {"k1", "k2"}, new double[] {3, 4}, null));
    TableData b = TableData.of(part(new String[] {"k3"}, new double[] {Double.NaN},
        new String[] {"median_likes: likes unknown on all 2 notes"}));
    Table t = TableData.concat(List.of(a, b), new int[][] {{1, 0}, {0, 1}, {0, 0}}).table();
    assertThat(t.columnNames()).containsExactly("kol_id", "median_likes", "missing_reasons");
    assertThat(t.stringColumn("kol_id").asList()).containsExactly("k3", "k2", "k1");
    assertThat(t.doubleColumn("median_likes").isMissing(0)).isTrue();
    assertThat(t.doubleColumn("median_likes").get(1)).isEqualTo(4.0);
    assertThat(t.stringColumn("missing_reasons").asList())
        .containsExactly("median_likes: likes unknown on all 2 notes", "", "");
  }

  @Test
  void missingNumbers_ofEachType_areTablesawsMissingValues() {
    Table full = Table.create("t");
    full.addColumns(StringColumn.create("id", new String[] {"a"}),
        IntColumn.create("i", new int[] {7}), LongColumn.create("l", new long[] {8}),
        DoubleColumn.create("d", new double[] {9.5}));
    Table bare = Table.create("t");
    bare.addColumns(StringColumn.create("id", new String[] {"b"}));
    Table t = TableData.concat(List.of(TableData.of(bare), TableData.of(full)),
        new int[][] {{0, 0}, {1, 0}}).table();
    assertThat(t.columnNames()).containsExactly("id", "i", "l", "d");
    assertThat(t.intColumn("i").isMissing(0)).isTrue();
    assertThat(t.longColumn("l").isMissing(0)).isTrue();
    assertThat(t.doubleColumn("d").isMissing(0)).isTrue();
    assertThat(t.intColumn("i").get(1)).isEqualTo(7);
    assertThat(t.longColumn("l").get(1)).isEqualTo(8L);
    assertThat(t.doubleColumn("d").get(1)).isEqualTo(9.5);
  }

  @Test
  void columnWithAnotherTypeInAnotherPart_refusedNamingBoth() {
    Table a = Table.create("t");
    a.addColumns(StringColumn.create("x", new String[] {"1"}));
    Table b = Table.create("t");
    b.addColumns(DoubleColumn.create("x", new double[] {1}));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TableData.concat(List.of(TableData.of(a), TableData.of(b)), new int[][] {{0, 0}}));
    assertThat(e.getMessage()).contains("STRING").contains("DOUBLE").contains("[x]");
  }
}
