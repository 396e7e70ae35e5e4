package org.kolscope.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadException;

/** Files that are not whole Parquet: one line naming the file and what is wrong, no stack. */
class ParquetRows_DamagedFileTest {
  @TempDir Path dir;

  private Path good() throws Exception {
    return DuckDb.copy("SELECT 'a' AS kol_id, 'n' || range AS note_id, range AS likes FROM range(1000)",
        dir.resolve("good.parquet"), "");
  }

  @Test
  void cutShort_saysSo() throws Exception {
    byte[] b = Files.readAllBytes(good());
    Path f = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(b, b.length / 2));
    assertThatThrownBy(() -> KolData.load(f)).isInstanceOf(LoadException.class).hasMessage(f
        + ": a Parquet file cut short (it does not end with PAR1, so its footer is missing): copy or write it again");
  }

  @Test
  void textNamedParquet_notAParquetFile() throws Exception {
    Path f = Files.writeString(dir.resolve("notes.parquet"), "kol_id,likes\na,1\n");
    assertThatThrownBy(() -> KolData.load(f)).isInstanceOf(LoadException.class).hasMessage(f
        + ": not a Parquet file (17 bytes, Parquet starts with PAR1 and has a footer)");
  }

  @Test
  void damagedFooter_oneLineNamingTheFile() throws Exception {
    byte[] b = Files.readAllBytes(good());
    for (int i = b.length - 60; i < b.length - 8; i++) {
      b[i] = (byte) 0xFF; // the footer's last bytes (its length and magic stay)
    }
    Path f = Files.write(dir.resolve("footer.parquet"), b);
    assertThatThrownBy(() -> KolData.load(f)).isInstanceOf(LoadException.class)
        .hasMessageStartingWith(f + ": a damaged Parquet file: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("@"));
  }

  @Test
  void emptyFolderNamedParquet_saysItHasNoParts() throws Exception {
    Path f = Files.createDirectory(dir.resolve("empty.parquet"));
    assertThatThrownBy(() -> KolData.load(f)).isInstanceOf(LoadException.class)
        .hasMessage(f + ": a folder with no .parquet parts in it");
  }
}
