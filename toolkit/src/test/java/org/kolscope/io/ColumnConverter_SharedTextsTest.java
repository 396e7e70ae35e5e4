package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Text columns hold one String per distinct text: Tablesaw's dictionary does it while the column
 * has one; once Tablesaw drops it (many distinct values), the converter shares repeated texts.
 */
class ColumnConverter_SharedTextsTest {

  private static StringColumn build(int unique, int repeats, int distinctRepeats) {
    ColumnConverter c = ColumnConverter.forType("kol_id", ColumnType.STRING);
    long line = 2;
    for (int i = 0; i < unique; i++) {
      c.stage("once-" + i);
      c.commit(line++);
    }
    for (int i = 0; i < repeats; i++) {
      c.stage(new String("kol-" + (i % distinctRepeats))); // a new String per cell, as a parser gives
      c.commit(line++);
    }
    List<Column<?>> built = c.build(unique + repeats);
    return (StringColumn) built.get(0);
  }

  /**
   * Tablesaw drops the dictionary when its 65,536 short keys run out while more than half the rows
   * so far are distinct (as the KOL ids of 10M notes of 500k KOLs in crawl order): 70,000 distinct
   * texts first, then 400,000 cells of 1,000 KOL ids.
   */
  @Test
  void dictionaryDropped_repeatedTextsShareOneString() {
    StringColumn s = build(70_000, 400_000, 1_000);
    assertThat(s.getDictionary()).isInstanceOf(NullDictionaryMap.class);
    assertThat(s.get(70_000 + 5)).isEqualTo("kol-5").isSameAs(s.get(70_000 + 1_005));
    assertThat(s.get(469_999)).isSameAs(s.get(468_999));
  }

  @Test
  void fewDistinct_dictionaryKeepsOneStringPerText() {
    StringColumn s = build(0, 50_000, 500);
    assertThat(s.getDictionary()).isNotInstanceOf(NullDictionaryMap.class);
    assertThat(s.get(7)).isSameAs(s.get(507));
  }
}
