package org.kolscope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed files in the repository's {@code data/} are exactly what the documented command
 * ({@code kolscope generate --accounts 2000 --seed 42 --out data}, i.e. the builder defaults and a
 * 200-note Chinese export) writes. If the generator changes, regenerate them.
 */
class DataFiles_CommittedTest {

  @TempDir Path tmp;

  @Test
  void committedDataFiles_areReproducibleByteForByte() throws IOException {
    Path data = repoRoot().resolve("data");
    List<DataFiles.WrittenFile> fresh = DataFiles.write(Fixture.DEFAULT, tmp, 200);
    assertThat(fresh).hasSize(3);
    for (DataFiles.WrittenFile f : fresh) {
      Path committed = data.resolve(f.path().getFileName());
      assertThat(committed).exists();
      assertThat(Files.mismatch(committed, f.path()))
          .as(
              "%s differs from a fresh generation: regenerate data/ (see data/README.md)",
              committed)
          .isEqualTo(-1L);
    }
  }

  /** The repository root: the nearest ancestor of the working directory holding data/README.md. */
  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("data").resolve("README.md"))) {
      p = p.getParent();
    }
    assertThat(p)
        .as("no ancestor of %s holds data/README.md", Path.of("").toAbsolutePath())
        .isNotNull();
    return p;
  }
}
