package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.core.TableData;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.evidence.NoteSignals;
import org.kolscope.io.KolData;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The audit from notes held in parts (as an engine such as Apache Spark holds them: each part with
 * every note of its KOLs) equals the audit of one table of the same notes, cell for cell and
 * digit for digit: the per-KOL table, the flags, the summary and the readable report. The parts
 * go through Java serialization, as they would between machines.
 */
class Audit_PartsTest {
  private static final Table NOTES = KolData.load("../data/notes.csv");
  private static final Table ACCOUNTS = KolData.load("../data/accounts.csv");
  private static final GeneratedData GENERATED =
      Generator.builder().accounts(1500).notesPerAccount(12).seed(7).build().generate();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("shipped notes, accounts derived", null, NOTES, 3),
        Arguments.of("shipped notes with the accounts", ACCOUNTS, NOTES, 4),
        Arguments.of("one part", ACCOUNTS, NOTES, 1),
        // parts with no KOL of the accounts (empty ones): Tablesaw's rows() of no rows failed
        Arguments.of("more parts than KOLs, with the accounts", ACCOUNTS, NOTES.first(30), 16),
        Arguments.of("more parts than KOLs, accounts derived", null, NOTES.first(30), 16),
        Arguments.of("generated, accounts derived", null, GENERATED.notes(), 5),
        Arguments.of("generated with accounts", GENERATED.accounts(), GENERATED.notes(), 2));
  }

  @ParameterizedTest(name = "{0}, {3} parts")
  @MethodSource("cases")
  void auditOfParts_equalsAuditOfAllNotes(String what, Table accounts, Table notes, int parts) {
    AuditResult whole = (accounts == null ? Audit.ofPosts(notes) : Audit.of(accounts).posts(notes)).run();

    NoteStage stage = (accounts == null ? Audit.ofPosts(notes) : Audit.of(accounts).posts(notes)).noteStage();
    List<Table> split = new ArrayList<>();
    List<long[]> lines = new ArrayList<>();
    split(notes, parts, split, lines);
    List<NoteStage.SpikePoints[]> points = new ArrayList<>();
    NoteStage shipped = roundTrip(stage);
    for (int p = 0; p < parts; p++) {
      points.add(shipped.points(split.get(p), lines.get(p)));
    }
    NoteSignals.Scales scales = roundTrip(NoteStage.scales(points));
    List<NotePart> computed = new ArrayList<>();
    for (int p = parts - 1; p >= 0; p--) { // any order
      computed.add(roundTrip(shipped.part(split.get(p), lines.get(p), scales)));
    }
    NoteParts all = NoteParts.of(computed);
    AuditResult fromParts = (accounts == null ? Audit.ofPosts(all) : Audit.of(accounts).posts(all)).run();

    assertSameCells(fromParts.toTable(), whole.toTable());
    assertSameCells(fromParts.flags(), whole.flags());
    assertThat(fromParts.summary().toString()).isEqualTo(whole.summary().toString());
    assertThat(fromParts.toString()).isEqualTo(whole.toString());
    assertThat(fromParts.notes()).isNull();
    assertThat(fromParts.noteCount()).isEqualTo(notes.rowCount());
  }

  @Test
  void kolInTwoParts_isRefused() {
    NoteStage stage = Audit.ofPosts(NOTES).noteStage();
    Table head = NOTES.first(200);
    long[] lines = new long[200];
    for (int i = 0; i < 200; i++) {
      lines[i] = i + 2;
    }
    NoteSignals.Scales scales = NoteStage.scales(List.<NoteStage.SpikePoints[]>of(stage.points(head, lines)));
    NotePart p = stage.part(head, lines, scales);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NoteParts.of(List.of(p, p)));
    assertThat(e).hasMessageContaining("is in two parts");
  }

  @Test
  void notesOutOfLineOrder_areRefused() {
    NoteStage stage = Audit.ofPosts(NOTES).noteStage();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> stage.points(NOTES.first(3), new long[] {2, 4, 3}));
    assertThat(e).hasMessageContaining("line 3 after line 4");
  }

  /** Splits by a hash of kol_id, keeping each part's rows in file order; line = row + 2. */
  private static void split(Table notes, int parts, List<Table> out, List<long[]> lines) {
    List<List<Integer>> rows = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      rows.add(new ArrayList<>());
    }
    for (int r = 0; r < notes.rowCount(); r++) {
      String id = Cells.text(notes, Schema.KOL_ID, r);
      rows.get(Math.floorMod(id.hashCode() * 31 + 7, parts)).add(r);
    }
    for (List<Integer> part : rows) {
      int[] at = part.stream().mapToInt(Integer::intValue).toArray();
      out.add(at.length == 0 ? notes.emptyCopy() : notes.rows(at));
      long[] l = new long[at.length];
      for (int i = 0; i < at.length; i++) {
        l[i] = at[i] + 2L;
      }
      lines.add(l);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T o) {
    try {
      var bytes = new java.io.ByteArrayOutputStream();
      try (var out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(o);
      }
      try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (java.io.IOException | ClassNotFoundException e) {
      throw new AssertionError("not serializable: " + o.getClass(), e);
    }
  }

  private static void assertSameCells(Table actual, Table expected) {
    assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
    assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
    for (int c = 0; c < expected.columnCount(); c++) {
      Column<?> e = expected.column(c);
      Column<?> a = actual.column(c);
      assertThat(a.type()).as(e.name()).isEqualTo(e.type());
      for (int r = 0; r < expected.rowCount(); r++) {
        assertThat(a.getUnformattedString(r)).as(e.name() + " row " + r).isEqualTo(e.getUnformattedString(r));
      }
    }
  }

  @Test
  void tableData_roundTrip_keepsTypesAndMissingCells() {
    Table t = Table.create("t");
    t.addColumns(tech.tablesaw.api.StringColumn.create("s", "a", "", "c"),
        tech.tablesaw.api.IntColumn.create("i", 1, Integer.MIN_VALUE, 3),
        tech.tablesaw.api.LongColumn.create("l", 1L, 2L, Long.MIN_VALUE),
        tech.tablesaw.api.DoubleColumn.create("d", 0.1, Double.NaN, -0.0));
    Table back = roundTrip(TableData.of(t)).table();
    assertSameCells(back, t);
    assertThat(back.column("i").isMissing(1)).isTrue();
    assertThat(back.column("l").isMissing(2)).isTrue();
    assertThat(Double.doubleToRawLongBits(back.doubleColumn("d").getDouble(2)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }
}
