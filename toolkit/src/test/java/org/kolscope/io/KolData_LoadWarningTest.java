package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@link KolData#load(Path)}: one line on stderr when rows had problems, with the call to paste. */
class KolData_LoadWarningTest {
  private static final String NOTES = "note_id,kol_id,likes,views\n"
      + "n1,k1,5,100\n"
      + "n2,k1,abc,100\n"  // rejected: likes is not a count
      + "n3,k2,300,200\n"; // suspicious: likes exceed views

  @Test
  void fileWithProblems_lineEndsWithTheCallForThisFile(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("notes.csv"), NOTES);
    String err = stderrOf(() -> KolData.load(f.toString()));
    assertThat(err.lines().toList()).hasSize(1);
    assertThat(err.strip())
        .startsWith("kolscope: " + f + ": 1 row(s) rejected, 1 suspicious (first: " + f + ":3: ")
        .endsWith("; KolData.loader().read(\"" + f + "\").report() lists them all");
  }

  @Test
  void pathWithQuoteAndBackslash_writtenAsAJavaLiteral(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("a \"b\" \\c.csv"), NOTES);
    String err = stderrOf(() -> KolData.load(f));
    String dirText = dir.toString();
    assertThat(err.strip()).endsWith("; KolData.loader().read(\"" + dirText + "/a \\\"b\\\" \\\\c.csv\")"
        + ".report() lists them all");
  }

  @Test
  void cleanFile_nothingOnStderr(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("ok.csv"), "note_id,kol_id,likes,views\nn1,k1,5,100\n");
    Table[] t = new Table[1];
    assertThat(stderrOf(() -> t[0] = KolData.load(f))).isEmpty();
    assertThat(t[0].rowCount()).isEqualTo(1);
  }

  private static String stderrOf(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
