package org.kolscope.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadResult;
import org.kolscope.rules.Audit;
import tech.tablesaw.api.Table;

/**
 * Parquet files written by DuckDB (its own writer, not parquet-java) read by the loader as the
 * same rows written as a CSV by hand are: same table, same report lines.
 */
class ParquetFormat_DuckDbFilesTest {
  @TempDir Path dir;

  /** Typed and text columns, Chinese headers, counts as text, missing and bad values. */
  private static final String ROWS = "SELECT * FROM (VALUES"
      + " ('a', 'n1', 120::BIGINT, '1.2万', 3.0::DOUBLE, TIMESTAMP '2025-05-02 11:36:53', 12.50::DECIMAL(10,2), 25000::INTEGER),"
      + " ('a', 'n2', NULL, '10w+', 4.0, NULL, NULL, 25000),"
      + " ('b', 'n3', -7, 'abc', 10000000.0, TIMESTAMP '2025-05-03 00:00:00', 3.25, 1200),"
      + " ('b', 'n4', 5, '3,210', NULL, TIMESTAMP '2025-05-04 08:00:00', 0.00, 1200),"
      + " (NULL, 'n5', 1, '2', 3.0, TIMESTAMP '2025-05-04 08:00:00', 1.00, 10)"
      + ") t(\"博主ID\", note_id, \"点赞\", \"收藏\", comments, published_at, cost_rmb, followers)";

  /** The same rows as a CSV export holds them. */
  private static final String CSV = """
      博主ID,note_id,点赞,收藏,comments,published_at,cost_rmb,followers
      a,n1,120,1.2万,3.0,2025-05-02 11:36:53,12.50,25000
      a,n2,,10w+,4.0,,,25000
      b,n3,-7,abc,10000000.0,2025-05-03 00:00:00,3.25,1200
      b,n4,5,"3,210",,2025-05-04 08:00:00,0.00,1200
      ,n5,1,2,3.0,2025-05-04 08:00:00,1.00,10
      """;

  @Test
  void typedAndTextCells_sameTableAndReportAsTheCsv() throws Exception {
    LoadResult pq = KolData.loader().read(DuckDb.copy(ROWS, dir.resolve("notes.parquet"), ""));
    Path csv = Files.writeString(dir.resolve("notes.csv"), CSV, StandardCharsets.UTF_8);
    LoadResult fromCsv = KolData.loader().read(csv);

    assertSameTable(pq.table(), fromCsv.table());
    assertThat(lines(pq)).isEqualTo(lines(fromCsv));
    assertThat(pq.report().format()).isEqualTo("parquet");
    // what the rows say, from the SQL above
    Table t = pq.table();
    assertThat(t.stringColumn("note_id").asList()).containsExactly("n1", "n2", "n4");
    assertThat(t.longColumn("collects").asList()).containsExactly(12000L, 100000L, 3210L);
    assertThat(t.booleanColumn("collects_lower_bound").asList()).containsExactly(false, true, false);
    assertThat(t.longColumn("likes").isMissing(1)).isTrue();
    assertThat(t.dateTimeColumn("published_at").get(0)).isEqualTo(LocalDateTime.of(2025, 5, 2, 11, 36, 53));
    assertThat(t.doubleColumn("cost_rmb").asList()).containsExactly(12.5, null, 0.0);
    assertThat(lines(pq)).contains("4|likes|-7|negative count|rejected", "6|kol_id||missing required field|rejected");
  }

  @Test
  void shippedNotes_sameAuditAsTheCsv() throws Exception {
    Path csv = Path.of("../data/notes.csv");
    Path pq = DuckDb.copy("SELECT * FROM read_csv('" + csv.toAbsolutePath() + "')", dir.resolve("notes.parquet"), "");
    LoadResult fromCsv = KolData.loader().read(csv);
    LoadResult fromPq = KolData.loader().read(pq);

    assertThat(fromPq.table().rowCount()).isEqualTo(39_662);
    assertSameTable(fromPq.table(), fromCsv.table());
    assertThat(lines(fromPq)).isEqualTo(lines(fromCsv));
    assertThat(Audit.ofPosts(fromPq.table()).run().toJson())
        .isEqualTo(Audit.ofPosts(fromCsv.table()).run().toJson());
  }

  @ParameterizedTest
  @ValueSource(strings = {"uncompressed", "snappy", "gzip", "zstd", "lz4_raw"})
  void everyCompressionDuckDbWrites_readsTheSame(String codec) throws Exception {
    Path plain = DuckDb.copy(ROWS, dir.resolve("plain.parquet"), "COMPRESSION uncompressed");
    Path packed = DuckDb.copy(ROWS, dir.resolve(codec + ".parquet"), "COMPRESSION " + codec);
    assertSameTable(KolData.loader().read(packed).table(), KolData.loader().read(plain).table());
  }

  @Test
  void brotliPages_refusedNamingFileAndCodec() throws Exception {
    Path f = DuckDb.copy(ROWS, dir.resolve("brotli.parquet"), "COMPRESSION brotli");
    assertThatThrownBy(() -> KolData.loader().read(f))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(f + ": a damaged Parquet file: ")
        .hasMessageContaining("BROTLI, which KOLScope does not read");
  }

  @Test
  void utcInstants_shownInTheLoadersZone() throws Exception {
    Path f = DuckDb.copy("SELECT 'a' AS kol_id, 'n1' AS note_id, 5 AS likes,"
        + " TIMESTAMPTZ '2025-05-02 03:36:53+00' AS published_at", dir.resolve("tz.parquet"), "");
    LoadResult beijing = KolData.loader().read(f);
    assertThat(beijing.table().dateTimeColumn("published_at").get(0))
        .isEqualTo(LocalDateTime.of(2025, 5, 2, 11, 36, 53));
    assertThat(beijing.report().notes())
        .contains("column published_at holds UTC instants: read as local times in Asia/Shanghai");
    assertThat(KolData.loader().zone(ZoneOffset.UTC).read(f).table().dateTimeColumn("published_at").get(0))
        .isEqualTo(LocalDateTime.of(2025, 5, 2, 3, 36, 53));
  }

  @Test
  void microsecondTimestamps_keptToTheMillisecondAsATableHoldsThem() throws Exception {
    Path f = DuckDb.copy("SELECT 'a' AS kol_id, 'n1' AS note_id, 5 AS likes,"
        + " TIMESTAMP '2025-05-02 11:36:53.123456' AS published_at", dir.resolve("micros.parquet"), "");
    LoadResult r = KolData.loader().read(f);
    assertThat(r.report().problems()).isEmpty();
    assertThat(r.table().dateTimeColumn("published_at").get(0))
        .isEqualTo(LocalDateTime.of(2025, 5, 2, 11, 36, 53, 123_000_000));
  }

  @Test
  void nestedColumn_leftOutWithANote() throws Exception {
    Path f = DuckDb.copy("SELECT 'a' AS kol_id, 'n1' AS note_id, ['x', 'y'] AS tags, 5 AS likes",
        dir.resolve("nested.parquet"), "");
    LoadResult r = KolData.loader().read(f);
    assertThat(r.table().columnNames()).containsExactly("note_id", "kol_id", "likes");
    assertThat(r.report().notes()).contains(
        "column tags left out: it is nested (a list, map or struct); KOLScope reads flat columns");
  }

  @Test
  void folderOfParts_readInNameOrderWithRunningLines() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("notes.parquet"));
    DuckDb.copy("SELECT * FROM (VALUES ('a', 'n1', 1), ('a', 'n2', 2)) t(kol_id, note_id, likes)",
        folder.resolve("part-00000.parquet"), "");
    DuckDb.copy("SELECT * FROM (VALUES ('b', 'n3', -3)) t(kol_id, note_id, likes)",
        folder.resolve("part-00001.parquet"), "");
    Files.writeString(folder.resolve("_SUCCESS"), "");

    LoadResult r = KolData.loader().read(folder);
    assertThat(r.table().stringColumn("note_id").asList()).containsExactly("n1", "n2");
    assertThat(lines(r)).containsExactly("4|likes|-3|negative count|rejected");
    assertThat(r.report().notes()).anyMatch(n -> n.startsWith("Apache Parquet, 2 parts"));
  }

  @Test
  void partsWithOtherColumns_refusedNamingThePart() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("mixed.parquet"));
    DuckDb.copy("SELECT 'a' AS kol_id, 'n1' AS note_id, 1 AS likes", folder.resolve("a.parquet"), "");
    Path b = DuckDb.copy("SELECT 'a' AS kol_id, 'n2' AS note_id, 'x' AS views", folder.resolve("b.parquet"), "");
    assertThatThrownBy(() -> KolData.loader().read(folder))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(b + ": its columns differ from those of ");
  }

  @Test
  void partsDifferingOnlyInBoundFlags_readAsOneTable() throws Exception {
    // as kolscope load --out writes parts: a part with a "10000+" count has its flag column, a
    // part without one has none
    Path folder = Files.createDirectory(dir.resolve("flags.parquet"));
    DuckDb.copy("SELECT 'a' AS kol_id, 'n1' AS note_id, 10000 AS likes, true AS likes_lower_bound",
        folder.resolve("part-00000.parquet"), "");
    DuckDb.copy("SELECT 'a' AS kol_id, 'n2' AS note_id, 5 AS likes", folder.resolve("part-00001.parquet"), "");
    DuckDb.copy("SELECT 'b' AS kol_id, 'n3' AS note_id, 20000 AS likes, true AS likes_lower_bound",
        folder.resolve("part-00002.parquet"), "");

    LoadResult r = KolData.loader().read(folder);
    assertThat(r.table().stringColumn("note_id").asList()).containsExactly("n1", "n2", "n3");
    assertThat(r.table().longColumn("likes").asList()).containsExactly(10000L, 5L, 20000L);
    assertThat(r.table().booleanColumn("likes_lower_bound").asList()).containsExactly(true, false, true);
  }

  static void assertSameTable(Table actual, Table expected) {
    assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
    for (int i = 0; i < expected.columnCount(); i++) {
      assertThat(actual.column(i).type()).as(expected.column(i).name()).isEqualTo(expected.column(i).type());
      assertThat(actual.column(i).asList()).as(expected.column(i).name()).isEqualTo(expected.column(i).asList());
    }
  }

  /** The report lines without the file's name. */
  static List<String> lines(LoadResult r) {
    return r.report().problems().stream()
        .map(p -> p.line() + "|" + p.column() + "|" + p.value() + "|" + p.reason() + "|" + p.severity().label())
        .toList();
  }
}
