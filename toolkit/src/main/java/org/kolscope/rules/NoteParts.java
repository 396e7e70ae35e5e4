package org.kolscope.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.core.TableData;
import org.kolscope.evidence.NoteSignals;
import tech.tablesaw.api.Table;

/**
 * All parts of notes held elsewhere ({@link NoteStage#part}), put together for {@link Audit}: the
 * KOLs in the order of their first note, as one table of the notes would give them.
 *
 * <pre>{@code
 * Audit a = Audit.ofPosts(parts);    // or Audit.of(accounts).posts(parts)
 * }</pre>
 */
public final class NoteParts {
  private final List<NotePart> parts;
  private final Set<String> audited = new HashSet<>();

  private NoteParts(List<NotePart> parts) {
    this.parts = parts;
    for (NotePart p : parts) {
      for (String id : p.signals().ids()) {
        if (!audited.add(id)) {
          throw new IllegalArgumentException("kol_id '" + id + "' is in two parts: each part must"
              + " hold every note of its KOLs");
        }
      }
    }
  }

  /**
   * The parts, in any order.
   *
   * @throws IllegalArgumentException if there are none, or a KOL is in two
   */
  public static NoteParts of(List<NotePart> parts) {
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no parts: give at least one, an empty one for no notes");
    }
    return new NoteParts(List.copyOf(parts));
  }

  /** The notes in all parts. */
  public long notes() {
    return parts.stream().mapToLong(NotePart::notes).sum();
  }

  /** The notes whose KOL is not among the accounts, in all parts. */
  public long notesOfUnknownKols() {
    return parts.stream().mapToLong(NotePart::notesOfUnknownKols).sum();
  }

  /** The accounts derived from all parts, in the order of each KOL's first line. */
  Table derivedAccounts() {
    List<TableData> data = new ArrayList<>();
    List<long[]> keyed = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      NotePart p = parts.get(i);
      if (p.derived() == null) {
        throw new IllegalArgumentException("the parts were computed with accounts");
      }
      data.add(p.derived());
      for (int r = 0; r < p.firstLines().length; r++) {
        keyed.add(new long[] {p.firstLines()[r], data.size() - 1, r});
      }
    }
    keyed.sort((a, b) -> Long.compare(a[0], b[0]));
    int[][] order = new int[keyed.size()][];
    for (int i = 0; i < order.length; i++) {
      order[i] = new int[] {(int) keyed.get(i)[1], (int) keyed.get(i)[2]};
    }
    return TableData.concat(data, order).table();
  }

  /** The note aggregates of all parts' KOLs. */
  Table aggregates() {
    List<TableData> data = new ArrayList<>();
    List<int[]> order = new ArrayList<>();
    for (NotePart p : parts) {
      data.add(p.aggregates());
      for (int r = 0; r < p.aggregates().rowCount(); r++) {
        order.add(new int[] {data.size() - 1, r});
      }
    }
    return TableData.concat(data, order.toArray(new int[0][])).table();
  }

  /** The note signals of all parts' audited KOLs. */
  NoteSignals signals() {
    int n = parts.stream().mapToInt(p -> p.signals().ids().length).sum();
    String[] ids = new String[n];
    double[][] raw = new double[n][];
    String[][] why = new String[n][];
    int[] used = new int[n];
    double[][] noise = new double[n][];
    int at = 0;
    for (NotePart p : parts) {
      NoteSignals s = p.signals();
      for (int e = 0; e < s.ids().length; e++, at++) {
        ids[at] = s.ids()[e];
        raw[at] = s.raw()[e]; // taken over: the parts are not used again
        why[at] = s.why()[e];
        used[at] = s.used()[e];
        noise[at] = s.noise()[e];
      }
    }
    return new NoteSignals(ids, raw, why, used, noise);
  }

  /**
   * A {@link NoteRule}'s findings over all KOLs: the parts' for KOLs with notes, {@code
   * withoutNotes} (the rule checked with no notes given) for the others, in the order of {@code
   * kols}.
   */
  List<Flag> merge(Rule rule, List<Flag> withoutNotes, Table kols) {
    Map<String, List<Flag>> fromParts = new HashMap<>();
    for (NotePart p : parts) {
      for (Flag f : p.flags()) {
        if (f.rule().equals(rule.label())) {
          fromParts.computeIfAbsent(f.kolId(), k -> new ArrayList<>()).add(f);
        }
      }
    }
    Map<String, List<Flag>> others = new HashMap<>();
    for (Flag f : withoutNotes) {
      others.computeIfAbsent(f.kolId(), k -> new ArrayList<>()).add(f);
    }
    List<Flag> out = new ArrayList<>();
    for (int r = 0; r < kols.rowCount(); r++) {
      String id = Cells.text(kols, Schema.KOL_ID, r);
      List<Flag> f = audited.contains(id) ? fromParts.get(id) : others.get(id);
      if (f != null) {
        out.addAll(f);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "NoteParts[" + parts.size() + " parts, " + notes() + " notes, " + audited.size()
        + " KOLs with notes]";
  }

}
