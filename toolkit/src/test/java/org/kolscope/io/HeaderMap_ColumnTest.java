package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link HeaderMap#column}: a column named the way the user's file names it ({@code
 * Follower_Count} in Golbeck's Twitter data, {@code 粉丝数} in a RED export) finds the column the
 * loader read it into.
 */
class HeaderMap_ColumnTest {

  private static Table accounts() {
    return Table.create("accounts", StringColumn.create("kol_id", "a", "b"),
        DoubleColumn.create("followers", 10, 20), DoubleColumn.create("fans_club", 1, 2));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Follower_Count, followers", "粉丝数, followers", "'FOLLOWERS ', followers", "UserID, kol_id",
    "id, kol_id",
    // the table's own names, in any case, as Tablesaw finds them
    "followers, followers", "Fans_Club, Fans_Club",
    // unknown, or known but not in the table: unchanged, for the caller's message
    "nonsense, nonsense", "点赞, 点赞", "views, views",
  })
  void standardMap_findsTheLoadedColumn(String given, String expected) {
    assertThat(HeaderMap.standard().column(accounts(), given)).isEqualTo(expected);
  }

  @Test
  void genericId_inATableOfNotes_isTheNoteId() {
    Table notes = Table.create("notes", StringColumn.create("note_id", "n1"),
        StringColumn.create("kol_id", "a"));
    assertThat(HeaderMap.standard().column(notes, "id")).isEqualTo("note_id");
    assertThat(HeaderMap.standard().column(notes, "编号")).isEqualTo("note_id");
  }

  @Test
  void userMapping_winsOverTheBuiltIn() {
    HeaderMap m = HeaderMap.with(Map.of("fans", "fans_club"));
    assertThat(m.column(accounts(), "fans")).isEqualTo("fans_club");
    assertThat(HeaderMap.standard().column(accounts(), "fans")).isEqualTo("followers");
  }

  @Test
  void nullName_staysNull() {
    assertThat(HeaderMap.standard().column(accounts(), null)).isNull();
  }
}
