package org.kolscope.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import tech.tablesaw.api.Table;

/** The warm-up's notes must load whole: a rejected row would leave the loader's per-row code cold. */
class Warmup_NotesTest {
  @Test
  void warmupNotesLoadEveryRowWithANoteIdOfItsOwn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("warmup.csv");
    Files.writeString(file, Warmup.notes(50), StandardCharsets.UTF_8);

    Table notes = KolData.load(file);

    assertThat(notes.rowCount()).isEqualTo(50);
    assertThat(notes.stringColumn("note_id").unique().size()).isEqualTo(50);
  }
}
