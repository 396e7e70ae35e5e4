package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.Table;

/**
 * The 1,939 real RED notes of 2018 ({@code ../shared/data/real/kaito-xiaohongshu-notes-2018.csv},
 * no {@code published_at} column): every publication time is derived from the note id, in Beijing
 * time. Expected values from Python 3 / pandas 1.5.3, not from our code:
 *
 * <pre>
 * d  = pd.read_csv("kaito-xiaohongshu-notes-2018.csv")
 * tz = dt.timezone(dt.timedelta(hours=8))
 * dt.datetime.fromtimestamp(int(d.id[i][:8], 16), tz)     # rows 0, 1, 2, 1938 below
 * t  = pd.to_datetime(d.id.str[:8].apply(lambda s: int(s, 16)), unit="s") + pd.Timedelta(hours=8)
 * t.min(), t.max()                  # 2018-06-25 13:38:41 (5b307fe1…), 2018-07-24 18:23:48 (5b56fe34…)
 * t.dt.hour.value_counts().sort_index().tolist()          # HOURS below
 * </pre>
 */
@RealData
class NoteIds_RealRedNotesTest {
  static final int[] HOURS = {42, 14, 10, 8, 2, 7, 4, 10, 31, 30, 35, 46, 18, 31, 62, 115, 137,
      184, 203, 177, 241, 222, 186, 124};

  static LoadResult load() {
    return KolData.loader().map("id", "note_id").map("user_id", "kol_id").map("stars", "collects")
        .map("fans", "followers").map("collect", "likes_and_collects")
        .read(SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv"));
  }

  @Test
  void everyNote_publishedAtFromItsId_inBeijingTime() {
    LoadResult r = load();
    Table t = r.table();
    DateTimeColumn at = t.dateTimeColumn("published_at");
    assertThat(t.rowCount()).isEqualTo(1939);
    assertThat(at.countMissing()).isZero();
    assertThat(r.report().notes())
        .contains("published_at derived from note_id for 1939 rows (Beijing time, UTC+8)");
    assertThat(t.stringColumn("note_id").get(0)).isEqualTo("5b30bf7e910cf67e6a3c20b3");
    assertThat(at.get(0)).isEqualTo(LocalDateTime.parse("2018-06-25T18:10:06"));
    assertThat(t.stringColumn("note_id").get(1)).isEqualTo("5b30ecc007ef1c1d01436c89");
    assertThat(at.get(1)).isEqualTo(LocalDateTime.parse("2018-06-25T21:23:12"));
    assertThat(t.stringColumn("note_id").get(2)).isEqualTo("5b310041910cf67e6b3c5552");
    assertThat(at.get(2)).isEqualTo(LocalDateTime.parse("2018-06-25T22:46:25"));
    assertThat(t.stringColumn("note_id").get(1938)).isEqualTo("5b31210d07ef1c1d03428f35");
    assertThat(at.get(1938)).isEqualTo(LocalDateTime.parse("2018-06-26T01:06:21"));
    assertThat(at.min()).isEqualTo(LocalDateTime.parse("2018-06-25T13:38:41"));
    assertThat(at.max()).isEqualTo(LocalDateTime.parse("2018-07-24T18:23:48"));
  }

  @Test
  void hourOfDayHistogram_asPandasCountsIt() {
    DateTimeColumn at = load().table().dateTimeColumn("published_at");
    int[] hours = new int[24];
    for (int r = 0; r < at.size(); r++) {
      hours[at.get(r).getHour()]++;
    }
    assertThat(hours).containsExactly(HOURS);
  }
}
