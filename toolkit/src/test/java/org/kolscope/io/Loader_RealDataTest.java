package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * The real public datasets in {@code ../shared/data/real/} load without losing a row. Expected
 * values were read off the files by eye ({@code grep -n} / {@code sed -n 'Np'}) and converted by
 * hand: {@code 422.9万} = 4,229,000; {@code 221.7K} = 221,700. Not run without that folder
 * ({@link RealData}).
 */
@RealData
class Loader_RealDataTest {

  @Test
  void kaitoRedNotes_allRowsWithExactWanCounts() {
    // 1,939 notes; `collect` is the author's lifetime likes+collects, `stars` the note's collects
    LoadResult r = KolData.loader().map("collect", "likes_and_collects")
        .read(SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv"));
    Table t = r.table();
    assertThat(r.report().kind()).isEqualTo(Schema.Kind.POSTS);
    assertThat(r.report().rowsRead()).isEqualTo(1939);
    assertThat(t.rowCount()).isEqualTo(1939);
    assertThat(r.report().problems()).isEmpty();
    // note 5b38f120910cf66734b110ae: likes 119, fans 422.9万, collect 20.6万
    Table row = t.where(t.stringColumn("note_id").isEqualTo("5b38f120910cf66734b110ae"));
    assertThat(row.longColumn("likes").get(0)).isEqualTo(119L);
    assertThat(row.longColumn("followers").get(0)).isEqualTo(4_229_000L);
    assertThat(row.longColumn("likes_and_collects").get(0)).isEqualTo(206_000L);
    // note 5b30d4f107ef1c1d034273d9: likes 920, comments 86, stars 2552, notes 115, fans 2411, collect 2.1万
    row = t.where(t.stringColumn("note_id").isEqualTo("5b30d4f107ef1c1d034273d9"));
    assertThat(row.stringColumn("kol_id").get(0)).isEqualTo("589167886a6a69289b528983");
    assertThat(row.longColumn("comments").get(0)).isEqualTo(86L);
    assertThat(row.longColumn("collects").get(0)).isEqualTo(2552L);
    assertThat(row.longColumn("notes").get(0)).isEqualTo(115L);
    assertThat(row.longColumn("followers").get(0)).isEqualTo(2411L);
    assertThat(row.longColumn("likes_and_collects").get(0)).isEqualTo(21_000L);
    // the last row: 5b31210d07ef1c1d03428f35 likes 69, fans 838, collect 8865
    assertThat(t.stringColumn("note_id").get(1938)).isEqualTo("5b31210d07ef1c1d03428f35");
    assertThat(t.longColumn("followers").get(1938)).isEqualTo(838L);
    // content with newlines and emoji survives
    assertThat(t.stringColumn("content").get(0)).contains("\n").contains("🎓");
  }

  @Test
  void kaitoRedNotes_accountsDerivedFromAuthorColumns() {
    Table notes = KolData.loader().map("collect", "likes_and_collects")
        .read(SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv")).table();
    Table accounts = KolData.accounts(notes);
    // distinct user_id values in the file (python: len(set(r['user_id'] for r in csv.DictReader(f))))
    assertThat(accounts.rowCount()).isEqualTo(notes.stringColumn("kol_id").unique().size());
    assertThat(accounts.columnNames()).containsExactly("kol_id", "followers", "likes_and_collects", "notes");
    Table a = accounts.where(accounts.stringColumn("kol_id").isEqualTo("589167886a6a69289b528983"));
    assertThat(a.longColumn("followers").get(0)).isEqualTo(2411L);
  }

  @Test
  void golbeckTwitter_tabSeparated78226Rows() {
    LoadResult r = KolData.loader().read(SharedFiles.realData("golbeck-twitter-counts.tdf"));
    Table t = r.table();
    assertThat(r.report().notes()).contains("delimiter tab");
    assertThat(t.rowCount()).isEqualTo(78_226);
    assertThat(r.report().problems()).isEmpty();
    assertThat(t.columnNames()).containsExactly("kol_id", "followers", "following", "notes");
    // first row: 1 138 163 9985 (UserID Friend_Count Follower_Count Status_Count)
    assertThat(t.stringColumn("kol_id").get(0)).isEqualTo("1");
    assertThat(t.longColumn("following").get(0)).isEqualTo(138L);
    assertThat(t.longColumn("followers").get(0)).isEqualTo(163L);
    assertThat(t.longColumn("notes").get(0)).isEqualTo(9985L);
    // last row: 78226 1457 2098 20552
    assertThat(t.longColumn("followers").get(78_225)).isEqualTo(2098L);
    assertThat(t.longColumn("notes").get(78_225)).isEqualTo(20552L);
  }

  @Test
  void tiktok2022_repeatedHeadersAndKSuffixes_noRowLost() {
    LoadResult r = KolData.loader().map("Tiktoker name", "kol_id")
        .read(SharedFiles.realData("juancos-tiktok-2022.csv"));
    Table t = r.table();
    assertThat(t.rowCount()).isEqualTo(1000);
    assertThat(r.report().problems(Problem.Severity.REJECTED)).isEmpty();
    // 13 creators appear twice in the top-1000 list: kept, reported as suspicious
    assertThat(r.report().problems(Problem.Severity.SUSPICIOUS)).hasSize(13);
    // first row: ekin.721, MOMO’s, 221.7K, 221700, 26M, 26000000, 2.8M, ...
    assertThat(t.stringColumn("kol_id").get(0)).isEqualTo("ekin.721");
    assertThat(t.longColumn("followers").get(0)).isEqualTo(221_700L);
    assertThat(t.longColumn("Subscribers count").get(0)).isEqualTo(221_700L);
    assertThat(t.longColumn("Views avg.").get(0)).isEqualTo(26_000_000L);
    assertThat(t.longColumn("Likes avg").get(0)).isEqualTo(2_800_000L);
    assertThat(t.longColumn("Comments avg.").get(0)).isEqualTo(29_400L);
    // dojacat 22.2M
    assertThat(t.longColumn("followers").get(1)).isEqualTo(22_200_000L);
  }

  @Test
  void tiktokDec2022_loadsAllRows() {
    LoadResult r = KolData.loader().map("Tiktoker name", "kol_id")
        .read(SharedFiles.realData("juancos-tiktok-dec-2022.csv"));
    assertThat(r.table().rowCount()).isEqualTo(1000);
    // thezachchoi is listed twice (lines 51 and 52, ranks 50 and 51): kept, reported
    assertThat(r.report().problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(52);
      assertThat(p.value()).isEqualTo("thezachchoi");
      assertThat(p.severity()).isEqualTo(Problem.Severity.SUSPICIOUS);
    });
    // rank 50: thezachchoi 8M followers, views(avg) 9.2M
    assertThat(r.table().longColumn("followers").get(49)).isEqualTo(8_000_000L);
    assertThat(r.table().doubleColumn("avg_views").get(49)).isEqualTo(9_200_000.0);
  }

  @Test
  void instagram_headerCellsWithNewlines_noRowLost() {
    LoadResult r = KolData.loader().map("Influencer insta name", "kol_id")
        .read(SharedFiles.realData("juancos-instagram-2022.csv"));
    Table t = r.table();
    assertThat(t.rowCount()).isEqualTo(1000);
    assertThat(r.report().problems(Problem.Severity.REJECTED)).isEmpty();
    // the per-creator averages map to avg_authentic_engagement and avg_engagement; each repeat
    // ("… Values") keeps its own header
    assertThat(t.columnNames()).contains("avg_authentic_engagement", "Authentic engagement Values",
        "avg_engagement", "Engagement avg Values");
    // first data row (line 6): 433, 433, Sports with a ball, , 48.5M, 48500000, Spain, 383.1K, ...
    assertThat(t.stringColumn("kol_id").get(0)).isEqualTo("433");
    assertThat(t.longColumn("followers").get(0)).isEqualTo(48_500_000L);
    assertThat(t.stringColumn("category").get(0)).isEqualTo("Sports with a ball");
    assertThat(t.doubleColumn("avg_authentic_engagement").get(0)).isEqualTo(383_100.0);
    // angelinajolie is listed twice, on lines 69 and 70 (grep -n)
    assertThat(r.report().problems(Problem.Severity.SUSPICIOUS))
        .anySatisfy(p -> {
          assertThat(p.line()).isEqualTo(70);
          assertThat(p.value()).isEqualTo("angelinajolie");
          assertThat(p.reason()).isEqualTo("duplicate id (first at line 69); both rows kept");
        });
  }

  @Test
  void youtube_headerCellStartingWithNewline() {
    LoadResult r = KolData.loader().map("Youtube channel", "kol_id")
        .read(SharedFiles.realData("juancos-youtube-dec-2022.csv"));
    Table t = r.table();
    assertThat(t.rowCount()).isEqualTo(1003);
    assertThat(r.report().problems(Problem.Severity.REJECTED)).isEmpty();
    assertThat(t.columnNames()).contains("avg_views", "Views (Avg.)");
    // first row: 1,tseries,T-Series,Music & Dance,229.5M,229500000,India,103.8K,...
    assertThat(t.stringColumn("kol_id").get(0)).isEqualTo("tseries");
    assertThat(t.longColumn("followers").get(0)).isEqualTo(229_500_000L);
    // averages are DOUBLE (two in that column are fractional: 199.5, 974.5)
    assertThat(t.column("avg_views").type()).isEqualTo(tech.tablesaw.api.ColumnType.DOUBLE);
    assertThat(t.doubleColumn("avg_views").get(0)).isEqualTo(103_800.0);
  }
}
