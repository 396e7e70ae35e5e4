package org.kolscope.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;
import org.kolscope.io.KolData;
import tech.tablesaw.api.Table;

/**
 * {@link Timing} on the 1,939 real RED notes of 2018 (times derived from the note ids, Beijing
 * time; crawl time the latest note, 2018-07-24 18:23:48), against pandas 1.5.3 / scipy 1.10.1:
 *
 * <pre>
 * d = pd.read_csv("kaito-xiaohongshu-notes-2018.csv"); counts with 万 = 10⁴
 * t = pd.to_datetime(d.id.str[:8].apply(lambda s: int(s, 16)), unit="s") + pd.Timedelta(hours=8)
 * er = (d.likes + d.stars + d.comments) / d.fans.where(d.fans &gt; 0)
 * young = (t.max() - t) &lt; pd.Timedelta(hours=48)        # 23 notes
 * used = ~young &amp; er.notna()                            # 1876; 40 without a rate
 * t.dt.hour.value_counts().sort_index()                  # notes per hour, below
 * er[used].median()                                      # 0.09881689124157844
 * er[used].groupby(t.dt.hour[used]).median()[20]         # 0.04212374581939799
 * stats.kruskal(*[er[used &amp; (h == k)] for k with n &gt;= 30])   # 14 hours
 *                                                        # H = 25.166433327206185, p = 0.021948148760097704
 * </pre>
 */
@RealData
class Timing_RealRedNotesTest {

  @Test
  void realNotes_hourProfile_asPandasAndScipy() {
    Table notes = KolData.loader().map("id", "note_id").map("user_id", "kol_id")
        .map("stars", "collects").map("fans", "followers").map("collect", "likes_and_collects")
        .read(SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv")).table();
    Timing.Result r = Timing.of(notes).resamples(200).run();
    int[] notesPerHour = r.all().byHour().stream().mapToInt(Timing.Slot::notes).toArray();
    assertThat(notesPerHour).containsExactly(42, 14, 10, 8, 2, 7, 4, 10, 31, 30, 35, 46, 18, 31,
        62, 115, 137, 184, 203, 177, 241, 222, 186, 124);
    assertThat(r.leftOut()).isEqualTo(new Timing.LeftOut(0, 23, 40));
    assertThat(r.all().n()).isEqualTo(1876);
    assertThat(r.all().median()).isCloseTo(0.09881689124157844, within(1e-15));
    assertThat(r.all().byHour().get(20).median()).isCloseTo(0.04212374581939799, within(1e-15));
    assertThat(r.all().kruskalWallisHour().df()).isEqualTo(13);
    assertThat(r.all().kruskalWallisHour().h())
        .isCloseTo(25.166433327206185, within(25.166433327206185 * 1e-10));
    assertThat(r.all().kruskalWallisHour().pValue())
        .isCloseTo(0.021948148760097704, within(0.021948148760097704 * 1e-9));
  }
}
