package org.kolscope.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import org.kolscope.io.NoteIds;
import org.kolscope.io.RecordingSink;
import tech.tablesaw.api.Table;

/**
 * {@link ParquetRows} tells the loader the rows to expect before the first row: a file's own count
 * from its footer, exactly; a folder's from the first part's count scaled by the parts' bytes
 * (tolerance 10 % on parts of equal halves of the shipped notes).
 */
class ParquetRows_ExpectTest {
  @TempDir Path dir;

  @Test
  void oneFile_theFootersCountBeforeTheFirstRow() throws Exception {
    Table notes = KolData.load("../data/notes.csv");
    Path f = dir.resolve("notes.parquet");
    ParquetOut.write(notes, f);
    RecordingSink sink = new RecordingSink();
    new ParquetRows(f, NoteIds.BEIJING).read(sink);
    assertThat(sink.rows).isEqualTo(notes.rowCount());
    assertThat(sink.hints).containsExactly((long) notes.rowCount());
    assertThat(sink.rowsAtHint).isZero();
  }

  @Test
  void folderOfParts_scaledByTheirBytes() throws Exception {
    Table notes = KolData.load("../data/notes.csv");
    int half = notes.rowCount() / 2;
    Path folder = Files.createDirectories(dir.resolve("notes.parquet"));
    ParquetOut.write(notes.inRange(0, half), folder.resolve("part-0.parquet"));
    ParquetOut.write(notes.inRange(half, notes.rowCount()), folder.resolve("part-1.parquet"));
    RecordingSink sink = new RecordingSink();
    new ParquetRows(folder, NoteIds.BEIJING).read(sink);
    assertThat(sink.rows).isEqualTo(notes.rowCount());
    assertThat(sink.hints).hasSize(1);
    assertThat((double) sink.hints.get(0)).isBetween(0.9 * notes.rowCount(), 1.1 * notes.rowCount());
    assertThat(sink.rowsAtHint).isZero();
  }
}
