package org.kolscope.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kolscope.core.Parallel;
import org.kolscope.core.Schema;
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
  // a header name repeated for a canonical column: [canonical index, repeat index] pairs, and per
  // pair the rows where the two disagree (count, first line, first values)
  private int[][] repeats = new int[0][];
  private long[] disagreements;
  private long[] firstDisagreement;
  private String[] firstDisagreementValues;
  /** In {@link #onePart()}: every kept row on which a repeated column disagrees, by line. */
  private final List<RepeatedColumn.Disagreement> partDisagreements = new ArrayList<>();
  // fastutil (a Tablesaw dependency): no boxed Long per id on million-row files
  private final it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap<String> seenIds =
      new it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap<>();
  private long rowsRead;
  private int rowsKept;
  /** See {@link #onePart()}. */
  private boolean onePart;

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
    repeats = m.repeats().toArray(new int[0][]);
    disagreements = new long[repeats.length];
    firstDisagreement = new long[repeats.length];
    firstDisagreementValues = new String[repeats.length];
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
  public void expect(long rows) {
    int n = (int) Math.min(rows, Integer.MAX_VALUE - 16);
    for (ColumnConverter c : converters) {
      if (c != null) {
        c.reserve(n);
      }
    }
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
        String note = converters[i].stagedNote();
        String raw = i < cells.length && cells[i] != null ? cells[i] : "";
        problems.add(note == null
            ? new Problem(fileLabel, line, names.get(i), "", "missing required field", Severity.REJECTED)
            : new Problem(fileLabel, line, names.get(i), raw,
                note.replace(": kept as missing", ", and the field is required"), Severity.REJECTED));
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
        problems.add(Problem.duplicateDropped(fileLabel, line, names.get(idIndex), id, firstSeen));
        return;
      }
    }
    for (int i = 0; i < converters.length; i++) {
      ColumnConverter c = converters[i];
      String note = c.stagedNote();
      if (note != null) {
        problems.add(new Problem(fileLabel, line, names.get(i), cells[i], note, Severity.NOTE));
      }
    }
    for (int k = 0; k < repeats.length; k++) {
      int a = repeats[k][0];
      int b = repeats[k][1];
      String other = b < cells.length ? cells[b] : null;
      if (!converters[a].agrees(other)) {
        String values = disagreements[k] == 0 || onePart
            ? "'" + Problem.abbreviate(a < cells.length && cells[a] != null ? cells[a] : "")
                + "' vs '" + Problem.abbreviate(other == null ? "" : other) + "'"
            : null;
        if (disagreements[k]++ == 0) {
          firstDisagreement[k] = line;
          firstDisagreementValues[k] = values;
        }
        if (onePart) {
          partDisagreements.add(new RepeatedColumn.Disagreement(k, line, values));
        }
      }
    }
    for (ColumnConverter c : converters) {
      c.commit(line);
    }
    rowsKept++;
    if (firstSeen != null) {
      problems.add(Problem.duplicateKept(fileLabel, line, names.get(idIndex),
          converters[idIndex].stagedText(), firstSeen));
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

  @Override
  public void cellNote(long line, int column, String value, String reason) {
    problems.add(new Problem(fileLabel, line, column < names.size() ? names.get(column) : "",
        value, reason, Severity.NOTE));
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

  /**
   * This builder sees one part of a file ({@link RowBatch}), not every row: a column repeated in
   * the header is then said not to be compared, since only the whole file can say whether the two
   * agree on every row kept.
   */
  TableBuilder onePart() {
    onePart = true;
    return this;
  }

  List<String> notes() {
    return notes;
  }

  /** The header's columns repeated for a canonical one, in the order of their notes. */
  List<RepeatedColumn> repeatedColumns() {
    List<RepeatedColumn> out = new ArrayList<>(repeats.length);
    for (int[] r : repeats) {
      out.add(new RepeatedColumn(names.get(r[0]), r[0] + 1, names.get(r[1]), r[1] + 1));
    }
    return out;
  }

  /** In {@link #onePart()}: the kept rows on which a repeated column disagrees, by line. */
  List<RepeatedColumn.Disagreement> partDisagreements() {
    return partDisagreements;
  }

  /** The note on header columns {@code repeats[k]}: whether the two agree on the rows kept. */
  private String repeatNote(int k) {
    RepeatedColumn r = repeatedColumns().get(k);
    return onePart ? r.notCompared()
        : r.note(disagreements[k], rowsKept, firstDisagreement[k], firstDisagreementValues[k]);
  }

  /**
   * The table: canonical columns in {@link Schema} order, each lower-bound flag column after its
   * count, then the other columns in file order. Called once, after the last row: it releases the
   * staging buffers as it goes, adds the notes only the whole column can give (cells of a sniffed
   * numeric column that said {@code NaN}; repeated columns that disagree) and puts the report
   * lines in file order.
   *
   * <p>The table is assembled in one step, not column by column: Tablesaw's {@code addColumns}
   * compares each new name with every earlier one, which takes minutes for 100,000 columns. The
   * names are checked here instead (unique, ignoring case, as Tablesaw requires).
   */
  Table build(String tableName) {
    Table t = Table.create(tableName);
    if (converters == null) {
      return t;
    }
    // the duplicate check is over; its map (a slot per row) need not outlive the rows
    seenIds.clear();
    seenIds.trim();
    for (int k = 0; k < repeats.length; k++) {
      notes.add(repeatNote(k));
    }
    boolean[] placed = new boolean[names.size()];
    List<Integer> order = new ArrayList<>(names.size());
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.putIfAbsent(names.get(i), i);
    }
    for (String c : Schema.columns(kind)) {
      Integer i = index.get(c);
      if (i != null) {
        order.add(i);
        placed[i] = true;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (!placed[i]) {
        order.add(i);
      }
    }
    List<Column<?>> columns = new ArrayList<>(names.size() + 4);
    Set<String> taken = new java.util.HashSet<>();
    for (String n : names) {
      taken.add(n.toLowerCase(java.util.Locale.ROOT));
    }
    // the columns are built side by side; each releases its staging buffer once built, not when
    // the builder goes: otherwise every buffer and every built column are held at once, twice the
    // table at the end of a load
    List<List<Column<?>>> built = new ArrayList<>(java.util.Collections.nCopies(order.size(), null));
    List<List<ColumnConverter.CellNote>> builtNotes =
        new ArrayList<>(java.util.Collections.nCopies(order.size(), null));
    Parallel.forEach(order.size(), 1, j -> {
      int i = order.get(j);
      built.set(j, converters[i].build(rowsKept));
      builtNotes.set(j, converters[i].buildNotes);
      converters[i] = null;
    });
    for (int j = 0; j < order.size(); j++) {
      int i = order.get(j);
      for (Column<?> col : built.get(j)) {
        if (col.size() != rowsKept) {
          throw new IllegalStateException("column " + col.name() + " has " + col.size()
              + " rows, the table " + rowsKept);
        }
        if (!col.name().equals(names.get(i)) && !taken.add(col.name().toLowerCase(java.util.Locale.ROOT))) {
          // a flag column whose name the file already uses (a column named followers_lower_bound)
          String base = col.name();
          String n = base;
          for (int k = 2; !taken.add(n.toLowerCase(java.util.Locale.ROOT)); k++) {
            n = base + "_" + k;
          }
          notes.add("the file already has a column " + base + "; the lower-bound flags of "
              + names.get(i) + " are in " + n);
          col.setName(n);
        }
        columns.add(col);
      }
      for (ColumnConverter.CellNote cn : builtNotes.get(j)) {
        problems.add(new Problem(fileLabel, cn.line(), names.get(i), cn.value(), cn.reason(), Severity.NOTE));
      }
      built.set(j, null);
    }
    // every name is unique ignoring case (HeaderMap made them so, flags were renamed above) and
    // every column has rowsKept rows: what Tablesaw's addColumns checks, once for all columns
    t.columns().addAll(columns);
    // report lines in file order (notes from sniffed columns are found only now); stable
    problems.sort(java.util.Comparator.comparingLong(Problem::line));
    return t;
  }
}
