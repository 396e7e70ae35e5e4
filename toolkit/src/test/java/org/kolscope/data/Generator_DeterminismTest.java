package org.kolscope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/** Equal seeds give byte-identical files; different seeds differ; documented independences. */
class Generator_DeterminismTest {

  @TempDir Path tmp;

  private static Generator.Builder small() {
    return Generator.builder().accounts(300).notesPerAccount(10);
  }

  @Test
  void sameSeed_writesByteIdenticalFiles() throws IOException {
    List<DataFiles.WrittenFile> a =
        DataFiles.write(small().seed(9).build().generate(), tmp.resolve("a"), 50);
    List<DataFiles.WrittenFile> b =
        DataFiles.write(small().seed(9).build().generate(), tmp.resolve("b"), 50);
    assertThat(a).hasSize(3);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.mismatch(a.get(i).path(), b.get(i).path()))
          .as(a.get(i).path().toString())
          .isEqualTo(-1L);
      assertThat(a.get(i).sha256()).isEqualTo(b.get(i).sha256());
    }
  }

  @Test
  void differentSeed_writesDifferentFiles() throws IOException {
    List<DataFiles.WrittenFile> a =
        DataFiles.write(small().seed(9).build().generate(), tmp.resolve("a"), 50);
    List<DataFiles.WrittenFile> b =
        DataFiles.write(small().seed(10).build().generate(), tmp.resolve("b"), 50);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.mismatch(a.get(i).path(), b.get(i).path())).isNotEqualTo(-1L);
    }
  }

  /** The default data set is fixed by its seed: the committed files' hashes depend on it. */
  @Test
  void generateTwice_givesEqualTables() {
    GeneratedData a = small().seed(3).build().generate();
    GeneratedData b = small().seed(3).build().generate();
    assertThat(Fixture.cells(a.accounts())).isEqualTo(Fixture.cells(b.accounts()));
    assertThat(Fixture.cells(a.notes())).isEqualTo(Fixture.cells(b.notes())).isNotEmpty();
  }

  /** Without anomalies, the first accounts do not depend on how many are generated. */
  @Test
  void firstAccounts_independentOfAccountCount_withoutAnomalies() {
    Table few = small().accounts(20).anomalyRate(0).build().generate().accounts();
    Table many = small().accounts(300).anomalyRate(0).build().generate().accounts();
    assertThat(Fixture.cells(few)).isEqualTo(Fixture.cells(many.first(20))).hasSize(20);
  }

  /** Accounts (without anomalies) do not depend on how many notes are listed. */
  @Test
  void accounts_independentOfNotesPerAccount() {
    Table five = small().notesPerAccount(5).anomalyRate(0).build().generate().accounts();
    Table fifty = small().notesPerAccount(50).anomalyRate(0).build().generate().accounts();
    assertThat(Fixture.cells(five)).isEqualTo(Fixture.cells(fifty)).hasSize(300);
  }

  @Test
  void notesPerAccount_isACap() {
    GeneratedData d = small().notesPerAccount(3).build().generate();
    Fixture.notesByAccount(d.notes())
        .values()
        .forEach(rows -> assertThat(rows).hasSizeBetween(1, 3));
    assertThat(d.notes().stringColumn(Schema.KOL_ID).unique().size()).isEqualTo(300);
  }
}
