package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Which rows a flag column marks, by column kind. */
class FlagColumn_ReadTest {
  @Test
  void verdicts_reviewAndSuspiciousFlag_okAndNotCheckedDoNot() {
    StringColumn v = StringColumn.create("verdict", "ok", "review", "suspicious", "not_checked", "");
    v.setMissing(4);
    Table t = Table.create("t", v);
    assertThat(FlagColumn.read(t, "verdict", null)).containsExactly(false, true, true, false, false);
    assertThat(FlagColumn.count(t, "verdict")).isEqualTo(2);
  }

  @Test
  void otherText_anythingButTheNotFlaggedWords() {
    Table t = Table.create("t", StringColumn.create("anomaly", "none", "bought_likes", "None", "正常"));
    assertThat(FlagColumn.read(t, "anomaly", null)).containsExactly(false, true, false, false);
  }

  @Test
  void textWithAWordThatIsNoVerdict_isReadAsOtherText() {
    Table t = Table.create("t", StringColumn.create("mark", "ok", "not_checked", "maybe"));
    assertThat(FlagColumn.read(t, "mark", null)).containsExactly(false, true, true);
  }

  @Test
  void booleansNumbersAndATest() {
    Table t = Table.create("t", BooleanColumn.create("b", new boolean[] {true, false, true}),
        DoubleColumn.create("n", new double[] {0, 2.5, Double.NaN}),
        StringColumn.create("s", "a", "b", "a"));
    assertThat(FlagColumn.read(t, "b", null)).containsExactly(true, false, true);
    assertThat(FlagColumn.read(t, "n", null)).containsExactly(false, true, false);
    assertThat(FlagColumn.read(t, "s", "a"::equals)).containsExactly(true, false, true);
    assertThat(FlagColumn.read(t, null, null)).containsExactly(false, false, false);
  }

  @Test
  void absentColumn_namedWithTheColumns() {
    Table t = Table.create("t", StringColumn.create("s", "a"));
    assertThat(assertThrows(IllegalArgumentException.class, () -> FlagColumn.read(t, "flag", null)))
        .hasMessage("no flag column 'flag'; columns are [s]");
  }
}
