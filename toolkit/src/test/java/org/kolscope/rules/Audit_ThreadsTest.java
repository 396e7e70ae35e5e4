package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Parallel;
import org.kolscope.core.Schema;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadResult;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The loader and the audit give the same answer, to the last digit and the last report line, on
 * four threads as on one ({@link Parallel#sequentially}): the CSV parsed on one thread while its
 * rows go through the row rules on another, the columns built side by side, and the evidence
 * model's per-KOL and per-signal work spread over the threads. Four threads whatever the machine
 * has, so that the threads really interleave.
 */
class Audit_ThreadsTest {
  @TempDir Path dir;
  private String before;

  @BeforeEach
  void fourThreads() {
    before = System.getProperty(Parallel.THREADS);
    System.setProperty(Parallel.THREADS, "4");
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(Parallel.THREADS);
    } else {
      System.setProperty(Parallel.THREADS, before);
    }
  }

  /** The shipped notes with trouble every few hundred lines: bad counts, short rows, a quote spanning lines, formula guards. */
  private Path troubled() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../data/notes.csv"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(lines.size() + 200);
    out.add(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i);
      switch (i % 997) {
        case 5 -> out.add(l.replaceFirst(",(\\d+),", ",lots,"));   // a count that is not one
        case 17 -> out.add(l.substring(0, l.lastIndexOf(',')));     // a cell short
        case 29 -> out.add(l.replaceFirst(",(\\d+),", ",1.2万,"));   // a count in 万
        case 41 -> out.add(l.replaceFirst(",image,", ",\"ima\nge\","));  // a cell spanning lines
        case 53 -> out.add(l.replaceFirst(",(\\d+),", ",'-5,"));     // a formula guard
        case 71 -> out.add("");                                       // a blank line
        default -> out.add(l);
      }
    }
    Path f = dir.resolve("troubled-notes.csv");
    Files.write(f, out, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void loadOfATroubledFile_sameTableAndReport() throws IOException {
    Path f = troubled();
    assertThat(Files.size(f)).as("big enough to be read on two threads").isGreaterThan(1 << 20);
    LoadResult threads = KolData.loader().read(f);
    LoadResult one = Parallel.sequentially(() -> KolData.loader().read(f));
    assertThat(threads.report().rejectedRows()).as("the trouble was found").isGreaterThan(50);
    assertSameCells(threads.table(), one.table());
    assertThat(threads.report().problems()).isEqualTo(one.report().problems());
    assertThat(threads.report().notes()).isEqualTo(one.report().notes());
    assertThat(threads.report().toString()).isEqualTo(one.report().toString());
  }

  @Test
  void headerWithoutARequiredColumn_sameErrorOnBothPaths() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../data/notes.csv"), StandardCharsets.UTF_8);
    lines.set(0, lines.get(0).replace("kol_id", "author"));
    Path f = dir.resolve("no-kol-id.csv");
    Files.write(f, lines, StandardCharsets.UTF_8);
    Supplier<LoadResult> read = () -> KolData.loader().kind(Schema.Kind.POSTS).read(f);
    String threads = assertThrows(LoadException.class, read::get).getMessage();
    String one = assertThrows(LoadException.class, () -> Parallel.sequentially(read)).getMessage();
    assertThat(threads).isEqualTo(one).contains("kol_id");
  }

  @Test
  void auditOfTheShippedNotes_sameEverything() {
    Table notes = KolData.load("../data/notes.csv");
    Table accounts = KolData.load("../data/accounts.csv");
    assertSameAudit(() -> Audit.of(accounts).posts(notes).run());
    assertSameAudit(() -> Audit.ofPosts(notes).run());
  }

  @Test
  void auditOfGeneratedNotes_sameEverything() {
    GeneratedData g = Generator.builder().accounts(3000).notesPerAccount(10).seed(11).build().generate();
    assertSameAudit(() -> Audit.ofPosts(g.notes()).run());
  }

  private static void assertSameAudit(Supplier<AuditResult> audit) {
    AuditResult threads = audit.get();
    AuditResult one = Parallel.sequentially(audit);
    assertSameCells(threads.toTable(), one.toTable());
    assertSameCells(threads.flags(), one.flags());
    assertThat(threads.toString()).isEqualTo(one.toString());
    assertThat(threads.evidence().kols()).isEqualTo(one.evidence().kols());
    assertThat(threads.evidence().correlation()).isDeepEqualTo(one.evidence().correlation());
    assertThat(threads.evidence().toString()).isEqualTo(one.evidence().toString());
  }

  private static void assertSameCells(Table a, Table b) {
    assertThat(a.columnNames()).isEqualTo(b.columnNames());
    assertThat(a.rowCount()).isEqualTo(b.rowCount());
    for (Column<?> c : a.columns()) {
      Column<?> d = b.column(c.name());
      assertThat(c.type()).as(c.name()).isEqualTo(d.type());
      for (int r = 0; r < a.rowCount(); r++) {
        assertThat(c.get(r)).as("%s row %d", c.name(), r).isEqualTo(d.get(r));
      }
    }
  }
}
