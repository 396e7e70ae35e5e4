package org.kolscope.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadResult;
import org.kolscope.io.NoteIds;
import org.kolscope.io.Problem;
import org.kolscope.io.RowBatch;
import org.kolscope.core.Parallel;
import org.kolscope.core.Schema;
import scala.Tuple2;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The rows of a Spark partition through the toolkit's {@link RowBatch}, and back into a Tablesaw
 * table on the driver. One Spark row per kept note ({@link #KIND} {@code row}) or per report line
 * ({@link #KIND} its severity), in line order within each partition.
 */
final class NoteRows {
  static final String KIND = "_kind";
  static final String LINE = "_line";
  static final String P_COLUMN = "_problem_column";
  static final String P_VALUE = "_problem_value";
  static final String P_REASON = "_problem_reason";
  static final String ROW = "row";
  /**
   * The kind of a row that says a kept row's cells of a {@linkplain Layout#repeated() repeated
   * column} disagree: {@link #P_COLUMN} the pair's index, {@link #P_VALUE} the two cells. It comes
   * right after its kept row.
   */
  static final String DISAGREES = "disagrees";
  /** Lines converted per {@link RowBatch}: bounds a task's memory, whatever its partition's size. */
  static final int BATCH = 50_000;

  private NoteRows() {}

  /**
   * One column of the notes: its name, its Tablesaw type's name (types are not serializable), and
   * whether it has a lower-bound flag.
   */
  record Spec(String name, String typeName, boolean flagged) implements Serializable {
    ColumnType type() {
      return ColumnType.valueOf(typeName);
    }
  }

  /**
   * What every task needs: the header, the options and the columns out; the notes an empty batch
   * gives, and the header's repeated columns, whose notes the driver writes over all parts ({@link
   * Disagreements}).
   */
  record Layout(String label, Map<String, String> mappings, List<String> header, char delimiter,
      List<Spec> columns, List<String> headerNotes, List<org.kolscope.io.RepeatedColumn> repeated)
      implements Serializable {

    /**
     * The header's notes over the whole file: each repeated column's from the disagreements of the
     * {@code rowsKept} rows kept, in the place of the part's "not compared".
     */
    List<String> headerNotes(Disagreements found, long rowsKept) {
      List<String> out = new ArrayList<>(headerNotes);
      for (int k = 0; k < repeated.size(); k++) {
        int at = out.indexOf(repeated.get(k).notCompared());
        if (at < 0) {
          throw new IllegalStateException("no note on " + repeated.get(k) + " in " + headerNotes);
        }
        out.set(at, found.note(repeated.get(k), k, rowsKept));
      }
      return out;
    }

    StructType schema() {
      List<StructField> f = new ArrayList<>();
      f.add(DataTypes.createStructField(KIND, DataTypes.StringType, false));
      f.add(DataTypes.createStructField(LINE, DataTypes.LongType, false));
      for (Spec c : columns) {
        f.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
        if (c.flagged()) {
          f.add(DataTypes.createStructField(c.name() + Schema.LOWER_BOUND_SUFFIX, DataTypes.BooleanType, true));
        }
      }
      f.add(DataTypes.createStructField(P_COLUMN, DataTypes.StringType, true));
      f.add(DataTypes.createStructField(P_VALUE, DataTypes.StringType, true));
      f.add(DataTypes.createStructField(P_REASON, DataTypes.StringType, true));
      return DataTypes.createStructType(f);
    }

    RowBatch batch() {
      return RowBatch.start(label, Schema.Kind.POSTS, mappings, header, delimiter);
    }
  }

  /**
   * The layout of notes under {@code header}: the columns an empty batch builds, in its order.
   *
   * @throws org.kolscope.io.LoadException if a required column is missing (the loader's message)
   */
  static Layout layout(String label, Map<String, String> mappings, List<String> header, char delimiter) {
    RowBatch batch = RowBatch.start(label, Schema.Kind.POSTS, mappings, header, delimiter);
    List<org.kolscope.io.RepeatedColumn> repeated = batch.repeatedColumns();
    LoadResult empty = batch.finish("notes");
    List<Spec> specs = new ArrayList<>();
    for (Column<?> c : empty.table().columns()) {
      ColumnType t = Schema.TYPES.containsKey(c.name()) ? c.type() : ColumnType.STRING;
      specs.add(new Spec(c.name(), t.name(), Schema.COUNT_COLUMNS.contains(c.name())));
    }
    return new Layout(label, Map.copyOf(mappings), List.copyOf(header), delimiter, List.copyOf(specs),
        List.copyOf(empty.report().notes()), List.copyOf(repeated));
  }

  static DataType sparkType(ColumnType t) {
    if (t == ColumnType.LONG) {
      return DataTypes.LongType;
    }
    if (t == ColumnType.INTEGER) {
      return DataTypes.IntegerType;
    }
    if (t == ColumnType.DOUBLE) {
      return DataTypes.DoubleType;
    }
    if (t == ColumnType.BOOLEAN) {
      return DataTypes.BooleanType;
    }
    if (t == ColumnType.LOCAL_DATE_TIME) {
      return DataTypes.TimestampNTZType;
    }
    return DataTypes.StringType;
  }

  /** A conversion of some input to rows under a layout, run on the workers. */
  abstract static class Converting<T> implements FlatMapFunction<Iterator<T>, Row> {
    private static final long serialVersionUID = 1L;
    final Layout layout;

    Converting(Layout layout) {
      this.layout = layout;
    }
  }

  /** Lines of text with their 0-based index (line 0 is the header) → rows. */
  static final class FromLines extends Converting<Tuple2<RowBatch.Decoded, Long>> {
    private static final long serialVersionUID = 1L;
    private final String charset;

    /** @param charset the encoding the lines were decoded in (named when a line's bytes were bad) */
    FromLines(Layout layout, String charset) {
      super(layout);
      this.charset = charset;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<RowBatch.Decoded, Long>> in) {
      java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
      return new Batches(layout, (b, n) -> {
        int added = 0;
        while (added < n && in.hasNext()) {
          Tuple2<RowBatch.Decoded, Long> t = in.next();
          if (t._2() > 0) {
            RowBatch.Decoded d = t._1();
            if (d.badBytes() == null) {
              b.line(d.text(), t._2() + 1);
            } else {
              b.badLine(d.text(), t._2() + 1, d.badBytes(), cs);
            }
            added++;
          }
        }
        return in.hasNext();
      });
    }
  }

  /**
   * A whole CSV file (one per task) read by the loader's own reader → rows: for a file whose quoted
   * cells span lines. A file that is not on this machine's file system ({@code hdfs://}, {@code
   * s3a://}) is copied to a temporary file first; the file is closed and the copy deleted when the
   * task ends.
   */
  static final class FromFile extends Converting<Tuple2<String, PortableDataStream>> {
    private static final long serialVersionUID = 1L;
    private final String charset;
    private final boolean given;

    /**
     * @param charset the file's encoding
     * @param given whether the user gave it (rows with bytes not valid in it are rejected)
     */
    FromFile(Layout layout, String charset, boolean given) {
      super(layout);
      this.charset = charset;
      this.given = given;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> in) throws IOException {
      if (!in.hasNext()) {
        return java.util.Collections.emptyIterator();
      }
      Tuple2<String, PortableDataStream> f = in.next();
      if (in.hasNext()) {
        throw new LoadException(layout.label() + ": names several files (" + f._1() + ", "
            + in.next()._1() + ", …); give one CSV file, or a folder of Parquet parts");
      }
      URI uri = URI.create(f._1());
      Path copy = null;
      Path file;
      if ("file".equals(uri.getScheme())) {
        file = Path.of(uri);
      } else {
        copy = Files.createTempFile("kolscope-", ".csv");
        try (InputStream s = f._2().open()) {
          Files.copy(s, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        file = copy;
      }
      RowBatch.Records records = RowBatch.Records.open(file, layout.delimiter(),
          java.nio.charset.Charset.forName(charset), given);
      Path temp = copy;
      Runnable done = () -> {
        records.close();
        if (temp != null) {
          temp.toFile().delete();
        }
      };
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener(new TaskCompletionListener() {
          @Override
          public void onTaskCompletion(TaskContext context) {
            done.run();
          }
        });
      }
      if (!records.header().stream().map(String::strip).toList()
          .equals(layout.header().stream().map(String::strip).toList())) {
        done.run();
        throw new LoadException(layout.label() + ": the header spans lines (a quoted name "
            + "with a line break); write the file as Parquet first (kolscope load " + layout.label()
            + " --out notes.parquet)");
      }
      return new Batches(layout, records::fill);
    }
  }

  /**
   * A CSV file whose quoted cells span lines, part by part ({@link RecordScan}): each part's lines
   * from its first record's line, with the end of its last record from the parts after it, read by
   * the loader's own CSV reader → rows.
   */
  static final class FromParts
      implements org.apache.spark.api.java.function.Function2<Integer, Iterator<RowBatch.Decoded>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;
    private final Layout layout;
    private final RecordScan scan;
    private final char eol;

    FromParts(Layout layout, RecordScan scan, char eol) {
      this.layout = layout;
      this.scan = scan;
      this.eol = eol;
    }

    @Override
    public Iterator<Row> call(Integer part, Iterator<RowBatch.Decoded> lines) {
      int p = part;
      RowBatch.Records records = RowBatch.Records.part(layout.label(), scan.slice(p, lines, eol),
          layout.header(), layout.delimiter(), eol, scan.offsets[p] + scan.skip[p], scan.reachesEnd[p]);
      return new Batches(layout, records::fill);
    }
  }

  /** Rows of text cells with their 0-based index (row i stands for line i + 2) → rows. */
  static final class FromCells extends Converting<Tuple2<Row, Long>> {
    private static final long serialVersionUID = 1L;

    FromCells(Layout layout) {
      super(layout);
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<Row, Long>> in) {
      return new Batches(layout, (b, n) -> {
        int added = 0;
        while (added < n && in.hasNext()) {
          Tuple2<Row, Long> t = in.next();
          String[] cells = new String[t._1().size()];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = t._1().isNullAt(i) ? null : t._1().getString(i);
          }
          b.row(cells, t._2() + 2);
          added++;
        }
        return in.hasNext();
      });
    }
  }

  /** Fills a batch with up to n inputs; says whether inputs remain. */
  interface Filler {
    boolean fill(RowBatch b, int n);
  }

  /** Converts {@link #BATCH} inputs at a time, emitting each batch's rows and report lines by line. */
  private static final class Batches implements Iterator<Row> {
    private final Layout layout;
    private final Filler filler;
    private boolean more = true;
    private List<Row> out = List.of();
    private int next;

    Batches(Layout layout, Filler filler) {
      this.layout = layout;
      this.filler = filler;
    }

    @Override
    public boolean hasNext() {
      while (next >= out.size() && more) {
        // a Spark task per core already: the batch's columns are built on this thread
        out = Parallel.sequentially(() -> {
          RowBatch b = layout.batch();
          more = filler.fill(b, BATCH);
          return rows(b.finish("notes"), b.keptLines(), b.disagreements());
        });
        next = 0;
      }
      return next < out.size();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.get(next++);
    }

    private List<Row> rows(LoadResult part, long[] lines, List<org.kolscope.io.RepeatedColumn.Disagreement> disagree) {
      Table t = part.table();
      List<Problem> problems = part.report().problems(); // sorted by line
      List<Row> rows = new ArrayList<>(t.rowCount() + problems.size());
      Column<?>[] cols = new Column<?>[layout.columns().size()];
      BooleanColumn[] flags = new BooleanColumn[cols.length];
      for (int i = 0; i < cols.length; i++) {
        Spec s = layout.columns().get(i);
        cols[i] = t.containsColumn(s.name()) ? t.column(s.name()) : null;
        String f = s.name() + Schema.LOWER_BOUND_SUFFIX;
        flags[i] = s.flagged() && t.containsColumn(f) && t.column(f) instanceof BooleanColumn b ? b : null;
      }
      int width = 5 + cols.length + (int) layout.columns().stream().filter(Spec::flagged).count();
      int p = 0;
      int d = 0;
      for (int r = 0; r < t.rowCount(); r++) {
        while (p < problems.size() && problems.get(p).line() <= lines[r]) {
          rows.add(problem(problems.get(p++), width));
        }
        Object[] v = new Object[width];
        v[0] = ROW;
        v[1] = lines[r];
        int k = 2;
        for (int i = 0; i < cols.length; i++) {
          Spec s = layout.columns().get(i);
          v[k++] = value(cols[i], s.type(), r);
          if (s.flagged()) {
            v[k++] = flags[i] == null ? Boolean.FALSE : flags[i].get(r);
          }
        }
        rows.add(RowFactory.create(v));
        while (d < disagree.size() && disagree.get(d).line() == lines[r]) {
          org.kolscope.io.RepeatedColumn.Disagreement x = disagree.get(d++);
          Object[] w = new Object[width];
          w[0] = DISAGREES;
          w[1] = x.line();
          w[width - 3] = Integer.toString(x.pair());
          w[width - 2] = x.values();
          rows.add(RowFactory.create(w));
        }
      }
      if (d < disagree.size()) {
        throw new IllegalStateException("a disagreement on line " + disagree.get(d).line()
            + ", not a row kept in its order");
      }
      while (p < problems.size()) {
        rows.add(problem(problems.get(p++), width));
      }
      return rows;
    }

    private static Row problem(Problem pr, int width) {
      Object[] v = new Object[width];
      v[0] = pr.severity().label();
      v[1] = pr.line();
      v[width - 3] = pr.column();
      v[width - 2] = pr.value();
      v[width - 1] = pr.reason();
      return RowFactory.create(v);
    }

    private static Object value(Column<?> c, ColumnType type, int r) {
      if (c == null) {
        return null;
      }
      if (type == ColumnType.STRING) {
        return c.getUnformattedString(r);
      }
      if (c.isMissing(r)) {
        return null;
      }
      if (type == ColumnType.LONG) {
        return ((LongColumn) c).getLong(r);
      }
      if (type == ColumnType.INTEGER) {
        return ((IntColumn) c).getInt(r);
      }
      if (type == ColumnType.DOUBLE) {
        return ((DoubleColumn) c).getDouble(r);
      }
      if (type == ColumnType.BOOLEAN) {
        return ((BooleanColumn) c).get(r);
      }
      if (type == ColumnType.LOCAL_DATE_TIME) {
        return ((DateTimeColumn) c).get(r);
      }
      return c.getUnformattedString(r);
    }
  }

  /** The report line a converted row of another kind than {@link #ROW} carries. */
  static Problem problem(Row row, String label) {
    int width = row.size();
    return new Problem(label, row.getLong(1), row.getString(width - 3), row.getString(width - 2),
        row.getString(width - 1), Problem.Severity.valueOf(row.getString(0).toUpperCase(java.util.Locale.ROOT)));
  }

  /** A kept row whose note_id an earlier kept row had, and that row's line. */
  record Repeat(long line, String id, long first) {
    /** The report line: the row kept (suspicious), or dropped (rejected, with {@code drop}). */
    Problem problem(String label, boolean drop) {
      return drop ? Problem.duplicateDropped(label, line, Schema.NOTE_ID, id, first)
          : Problem.duplicateKept(label, line, Schema.NOTE_ID, id, first);
    }
  }

  /**
   * Puts a repeat's report line where the loader puts it: after the report lines of earlier lines
   * and of its own line, but before its own line's trailing suspicious ones ("likes exceed
   * views"); {@code end} is where the lines of later lines start.
   */
  private static void insert(List<Problem> problems, int end, Problem repeat) {
    int at = end;
    while (at > 0 && problems.get(at - 1).line() == repeat.line()
        && problems.get(at - 1).severity() == Problem.Severity.SUSPICIOUS) {
      at--;
    }
    problems.add(at, repeat);
  }

  /**
   * Adds the repeats of note ids (by line) to report lines sorted by line, each where the loader
   * would have put it: as kept rows, or as rows dropped ({@code drop}; a dropped row's other
   * report lines are then not among {@code problems}, as the loader gives none).
   */
  static void insertRepeats(List<Problem> problems, List<Repeat> repeats, String label, boolean drop) {
    if (repeats.isEmpty()) {
      return;
    }
    List<Problem> out = new ArrayList<>(problems.size() + repeats.size());
    int p = 0;
    for (Repeat r : repeats) {
      while (p < problems.size() && problems.get(p).line() <= r.line()) {
        out.add(problems.get(p++));
      }
      insert(out, out.size(), r.problem(label, drop));
    }
    while (p < problems.size()) {
      out.add(problems.get(p++));
    }
    problems.clear();
    problems.addAll(out);
  }

  /** Of the note ids of a part (one column), how many are present and how many are ObjectIds. */
  static Iterator<long[]> objectIds(Iterator<Row> rows) {
    long present = 0;
    long derived = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (r.isNullAt(0)) {
        continue;
      }
      present++;
      if (NoteIds.localTime(r.getString(0), NoteIds.BEIJING) != null) {
        derived++;
      }
    }
    return List.of(new long[] {present, derived}).iterator();
  }

  /** One part of the kept rows on a worker, as the loader's table: the notes and their lines. */
  record Part(Table notes, long[] lines) {
    /** The rows (kept rows in line order) as a table; {@code published_at} derived if decided. */
    static Part of(Iterator<Row> rows, Layout layout, boolean derivePublishedAt) {
      Assembler a = new Assembler(layout, false, false); // kept rows only: no report lines to judge
      it.unimi.dsi.fastutil.longs.LongArrayList lines = new it.unimi.dsi.fastutil.longs.LongArrayList();
      while (rows.hasNext()) {
        Row r = rows.next();
        a.add(r);
        lines.add(r.getLong(1));
      }
      Table t = a.table("notes");
      if (derivePublishedAt) {
        NoteIds.putPublishedAt(t, NoteIds.BEIJING);
      }
      return new Part(t, lines.toLongArray());
    }
  }

  /** The driver side: rows in line order back into a Tablesaw table and report lines. */
  static final class Assembler {
    private final Layout layout;
    private final Column<?>[] cols;
    private final BooleanColumn[] flags;
    private final List<Problem> problems = new ArrayList<>();
    private long rejectedRows;
    private long lastRejected = Long.MIN_VALUE;
    /** Where a row carries its note_id (-1: no such column), and each id's first kept line. */
    private int idAt = -1;
    private final Object2LongOpenHashMap<String> firstLine = new Object2LongOpenHashMap<>();
    /** Whether a row repeating an earlier kept row's note_id is dropped (rejected), not kept. */
    private final boolean drop;
    /** The line of the last row dropped: its {@link #DISAGREES} rows, which follow it, are not counted. */
    private long droppedLine = Long.MIN_VALUE;
    private final Disagreements disagreements;

    Assembler(Layout layout) {
      this(layout, true, false);
    }

    /**
     * @param repeats whether to find note_id repeats (the driver's whole read) or not (a part)
     * @param drop whether a repeat is dropped, as the loader's {@code dropDuplicates}
     */
    Assembler(Layout layout, boolean repeats, boolean drop) {
      this.layout = layout;
      this.drop = drop;
      this.disagreements = new Disagreements(layout.repeated().size());
      cols = new Column<?>[layout.columns().size()];
      flags = new BooleanColumn[cols.length];
      int k = 2;
      for (int i = 0; i < cols.length; i++) {
        Spec s = layout.columns().get(i);
        cols[i] = create(s);
        if (repeats && s.name().equals(Schema.NOTE_ID)) {
          idAt = k;
        }
        k++;
        if (s.flagged()) {
          flags[i] = BooleanColumn.create(s.name() + Schema.LOWER_BOUND_SUFFIX);
          k++;
        }
      }
      firstLine.defaultReturnValue(-1);
    }

    private static Column<?> create(Spec s) {
      ColumnType t = s.type();
      if (t == ColumnType.LONG) {
        return LongColumn.create(s.name());
      }
      if (t == ColumnType.INTEGER) {
        return IntColumn.create(s.name());
      }
      if (t == ColumnType.DOUBLE) {
        return DoubleColumn.create(s.name());
      }
      if (t == ColumnType.BOOLEAN) {
        return BooleanColumn.create(s.name());
      }
      if (t == ColumnType.LOCAL_DATE_TIME) {
        return DateTimeColumn.create(s.name());
      }
      return StringColumn.create(s.name());
    }

    void add(Row row) {
      long line = row.getLong(1);
      if (DISAGREES.equals(row.getString(0))) {
        if (line != droppedLine) {
          disagreements.add(row);
        }
        return;
      }
      if (!ROW.equals(row.getString(0))) {
        Problem p = problem(row, layout.label());
        if (p.severity() == Problem.Severity.REJECTED && line != lastRejected) {
          rejectedRows++;
          lastRejected = line;
        }
        if (idAt < 0 || !p.isDuplicateKept()) {
          problems.add(p); // a repeat is judged below, over all parts, not within its batch
        }
        return;
      }
      if (repeatedId(row, line)) {
        return;
      }
      int k = 2;
      for (int i = 0; i < cols.length; i++) {
        append(cols[i], row, k++);
        if (flags[i] != null) {
          flags[i].append(!row.isNullAt(k) && row.getBoolean(k));
          k++;
        }
      }
    }

    /**
     * A kept row whose note_id an earlier kept row had, in any part: reported as the loader does,
     * in the loader's place among the line's report lines (after its notes, before "likes exceed
     * views"). Each batch sees only its own rows, so repeats across batches and partitions are
     * found here, on the driver, where all rows pass in line order.
     */
    private boolean repeatedId(Row row, long line) {
      if (idAt < 0 || row.isNullAt(idAt)) {
        return false;
      }
      String id = row.getString(idAt);
      long first = firstLine.putIfAbsent(id, line);
      if (first < 0) {
        return false;
      }
      if (!drop) {
        insert(problems, problems.size(), Problem.duplicateKept(layout.label(), line, Schema.NOTE_ID, id, first));
        return false;
      }
      // dropped: the loader gives the row no other report line (its own come before it here)
      while (!problems.isEmpty() && problems.get(problems.size() - 1).line() == line) {
        problems.remove(problems.size() - 1);
      }
      problems.add(Problem.duplicateDropped(layout.label(), line, Schema.NOTE_ID, id, first));
      rejectedRows++;
      lastRejected = line;
      droppedLine = line;
      return true;
    }

    private static void append(Column<?> c, Row row, int k) {
      boolean missing = row.isNullAt(k);
      if (c instanceof StringColumn s) {
        s.append(missing ? "" : row.getString(k));
      } else if (missing) {
        c.appendMissing();
      } else if (c instanceof LongColumn l) {
        l.append(row.getLong(k));
      } else if (c instanceof IntColumn i) {
        i.append(row.getInt(k));
      } else if (c instanceof DoubleColumn d) {
        d.append(row.getDouble(k));
      } else if (c instanceof BooleanColumn b) {
        b.append(row.getBoolean(k));
      } else if (c instanceof DateTimeColumn t) {
        t.append((LocalDateTime) row.get(k));
      }
    }

    /** The notes, with the loader's columns: a count's flags only where some count was a bound. */
    Table table(String name) {
      Table t = Table.create(name);
      for (int i = 0; i < cols.length; i++) {
        t.addColumns(cols[i]);
        if (flags[i] != null && flags[i].countTrue() > 0) {
          t.addColumns(flags[i]);
        }
      }
      return t;
    }

    List<Problem> problems() {
      return problems;
    }

    /** The disagreements of repeated columns on the rows kept (not on those dropped). */
    Disagreements disagreements() {
      return disagreements;
    }

    long rowsRead() {
      return cols.length == 0 ? rejectedRows : cols[0].size() + rejectedRows;
    }

    /** The rows rejected (lines with a rejected report line). */
    long rejectedRows() {
      return rejectedRows;
    }
  }
}
