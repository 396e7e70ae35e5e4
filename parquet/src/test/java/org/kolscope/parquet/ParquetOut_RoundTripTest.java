package org.kolscope.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kolscope.parquet.ParquetFormat_DuckDbFilesTest.assertSameTable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tables written by {@link ParquetOut}: read back by the loader, and by DuckDB. */
class ParquetOut_RoundTripTest {
  @TempDir Path dir;

  @Test
  void loadedNotes_writtenAndReadBack_sameTable() throws Exception {
    Table notes = KolData.load("../data/notes.csv");
    Path f = dir.resolve("notes.parquet");
    ParquetOut.write(notes, f);
    assertSameTable(KolData.load(f), notes);
  }

  @Test
  void lowerBoundsAndMissingCells_readBackAsWritten() throws Exception {
    Path csv = Files.writeString(dir.resolve("accounts.csv"),
        "博主ID,粉丝数,获赞与收藏,score\na,1.2万,3万,1.0\nb,10万+,,2.5\nc,5000,10w+,\n", StandardCharsets.UTF_8);
    Table accounts = KolData.load(csv);
    assertThat(accounts.columnNames()).contains("followers_lower_bound", "likes_and_collects_lower_bound");
    Path f = dir.resolve("accounts.parquet");
    ParquetOut.write(accounts, f);
    LoadResult back = KolData.loader().read(f);
    assertSameTable(back.table(), accounts);
    assertThat(back.report().problems()).isEmpty();
  }

  @Test
  void writtenFile_duckDbReadsTheValuesAndTypes() throws Exception {
    Table t = Table.create("t",
        StringColumn.create("kol_id", "a", "", "中文"),
        LongColumn.create("likes", new long[] {1, 2, 3}).set(1, (Long) null),
        IntColumn.create("rank", 7, 8, 9),
        DoubleColumn.create("rate", 0.25, Double.NaN, 13157.0),
        BooleanColumn.create("ok", true, false, true),
        DateTimeColumn.create("published_at", LocalDateTime.of(2025, 5, 2, 11, 36, 53, 123_000_000), null,
            LocalDateTime.of(1969, 12, 31, 23, 59, 59)),
        DateColumn.create("day", LocalDate.of(2025, 5, 2), null, LocalDate.of(2000, 1, 1)));
    Path f = written(t, dir.resolve("t.parquet"));

    assertThat(DuckDb.rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '" + f + "')"))
        .containsExactly("kol_id|VARCHAR", "likes|BIGINT", "rank|INTEGER", "rate|DOUBLE", "ok|BOOLEAN",
            "published_at|TIMESTAMP", "day|DATE");
    assertThat(DuckDb.rows("SELECT * FROM '" + f + "'")).containsExactly(
        "a|1|7|0.25|true|2025-05-02 11:36:53.123|2025-05-02",
        "null|null|8|null|false|null|null",
        "中文|3|9|13157.0|true|1969-12-31 23:59:59.0|2000-01-01");
  }

  @Test
  void auditTables_duckDbReadsEveryRow() throws Exception {
    AuditResult r = Audit.ofPosts(KolData.load("../data/notes.csv")).run();
    Path kols = written(r.toTable(), dir.resolve("kols.parquet"));
    Path flags = written(r.flags(), dir.resolve("flags.parquet"));
    assertThat(DuckDb.rows("SELECT count(*) FROM '" + kols + "'")).containsExactly(Integer.toString(r.toTable().rowCount()));
    assertThat(DuckDb.rows("SELECT count(*) FROM '" + flags + "'")).containsExactly(Integer.toString(r.flags().rowCount()));
    String first = r.toTable().stringColumn("kol_id").get(0);
    assertThat(DuckDb.rows("SELECT kol_id FROM '" + kols + "' LIMIT 1")).containsExactly(first);
  }

  @Test
  void columnOfAnUnwrittenType_refusedNamingIt() {
    Table t = Table.create("t", InstantColumn.create("at", 1));
    assertThatThrownBy(() -> ParquetOut.write(t, dir.resolve("x.parquet")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'at' is of type INSTANT, which is not written as Parquet");
  }

  private static Path written(Table t, Path f) throws Exception {
    ParquetOut.write(t, f);
    return f;
  }
}
