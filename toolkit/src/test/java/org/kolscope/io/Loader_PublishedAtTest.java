package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * A posts table without {@code published_at} whose note ids are RED ObjectIds gets the column from
 * the ids, in Beijing time unless a zone is given, and the load report says so. Expected times
 * from Python: {@code dt.datetime.fromtimestamp(int(id[:8], 16), tz)} (see {@link
 * NoteIds_TimeTest}).
 */
class Loader_PublishedAtTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void objectIds_publishedAtDerived_inBeijingTime_andReported() throws IOException {
    Path p = write("n.csv", "note_id,kol_id,likes\n"
        + "5b30bf7e910cf67e6a3c20b3,a,3\n5b38f120910cf66734b110ae,a,5\n");
    LoadResult r = KolData.loader().read(p);
    Table t = r.table();
    assertThat(t.columnNames()).containsExactly("note_id", "kol_id", "published_at", "likes");
    assertThat(t.column("published_at").type()).isEqualTo(ColumnType.LOCAL_DATE_TIME);
    assertThat(t.dateTimeColumn("published_at").get(0))
        .isEqualTo(LocalDateTime.parse("2018-06-25T18:10:06"));
    assertThat(t.dateTimeColumn("published_at").get(1))
        .isEqualTo(LocalDateTime.parse("2018-07-01T23:20:00"));
    assertThat(r.report().notes())
        .contains("published_at derived from note_id for 2 rows (Beijing time, UTC+8)");
    assertThat(r.report().types()).containsEntry("published_at", "LOCAL_DATE_TIME");
    assertThat(r.report().toString()).contains("published_at derived from note_id for 2 rows");
  }

  @Test
  void zoneGiven_timesInThatZone() throws IOException {
    Path p = write("n.csv", "note_id,kol_id\n5b30bf7e910cf67e6a3c20b3,a\n");
    LoadResult r = KolData.loader().zone(ZoneId.of("America/New_York")).read(p);
    assertThat(r.table().dateTimeColumn("published_at").get(0))
        .isEqualTo(LocalDateTime.parse("2018-06-25T06:10:06"));
    assertThat(r.report().notes())
        .contains("published_at derived from note_id for 1 rows (America/New_York)");
  }

  @Test
  void fileHasPublishedAt_keptAsWritten() throws IOException {
    Path p = write("n.csv", "note_id,kol_id,published_at\n"
        + "5b30bf7e910cf67e6a3c20b3,a,2020-01-02 03:04:05\n");
    LoadResult r = KolData.loader().read(p);
    assertThat(r.table().dateTimeColumn("published_at").get(0))
        .isEqualTo(LocalDateTime.parse("2020-01-02T03:04:05"));
    assertThat(r.report().notes()).noneMatch(n -> n.contains("derived from note_id"));
  }

  @Test
  void idsNotObjectIds_nothingDerived() throws IOException {
    Path p = write("n.csv", "note_id,kol_id\nn1,a\nn2,a\n");
    LoadResult r = KolData.loader().read(p);
    assertThat(r.table().columnNames()).containsExactly("note_id", "kol_id");
    assertThat(r.report().notes()).noneMatch(n -> n.contains("published_at"));
  }

  @Test
  void someIdsNotObjectIds_missingTimes_counted() throws IOException {
    Path p = write("n.csv", "note_id,kol_id\n5b30bf7e910cf67e6a3c20b3,a\n"
        + "5b38f120910cf66734b110ae,a\nn3,b\n");
    LoadResult r = KolData.loader().read(p);
    Table t = r.table();
    assertThat(t.dateTimeColumn("published_at").isMissing(2)).isTrue();
    assertThat(t.dateTimeColumn("published_at").isMissing(0)).isFalse();
    assertThat(r.report().notes()).contains("published_at derived from note_id for 2 rows"
        + " (Beijing time, UTC+8); 1 rows have no ObjectId note id and no published_at");
  }

  @Test
  void fewerThanHalfObjectIds_nothingDerived() throws IOException {
    // hashes that happen to start with a plausible time must not make a time column
    Path p = write("n.csv", "note_id,kol_id\n5b30bf7e910cf67e6a3c20b3,a\nn2,a\nn3,b\n");
    assertThat(KolData.loader().read(p).table().containsColumn("published_at")).isFalse();
  }

  @Test
  void accountsTable_untouched() throws IOException {
    Path p = write("a.csv", "kol_id,followers\n5b30bf7e910cf67e6a3c20b3,10\n");
    assertThat(KolData.loader().read(p).table().columnNames()).containsExactly("kol_id", "followers");
  }
}
