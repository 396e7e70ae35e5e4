package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CsvRows} tells its sink how many rows the whole file probably holds ({@link
 * RowSource.Sink#expect}) once {@link CsvRows#EXPECT_AFTER} bytes are read, so the loader sizes
 * its buffers once: estimated from the rows so far and the bytes the parser has taken (not the
 * bytes read ahead of it). Tolerance: within 10 % of the file's rows, on files whose rows vary in
 * length at random (the estimate sees only the first few MiB).
 */
class CsvRows_ExpectTest {
  @TempDir Path dir;

  /** {@code rows} notes; a random title of 0–{@code titleChars} characters, Chinese or not. */
  private Path notes(int rows, int titleChars, boolean chinese, long seed) throws IOException {
    Path p = dir.resolve("notes-" + rows + "-" + chinese + ".csv");
    Random r = new Random(seed);
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("note_id,kol_id,likes,title\n");
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < rows; i++) {
        t.setLength(0);
        int n = r.nextInt(titleChars + 1);
        for (int k = 0; k < n; k++) {
          t.append(chinese ? (char) ('一' + r.nextInt(2000)) : (char) ('a' + r.nextInt(26)));
        }
        w.write("n" + i + ",k" + r.nextInt(5000) + "," + r.nextInt(100000) + "," + t + "\n");
      }
    }
    return p;
  }

  private static RecordingSink read(Path p, boolean piped) {
    CsvRows rows = new CsvRows(p, StandardCharsets.UTF_8, 0, null, LoadProgress.NONE, false);
    RecordingSink sink = new RecordingSink();
    if (piped) {
      PipedSink.read(rows, sink, p.getFileName().toString());
    } else {
      rows.read(sink);
    }
    return sink;
  }

  @ParameterizedTest(name = "Chinese titles {0}")
  @ValueSource(booleans = {false, true})
  void fileOfManyMiB_oneHintNearItsRows(boolean chinese) throws IOException {
    Path p = notes(200_000, chinese ? 30 : 60, chinese, 7);
    assertThat(Files.size(p)).isGreaterThan(2 * CsvRows.EXPECT_AFTER);
    RecordingSink sink = read(p, false);
    assertThat(sink.rows).isEqualTo(200_000);
    assertThat(sink.hints).hasSize(1);
    assertThat((double) sink.hints.get(0)).isBetween(0.9 * 200_000, 1.1 * 200_000);
    // given early, while most rows are still to come
    assertThat(sink.rowsAtHint).isLessThan(200_000 / 2);
  }

  @Test
  void piped_theHintReachesTheSinkInItsPlace() throws IOException {
    Path p = notes(200_000, 60, false, 11);
    RecordingSink direct = read(p, false);
    RecordingSink piped = read(p, true);
    assertThat(piped.hints).isEqualTo(direct.hints);
    assertThat(piped.rowsAtHint).isEqualTo(direct.rowsAtHint);
    assertThat(piped.rows).isEqualTo(direct.rows);
  }

  @Test
  void smallFile_noHint() throws IOException {
    Path p = notes(20_000, 60, false, 3);
    assertThat(Files.size(p)).isLessThan(CsvRows.EXPECT_AFTER);
    assertThat(read(p, false).hints).isEmpty();
  }
}
