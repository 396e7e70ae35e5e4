package org.kolscope.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kolscope.io.Problem.Severity;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns raw rows into a canonical table: maps headers, converts each cell to its column's type,
 * checks each row, and reports every row it rejects or finds suspicious.
 *
 * <p>A row is rejected (kept out of the table, one report line per bad cell) for an unparseable
 * or negative count, a count beyond a long, an unparseable date or amount, a missing required
 * field, or cells that do not align with the header. It is kept but reported as suspicious when
 * likes exceed views, or when its id ({@code kol_id} for accounts, {@code note_id} for posts)
 * repeats an earlier row's — unless duplicates are to be dropped, in which case the later row is
 * rejected and the first kept.
 */
final class TableBuilder implements RowSource.Sink {
  private final String fileLabel;
  private final HeaderMap headerMap;
  private final boolean dropDuplicates;
  private Schema.Kind kind;

  private final List<Problem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private List<String> headers;
  private List<String> names;
  private ColumnConverter[] converters;
  private int[] required;
  private int idIndex = -1;
  private int likesIndex = -1;
  private int viewsIndex = -1;
  // fastutil (a Tablesaw dependency): no boxed Long per id on million-row files
  private final it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap<String> seenIds =
      new it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap<>();
  private long rowsRead;
  private int rowsKept;

  TableBuilder(String fileLabel, Schema.Kind kind, HeaderMap headerMap, boolean dropDuplicates) {
    this.dropDuplicates = dropDuplicates;
    seenIds.defaultReturnValue(-1L);
    this.fileLabel = fileLabel;
    this.kind = kind;
    this.headerMap = headerMap;
  }

  @Override
  public void header(List<String> raw) {
    headers = new ArrayList<>(raw.size());
    for (String h : raw) {
      headers.add(h == null ? "" : h);
    }
    boolean guessed = kind == null;
    if (guessed) {
      kind = guessKind(headers);
    }
    HeaderMap.Mapping m = headerMap.map(headers, kind);
    if (guessed && !m.names().containsAll(Schema.required(kind))) {
      notes.add("kind table (guessed: the header has no " + String.join(" and ",
          Schema.required(kind).stream().filter(r -> !m.names().contains(r)).sorted().toList())
          + " for " + kind.name().toLowerCase(java.util.Locale.ROOT) + "; nothing is required)");
      kind = Schema.Kind.TABLE;
    } else if (guessed) {
      notes.add("kind " + kind.name().toLowerCase(java.util.Locale.ROOT) + " (guessed from the header)");
    }
    names = m.names();
    notes.addAll(m.notes());
    for (int i = 0; i < names.size(); i++) {
      String src = HeaderMap.clean(headers.get(i));
      if (m.canonical().get(i) && !src.equals(names.get(i))) {
        notes.add("'" + src + "' → " + names.get(i));
      }
    }
    Set<String> req = Schema.required(kind);
    List<String> missing = new ArrayList<>();
    for (String r : Schema.columns(kind)) {
      if (req.contains(r) && !names.contains(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new LoadException(
          fileLabel + ": no column for required " + String.join(", ", missing) + " ("
              + kind.name().toLowerCase(java.util.Locale.ROOT) + "); the header is "
              + headers.stream().map(HeaderMap::clean).toList()
              + " — map one with --map SRC=" + missing.get(0)
              + " (KolData.loader().map(\"SRC\", \"" + missing.get(0) + "\"))");
    }
    converters = new ColumnConverter[names.size()];
    List<Integer> reqIdx = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      ColumnType t = m.canonical().get(i) ? Schema.TYPES.get(n) : null;
      converters[i] = ColumnConverter.forType(n, t);
      if (req.contains(n)) {
        reqIdx.add(i);
      }
    }
    required = reqIdx.stream().mapToInt(Integer::intValue).toArray();
    idIndex = kind == Schema.Kind.TABLE ? -1
        : names.indexOf(kind == Schema.Kind.ACCOUNTS ? Schema.KOL_ID : Schema.NOTE_ID);
    likesIndex = names.indexOf(Schema.LIKES);
    viewsIndex = names.indexOf(Schema.VIEWS);
  }

  private Schema.Kind guessKind(List<String> hs) {
    HeaderMap.Mapping m = headerMap.map(hs, Schema.Kind.POSTS);
    for (String n : m.names()) {
      if (Schema.NOTE_ID.equals(n) || Schema.LIKES.equals(n) || Schema.COMMENTS.equals(n)
          || Schema.COLLECTS.equals(n) || Schema.VIEWS.equals(n) || Schema.SHARES.equals(n)) {
        return Schema.Kind.POSTS;
      }
    }
    return Schema.Kind.ACCOUNTS;
  }

  @Override
  public void row(String[] cells, long line) {
    rowsRead++;
    boolean ok = true;
    for (int i = 0; i < converters.length; i++) {
      String raw = i < cells.length ? cells[i] : null;
      String err = converters[i].stage(raw);
      if (err != null) {
        ok = false;
        problems.add(new Problem(fileLabel, line, names.get(i), raw == null ? "" : raw, err, Severity.REJECTED));
      }
    }
    if (!ok) {
      return;
    }
    for (int i : required) {
      if (converters[i].stagedMissing()) {
        problems.add(new Problem(fileLabel, line, names.get(i), "", "missing required field", Severity.REJECTED));
        ok = false;
      }
    }
    if (!ok) {
      return;
    }
    Long firstSeen = null;
    if (idIndex >= 0) {
      String id = converters[idIndex].stagedText();
      long prev = seenIds.putIfAbsent(id, line);
      firstSeen = prev == seenIds.defaultReturnValue() ? null : prev;
      if (firstSeen != null && dropDuplicates) {
        problems.add(new Problem(fileLabel, line, names.get(idIndex), id,
            "duplicate id (first at line " + firstSeen + "); dropped", Severity.REJECTED));
        return;
      }
    }
    for (ColumnConverter c : converters) {
      c.commit();
    }
    rowsKept++;
    if (firstSeen != null) {
      problems.add(new Problem(fileLabel, line, names.get(idIndex), converters[idIndex].stagedText(),
          "duplicate id (first at line " + firstSeen + "); both rows kept", Severity.SUSPICIOUS));
    }
    if (likesIndex >= 0 && viewsIndex >= 0) {
      long likes = converters[likesIndex].stagedLong();
      long views = converters[viewsIndex].stagedLong();
      if (likes != Long.MIN_VALUE && views != Long.MIN_VALUE && likes > views) {
        problems.add(new Problem(fileLabel, line, Schema.LIKES, Long.toString(likes),
            "likes exceed views (" + views + ")", Severity.SUSPICIOUS));
      }
    }
  }

  @Override
  public void rejectRow(long line, String column, String value, String reason) {
    rowsRead++;
    problems.add(new Problem(fileLabel, line, column, value, reason, Severity.REJECTED));
  }

  @Override
  public void note(String text) {
    notes.add(text);
  }

  Schema.Kind kind() {
    return kind;
  }

  long rowsRead() {
    return rowsRead;
  }

  List<Problem> problems() {
    return problems;
  }

  List<String> notes() {
    return notes;
  }

  /**
   * The table: canonical columns in {@link Schema} order, each lower-bound flag column after its
   * count, then the other columns in file order. Called once, after the last row: it releases the
   * staging buffers as it goes.
   */
  Table build(String tableName) {
    Table t = Table.create(tableName);
    if (converters == null) {
      return t;
    }
    // the duplicate check is over; its map (a slot per row) need not outlive the rows
    seenIds.clear();
    seenIds.trim();
    List<Integer> order = new ArrayList<>();
    for (String c : Schema.columns(kind)) {
      int i = names.indexOf(c);
      if (i >= 0) {
        order.add(i);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (!order.contains(i)) {
        order.add(i);
      }
    }
    for (int i : order) {
      for (Column<?> col : converters[i].build(rowsKept)) {
        t.addColumns(col);
      }
      // release the column's staging buffer now, not when the builder goes: otherwise every
      // buffer and every built column are held at once, twice the table at the end of a load
      converters[i] = null;
    }
    return t;
  }
}
