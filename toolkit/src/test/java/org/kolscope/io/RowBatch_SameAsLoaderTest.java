package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * {@link RowBatch} splits a file into batches and converts each apart (as the Spark engine does);
 * the rows kept, their lines, their values and the report lines must be the loader's.
 */
class RowBatch_SameAsLoaderTest {
  @TempDir Path dir;

  private static final List<String> LINES = List.of(
      "note_id,kol_id,likes,comments,views",
      "n1,k1,1.2万,3,20000",
      "n2,k1,10w+,\"3,210\",-",
      "n3,k1,abc,1,5",            // rejected: likes
      "",                          // blank: skipped
      "n4,,5,1,9",                 // rejected: kol_id required
      "n5,k2,3.5k,2,100",          // suspicious: likes exceed views
      "n6,k2,7,1",                 // rejected: 4 cells, the header has 5
      "n7,k2,'=8,1,10",            // rejected: the formula guard comes off, =8 is no count
      "n1,k3,2万+,1,10");          // suspicious: duplicate note_id (first at line 2), likes > views

  @Test
  void twoBatches_sameRowsValuesAndReportAsTheLoader() throws IOException {
    Path f = dir.resolve("notes.csv");
    Files.write(f, LINES, StandardCharsets.UTF_8);
    LoadResult expected = KolData.loader().kind(Schema.Kind.POSTS).read(f);

    char d = RowBatch.sniffDelimiter(LINES.get(0));
    List<String> header = RowBatch.header(LINES.get(0), d);
    List<Problem> problems = new ArrayList<>();
    List<Long> kept = new ArrayList<>();
    Table t = null;
    for (int[] range : new int[][] {{1, 5}, {5, LINES.size()}}) {
      RowBatch b = RowBatch.start(f.toString(), Schema.Kind.POSTS, Map.of(), header, d);
      for (int i = range[0]; i < range[1]; i++) {
        b.line(LINES.get(i), i + 1);
      }
      LoadResult part = b.finish("notes");
      problems.addAll(part.report().problems());
      for (long l : b.keptLines()) {
        kept.add(l);
      }
      t = t == null ? part.table() : t.append(part.table());
    }
    assertThat(kept).containsExactly(2L, 3L, 7L, 10L);
    assertThat(t.columnNames()).isEqualTo(expected.table().columnNames());
    for (String c : t.columnNames()) {
      assertThat(t.column(c).asList()).as(c).isEqualTo(expected.table().column(c).asList());
    }
    // the duplicate note_id is in another batch: the one report line a batch cannot give
    List<Problem> local = expected.report().problems().stream()
        .filter(p -> !p.reason().startsWith("duplicate id")).toList();
    assertThat(problems).isEqualTo(local);
    assertThat(local).extracting(Problem::line).contains(4L, 6L, 7L, 8L, 9L);
    assertThat(t.longColumn(Schema.LIKES).get(0)).isEqualTo(12_000L);
  }

  @Test
  void headerWithoutKolId_theLoadersMessage() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "note_id,likes\nn1,3\n", StandardCharsets.UTF_8);
    LoadException local = assertThrows(LoadException.class,
        () -> KolData.loader().kind(Schema.Kind.POSTS).read(f));
    LoadException batch = assertThrows(LoadException.class,
        () -> RowBatch.start(f.toString(), Schema.Kind.POSTS, Map.of(), List.of("note_id", "likes"), ','));
    assertThat(batch.getMessage()).isEqualTo(local.getMessage()).contains("kol_id");
  }
}
