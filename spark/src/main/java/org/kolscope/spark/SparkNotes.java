package org.kolscope.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.kolscope.io.Encodings;
import org.kolscope.io.IoErrors;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadReport;
import org.kolscope.io.LoadResult;
import org.kolscope.io.Loader;
import org.kolscope.io.NoteIds;
import org.kolscope.io.Problem;
import org.kolscope.io.RowBatch;
import org.kolscope.core.Schema;
import scala.Tuple2;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Notes read with Apache Spark: every row converted and checked in parallel by the toolkit's own
 * row rules ({@link RowBatch}: the same header mapping, {@code CountParser} for {@code 1.2万},
 * {@code 10w+}, {@code 3,210}, the same reasons to reject), kept rows in {@link #notes()} and every
 * report line, rejected rows included, in {@link #problems()}.
 *
 * <pre>{@code
 * SparkNotes n = SparkNotes.read(spark, "notes.csv");            // or .parquet
 * n.problems().filter("severity = 'rejected'").write().csv("rejected");
 * LoadResult onDriver = n.collect();   // the table and report Loader.read gives, in file order
 * }</pre>
 *
 * <p>CSV is cut into parts at line ends, one record per line, each line decoded as the loader
 * decodes the file ({@link TextLines}: UTF-8 or GB18030 as found, or the encoding given). A file in which a
 * quoted cell goes on past a line end ({@link RowBatch#continuesPastLine}, one pass to find out) is
 * read in one task by the loader's own reader instead ({@link RowBatch.Records}), so its rows and
 * report lines are still the loader's; write such data as Parquet to read it in parallel. Columns
 * outside the schema are carried as text and typed in {@link #collect()} as the loader types them
 * over the whole file. Parquet columns of any type are read
 * as their text, so counts written as text ({@code 10万+}) are parsed as in a CSV, and a count's
 * {@code <count>_lower_bound} flag column (as {@link #notes()} writes it) marks it a bound; a row's
 * "line" is its row number + 1, as if the header were line 1.
 */
public final class SparkNotes {
  private final SparkSession spark;
  private final String label;
  private final String format;
  private final NoteRows.Layout layout;
  private final Dataset<Row> converted;
  private final List<String> fileNotes;
  private String slowRead;
  private boolean inLineOrder = true;
  /** How the text was decoded (null for Parquet and datasets): the report's words, the checks. */
  private TextLines text;
  /** Whether a row repeating an earlier kept row's note_id is dropped (rejected), not kept. */
  private boolean dropDuplicates;

  private SparkNotes(SparkSession spark, String label, String format, NoteRows.Layout layout,
      Dataset<Row> converted, List<String> fileNotes) {
    this.spark = spark;
    this.label = label;
    this.format = format;
    this.layout = layout;
    this.converted = converted;
    this.fileNotes = fileNotes;
  }

  /** Reads a notes file (CSV, or Parquet by its {@code .parquet} name) with default options. */
  public static SparkNotes read(SparkSession spark, String path) {
    return read(spark, path, Map.of(), null);
  }

  /**
   * Reads a notes file: Parquet when the name ends with {@code .parquet} (a file or a folder of
   * parts), else delimited text in the encoding found as the loader finds it.
   *
   * @param mappings source header → canonical column (as {@code --map}); not null
   * @param delimiter the CSV delimiter, or null to find it as the loader does
   * @throws LoadException for a file that is missing, empty, in no encoding found, or lacks a
   *     required column, with the loader's message
   */
  public static SparkNotes read(SparkSession spark, String path, Map<String, String> mappings,
      Character delimiter) {
    return read(spark, path, mappings, delimiter, null);
  }

  /**
   * As {@link #read(SparkSession, String, Map, Character)}, CSV text in a given encoding.
   *
   * @param encoding the text's encoding, as the loader's {@code encoding} (a row holding bytes not
   *     valid in it is rejected naming them), or null to find it as the loader does (UTF-8 unless a
   *     byte says otherwise, then UTF-8 or GB18030 over the whole file); one in which a line end is
   *     the byte {@code 0A}, so the file can be cut at line ends
   */
  public static SparkNotes read(SparkSession spark, String path, Map<String, String> mappings,
      Character delimiter, java.nio.charset.Charset encoding) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(mappings, "mappings");
    TextLines enc = checkLocal(path, encoding);
    String at = location(path);
    if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
      // the union of the parts' columns: a part whose counts have no bound lacks their
      // <count>_lower_bound flags (null here, read as not a bound)
      Dataset<Row> raw = spark.read().option("mergeSchema", "true").parquet(at);
      SparkNotes n = of(spark, raw, path, mappings, fileOrderIndex(raw));
      n.inLineOrder = false;
      return n;
    }
    try {
      return text(spark, path, at, mappings, delimiter, enc);
    } catch (TextLines.NotInGuess e) {
      if (path.contains("://")) {
        throw new LoadException(path + ": not UTF-8 text; give its encoding (e.g. --encoding GB18030)", e);
      }
      // a byte deep in the file is not UTF-8: read again in the encoding of the whole file
      return text(spark, path, at, mappings, delimiter, TextLines.detected(Path.of(path)));
    }
  }

  /**
   * Where Spark reads {@code path}: a URI as given; a path (checked here as a file on this machine)
   * as its {@code file:} URI. Spark resolves a bare path on the session's default file system,
   * which the cluster's Hadoop configuration makes HDFS: the notes checked here would then be read
   * from another file of that name there, or not found.
   */
  static String location(String path) {
    return path.contains("://") ? path : Path.of(path).toAbsolutePath().toUri().toString();
  }

  /** @param at where Spark reads the file ({@link #location}); {@code path} names it in reports */
  private static SparkNotes text(SparkSession spark, String path, String at, Map<String, String> mappings,
      Character delimiter, TextLines enc) {
    // lines cut where the loader's reader cuts them: at its line end only (Spark's default also
    // cut at a lone CR inside a cell, and rejected the two halves of a row the loader keeps)
    char eol = RecordScan.lineEnd(spark, at, enc.charset);
    JavaRDD<RowBatch.Decoded> decoded = enc.read(spark, at, eol);
    List<RowBatch.Decoded> head = decoded.take(1);
    if (head.isEmpty()) {
      throw new LoadException(path + ": the file is empty (no header row)");
    }
    boolean guessed = enc.found == TextLines.Found.GUESSED;
    if (head.get(0).badBytes() != null) {
      throw guessed ? new TextLines.NotInGuess(enc.charset.name())
          : RowBatch.badHeader(Path.of(path), head.get(0).badBytes(), enc.charset);
    }
    String first = head.get(0).text();
    if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
      first = first.substring(1);
    }
    char d = delimiter != null ? delimiter : RowBatch.sniffDelimiter(first);
    List<String> header = RowBatch.header(first, d);
    NoteRows.Layout layout = NoteRows.layout(path, mappings, header, d);
    List<String> notes = new ArrayList<>();
    if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      notes.add("gzip-compressed: read decompressed"); // as the loader says it
    }
    JavaRDD<Row> rows;
    LineScan scan = LineScan.of(decoded, d, guessed);
    long spanning = scan.firstSpanning();
    String slow = null;
    if (spanning < 0) {
      rows = scan.numbered(decoded, new NoteRows.FromLines(layout, enc.charset.name()));
      notes.add("read by Apache Spark " + spark.version() + ", one record per line");
    } else {
      RecordScan parts = RecordScan.of(spark, at, decoded, d, enc.found == TextLines.Found.GIVEN);
      if (parts.oneTask == null) {
        rows = decoded.mapPartitionsWithIndex(new NoteRows.FromParts(layout, parts, eol), true);
        notes.add("read by Apache Spark " + spark.version() + " in " + rows.getNumPartitions()
            + " parts, by the loader's own CSV reader: a quoted cell spans lines (from line " + spanning
            + "), so each part is read from the first line that starts a record, and the record its "
            + "last line leaves open is finished with the next part's lines");
      } else {
        if (enc.found == TextLines.Found.GUESSED && !path.contains("://")) {
          // the loader's reader reads the whole file in one task: its encoding, over the whole file
          enc = TextLines.detected(Path.of(path));
        }
        rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(at)
            .mapPartitions(new NoteRows.FromFile(layout, enc.charset.name(),
                enc.found == TextLines.Found.GIVEN), true);
        String read = "read by Apache Spark " + spark.version() + " in one task, by the loader's own "
            + "CSV reader: a quoted cell spans lines (from line " + spanning + ") and " + parts.oneTask;
        if (!RecordScan.ONE_PART.equals(parts.oneTask)) {
          read += ", so the file cannot be cut into parts; for parallel reading write it as Parquet "
              + "(kolscope load " + path + " --out notes.parquet)";
          slow = read;
        }
        notes.add(read);
      }
    }
    SparkNotes n = new SparkNotes(spark, path, "csv", layout, spark.createDataFrame(rows, layout.schema()),
        notes);
    n.slowRead = slow;
    n.text = enc;
    return n;
  }

  /**
   * Notes from any dataset (a table, a Parquet or JSON read, a query): its columns' text goes
   * through the loader's row rules, the row number + 1 standing for the line.
   *
   * @param label the name report lines give the source
   */
  public static SparkNotes of(SparkSession spark, Dataset<Row> raw, String label,
      Map<String, String> mappings) {
    return of(spark, raw, label, mappings, null);
  }

  /**
   * The row's index in the loader's order of a Parquet file or folder: its parts in name order,
   * each in row order ({@code _metadata.row_index}), whatever order Spark's splits come in (it
   * packs the largest first). One small job counts each part's rows.
   */
  private static Column fileOrderIndex(Dataset<Row> raw) {
    Column file = functions.col("_metadata.file_path");
    List<Row> counts = raw.select(file.as("f")).groupBy("f").count().collectAsList();
    List<String[]> parts = new ArrayList<>();
    for (Row r : counts) {
      // the URI's path alone: Path.of(URI) knows file: only, and the parts may be on HDFS
      parts.add(new String[] {r.getString(0), Path.of(java.net.URI.create(r.getString(0)).getPath()).toString(),
          String.valueOf(r.getLong(1))});
    }
    parts.sort(java.util.Comparator.comparing(p -> Path.of(p[1]))); // as ParquetRows orders parts
    Column offset = functions.lit(0L);
    long before = 0;
    for (String[] p : parts) {
      offset = functions.when(file.equalTo(p[0]), functions.lit(before)).otherwise(offset);
      before += Long.parseLong(p[2]);
    }
    return offset.plus(functions.col("_metadata.row_index"));
  }

  private static SparkNotes of(SparkSession spark, Dataset<Row> raw, String label,
      Map<String, String> mappings, Column index) {
    // a count's lower-bound flag (as notes() writes it) goes back into the count's text: "10000+"
    List<String> all = List.of(raw.columns());
    List<String> header = new ArrayList<>();
    List<Column> text = new ArrayList<>();
    for (String c : all) {
      if (flagOf(c, all) != null) {
        continue;
      }
      Column t = functions.col("`" + c + "`").cast(DataTypes.StringType);
      String flag = c + Schema.LOWER_BOUND_SUFFIX;
      if (all.contains(flag)) {
        t = functions.when(functions.col("`" + flag + "`").cast(DataTypes.BooleanType),
            functions.concat(t, functions.lit("+"))).otherwise(t);
      }
      header.add(c);
      text.add(t.as(c));
    }
    NoteRows.Layout layout = NoteRows.layout(label, mappings, header, ',');
    JavaRDD<Tuple2<Row, Long>> indexed;
    if (index == null) {
      indexed = raw.select(text.toArray(new Column[0])).javaRDD().zipWithIndex().map(t -> t);
    } else {
      text.add(index.as("__kolscope_index"));
      int n = header.size();
      indexed = raw.select(text.toArray(new Column[0])).javaRDD().map(r -> {
        Object[] cells = new Object[n];
        for (int i = 0; i < n; i++) {
          cells[i] = r.get(i);
        }
        return new Tuple2<>(RowFactory.create(cells), r.getLong(n));
      });
    }
    JavaRDD<Row> rows = indexed.mapPartitions(new NoteRows.FromCells(layout), true);
    return new SparkNotes(spark, label, "parquet", layout, spark.createDataFrame(rows, layout.schema()),
        new ArrayList<>(List.of("read by Apache Spark " + spark.version())));
  }

  /** The count column whose lower-bound flag {@code c} is, when both are in {@code columns}. */
  private static String flagOf(String c, List<String> columns) {
    if (!c.endsWith(Schema.LOWER_BOUND_SUFFIX)) {
      return null;
    }
    String base = c.substring(0, c.length() - Schema.LOWER_BOUND_SUFFIX.length());
    return Schema.COUNT_COLUMNS.contains(base) && columns.contains(base) ? base : null;
  }

  /**
   * Rows whose {@code note_id} an earlier kept row has (in line order, over all partitions) are
   * dropped: not in {@link #notes()}, and reported as rejected with the loader's words, the first
   * row kept, as the loader's {@code dropDuplicates(true)} does. A dropped row gets no other
   * report line, as in the loader. Off by default (both rows kept, the repeat reported as
   * suspicious).
   */
  public SparkNotes dropDuplicates(boolean drop) {
    this.dropDuplicates = drop;
    return this;
  }

  /**
   * Keeps the converted rows (memory, spilling to disk) so that {@link #notes()}, {@link
   * #problems()} and {@link #collect()} convert the file once.
   */
  public SparkNotes cache() {
    converted.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /**
   * The rows kept, one per note: the canonical columns in the loader's types (counts as long,
   * {@code published_at} as a timestamp without zone, amounts as double), a {@code
   * <count>_lower_bound} flag per count column, and {@code line}, the row's source line.
   */
  public Dataset<Row> notes() {
    return keptRows()
        .drop(NoteRows.KIND, NoteRows.P_COLUMN, NoteRows.P_VALUE, NoteRows.P_REASON)
        .withColumnRenamed(NoteRows.LINE, "line");
  }

  /**
   * Every report line as the loader writes it: {@code file, line, column, value, reason,
   * severity} with severity {@code rejected} (the row is not in {@link #notes()}), {@code
   * suspicious} or {@code note}. A note_id repeated in another part is reported as the loader
   * reports it (each part sees only its own rows; the repeats are found by {@code groupBy}).
   */
  public Dataset<Row> problems() {
    boolean hasIds = has(Schema.NOTE_ID);
    String file = label;
    Dataset<Row> own = reportLines();
    if (hasIds) { // the parts' own repeats: judged over all parts below
      own = own.filter((org.apache.spark.api.java.function.FilterFunction<Row>)
          r -> !NoteRows.problem(r, file).isDuplicateKept());
    }
    if (hasIds) { // a dropped row's own report lines: none, as in the loader
      own = withoutDropped(own);
    }
    Dataset<Row> lines = own.select(functions.lit(label).as("file"), functions.col(NoteRows.LINE).as("line"),
        functions.col(NoteRows.P_COLUMN).as("column"), functions.col(NoteRows.P_VALUE).as("value"),
        functions.col(NoteRows.P_REASON).as("reason"), functions.col(NoteRows.KIND).as("severity"));
    if (!hasIds) {
      return lines;
    }
    boolean drop = dropDuplicates;
    JavaRDD<Row> repeatLines = repeats().javaRDD().map(r -> {
      Problem p = repeat(r).problem(file, drop);
      return org.apache.spark.sql.RowFactory.create(p.file(), p.line(), p.column(), p.value(),
          p.reason(), p.severity().label());
    });
    return lines.unionByName(spark.createDataFrame(repeatLines, lines.schema()));
  }

  /**
   * The notes on the driver as the loader gives them: a Tablesaw table in line order with the
   * loader's columns and types, and the load report (its counts and report lines over all parts).
   */
  public LoadResult collect() {
    try {
      return collectParts();
    } catch (Exception e) { // Spark's SparkException is checked, and thrown undeclared
      throw taskFailure(e);
    }
  }

  private LoadResult collectParts() {
    NoteRows.Assembler a = new NoteRows.Assembler(layout, true, dropDuplicates);
    Iterator<Row> it = converted.toLocalIterator();
    if (inLineOrder) {
      // partitions in file order, each in line order: no sort needed
      while (it.hasNext()) {
        a.add(it.next());
      }
    } else {
      List<Row> all = new ArrayList<>();
      it.forEachRemaining(all::add);
      inLineOrder(all).forEach(a::add);
    }
    Table t = a.table(Path.of(label).getFileName().toString());
    typeExtras(t);
    List<String> notes = new ArrayList<>(fileNotes);
    notes.addAll(layout.headerNotes(a.disagreements(), t.rowCount()));
    String derived = NoteIds.addPublishedAt(t, NoteIds.BEIJING);
    if (derived != null) {
      notes.add(derived);
    }
    Map<String, String> types = new LinkedHashMap<>();
    for (tech.tablesaw.columns.Column<?> c : t.columns()) {
      types.put(c.name(), c.type().name());
    }
    List<Problem> problems = a.problems();
    checkEncoding(problems, a.rowsRead());
    LoadReport r = new LoadReport(label, format, encodingLabel(), Schema.Kind.POSTS, a.rowsRead(),
        t.rowCount(), t.columnNames(), types, problems, notes);
    return new LoadResult(t, r);
  }

  /**
   * Converted rows in line order: as they come when the partitions are in file order, else sorted
   * in place (each partition is in line order, the partitions not: Spark packs a Parquet folder's
   * largest parts first); the sort is stable, so a line's report lines and row keep their order.
   */
  private List<Row> inLineOrder(List<Row> rows) {
    if (!inLineOrder) {
      rows.sort(java.util.Comparator.comparingLong(r -> r.getLong(r.fieldIndex(NoteRows.LINE))));
    }
    return rows;
  }

  /**
   * Columns outside the schema, carried as text by the parts, typed as the loader types them over
   * the whole file ({@link RowBatch#typed}).
   */
  private static void typeExtras(Table t) {
    for (String name : List.copyOf(t.columnNames())) {
      if (!Schema.TYPES.containsKey(name) && t.column(name) instanceof StringColumn s) {
        int at = t.columnIndex(name);
        t.removeColumns(name);
        List<tech.tablesaw.columns.Column<?>> typed = RowBatch.typed(s);
        for (int i = 0; i < typed.size(); i++) {
          t.insertColumn(at + i, typed.get(i));
        }
      }
    }
  }

  /**
   * The load report {@link #collect()} gives, computed where the rows are: only the report lines
   * (and the lines of repeated note ids) come to the driver, not the notes. The note_id repeats
   * are found over all parts ({@code groupBy} on the id), {@code published_at} is derived from the
   * note ids as the loader decides it over all rows.
   */
  public LoadReport report() {
    try {
      return reportOfParts();
    } catch (Exception e) { // Spark's SparkException is checked, and thrown undeclared
      throw taskFailure(e);
    }
  }

  /**
   * A failure of a task as the task threw it, not in Spark's words around it ("Job aborted due to
   * stage failure: Task 0 in stage 12.0 failed 1 times, most recent failure: Lost task …: "): the
   * loader's {@link LoadException} (the file, the line and why) wherever it is among the causes,
   * else the exception a task threw (the toolkit's {@code IllegalArgumentException}, say) that
   * Spark's failure carries as its cause; else {@code e}.
   */
  static RuntimeException taskFailure(Exception e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof LoadException l) {
        return l;
      }
    }
    t = e;
    for (int depth = 0; t instanceof org.apache.spark.SparkException && t.getCause() != null && depth < 20; depth++) {
      t = t.getCause();
    }
    if (t != e && t instanceof RuntimeException r && !(t instanceof org.apache.spark.SparkException)) {
      return r;
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }

  private LoadReport reportOfParts() {
    Dataset<Row> kept = keptRows();
    List<NoteRows.Repeat> found = new ArrayList<>();
    it.unimi.dsi.fastutil.longs.LongOpenHashSet dropped = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
    if (has(Schema.NOTE_ID)) {
      for (Row r : repeats().orderBy("line").collectAsList()) {
        found.add(repeat(r));
        if (dropDuplicates) {
          dropped.add(found.get(found.size() - 1).line());
        }
      }
    }
    // the report lines as the driver's Assembler takes them, without the rows (nor a dropped
    // row's own lines: the loader gives it none but the one that says it was dropped)
    NoteRows.Assembler lines = new NoteRows.Assembler(layout);
    for (Row row : inLineOrder(new ArrayList<>(reportLines().collectAsList()))) {
      if (!dropped.contains(row.getLong(row.fieldIndex(NoteRows.LINE)))) {
        lines.add(row);
      }
    }
    List<Problem> problems = new ArrayList<>(lines.problems());
    NoteRows.insertRepeats(problems, found, layout.label(), dropDuplicates);
    long rejected = lines.rejectedRows() + dropped.size();
    Row counts = counts(kept);
    long rows = counts.getLong(0);
    List<String> columns = new ArrayList<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (NoteRows.Spec s : layout.columns()) {
      columns.add(s.name());
      types.put(s.name(), s.type().name());
      String flag = s.name() + Schema.LOWER_BOUND_SUFFIX;
      if (s.flagged() && Boolean.TRUE.equals(counts.getAs(flag))) {
        columns.add(flag);
        types.put(flag, "BOOLEAN");
      }
    }
    List<String> notes = new ArrayList<>(fileNotes);
    notes.addAll(layout.headerNotes(disagreements(), rows));
    long[] ids = derivesPublishedAt() ? objectIdCounts() : null;
    if (ids != null) {
      notes.add(NoteIds.derivedText(ids[1], rows, NoteIds.BEIJING));
      Table empty = Table.create("notes");
      for (String c : columns) {
        empty.addColumns(tech.tablesaw.api.StringColumn.create(c));
      }
      NoteIds.putPublishedAt(empty, NoteIds.BEIJING);
      columns = empty.columnNames();
      Map<String, String> t = new LinkedHashMap<>();
      for (String c : columns) {
        t.put(c, c.equals(Schema.PUBLISHED_AT) ? "LOCAL_DATE_TIME" : types.get(c));
      }
      types = t;
    }
    checkEncoding(problems, rows + rejected);
    return new LoadReport(label, format, encodingLabel(), Schema.Kind.POSTS, rows + rejected, rows,
        columns, types, problems, notes);
  }

  /** The encoding in the report's words, as the loader's ({@code ""} for Parquet). */
  private String encodingLabel() {
    return text == null ? "" : text.label();
  }

  /**
   * Fails as the loader fails when more than half the rows hold bytes not valid in the encoding
   * given: the encoding is wrong, not a few rows.
   */
  private void checkEncoding(List<Problem> problems, long rowsRead) {
    if (text == null || text.found != TextLines.Found.GIVEN) {
      return;
    }
    String tail = " are not " + text.charset.name() + " (the encoding given)";
    long bad = problems.stream().filter(p -> p.severity() == Problem.Severity.REJECTED
        && p.reason().startsWith("bytes ") && p.reason().endsWith(tail)).count();
    LoadException e = RowBatch.mostlyNotIn(Path.of(label), text.charset, bad, rowsRead);
    if (e != null) {
      throw e;
    }
  }

  /** Whether the rows' note ids give {@code published_at}, as the loader decides over all rows. */
  boolean derivesPublishedAt() {
    if (!has(Schema.NOTE_ID) || has(Schema.PUBLISHED_AT)) {
      return false;
    }
    long[] c = objectIdCounts();
    return NoteIds.derives(c[0], c[1]);
  }

  private long[] idCounts;

  /** Kept rows with a note id, and those whose id is a plausible ObjectId. */
  private long[] objectIdCounts() {
    if (idCounts == null) {
      idCounts = keptRows().select(functions.col(Schema.NOTE_ID)).javaRDD()
          .mapPartitions(NoteRows::objectIds).reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }
    return idCounts;
  }

  /** Whether the rows have the canonical column {@code name}. */
  private boolean has(String name) {
    return layout.columns().stream().anyMatch(c -> c.name().equals(name));
  }

  /**
   * In one pass over the kept rows: their number, then per count column with a bound flag (by the
   * flag's name) whether any row is a bound.
   */
  private Row counts(Dataset<Row> kept) {
    List<Column> more = new ArrayList<>();
    for (NoteRows.Spec s : layout.columns()) {
      if (s.flagged()) {
        String flag = s.name() + Schema.LOWER_BOUND_SUFFIX;
        more.add(functions.coalesce(functions.max(functions.col("`" + flag + "`")), functions.lit(false)).as(flag));
      }
    }
    return kept.agg(functions.count("*"), more.toArray(new Column[0])).first();
  }

  private static NoteRows.Repeat repeat(Row r) {
    return new NoteRows.Repeat(r.getLong(r.fieldIndex("line")), r.getString(r.fieldIndex("id")),
        r.getLong(r.fieldIndex("first")));
  }

  /** The kept rows whose note id an earlier kept row had: {@code line, id, first} (unordered). */
  private static Dataset<Row> repeats(Dataset<Row> kept) {
    Dataset<Row> ids = kept.filter(functions.col(Schema.NOTE_ID).isNotNull())
        .select(functions.col(Schema.NOTE_ID).as("id"), functions.col(NoteRows.LINE).as("line"));
    Dataset<Row> repeated = ids.groupBy("id").agg(functions.count("*").as("n"), functions.min("line").as("first"))
        .filter(functions.col("n").gt(1)).select("id", "first");
    return ids.join(functions.broadcast(repeated), "id")
        .filter(functions.col("line").notEqual(functions.col("first")));
  }

  /**
   * The kept rows, in the converted rows' layout ({@link NoteRows}); without the repeats of an
   * earlier kept row's note id when they are dropped ({@link #dropDuplicates}).
   */
  Dataset<Row> keptRows() {
    return has(Schema.NOTE_ID) ? withoutDropped(allKept()) : allKept();
  }

  /** The converted rows that are report lines (not kept rows, nor disagreements). */
  private Dataset<Row> reportLines() {
    return converted.filter(functions.not(functions.col(NoteRows.KIND).isin(NoteRows.ROW, NoteRows.DISAGREES)));
  }

  /**
   * Where the rows kept disagree on a column repeated in the header, counted where the rows are
   * (without the rows {@link #dropDuplicates} drops): per pair, how many and the first.
   */
  private Disagreements disagreements() {
    Disagreements d = new Disagreements(layout.repeated().size());
    if (layout.repeated().isEmpty()) {
      return d;
    }
    Dataset<Row> rows = converted.filter(functions.col(NoteRows.KIND).equalTo(NoteRows.DISAGREES));
    if (has(Schema.NOTE_ID)) {
      rows = withoutDropped(rows);
    }
    for (Row r : rows.groupBy(NoteRows.P_COLUMN).agg(functions.count("*"),
        functions.min(functions.struct(NoteRows.LINE, NoteRows.P_VALUE))).collectAsList()) {
      Row first = r.getStruct(2);
      d.add(Integer.parseInt(r.getString(0)), r.getLong(1), first.getLong(0), first.getString(1));
    }
    return d;
  }

  /** The rows the parts kept, repeats of note ids included. */
  private Dataset<Row> allKept() {
    return converted.filter(functions.col(NoteRows.KIND).equalTo(NoteRows.ROW));
  }

  private Dataset<Row> repeats;

  /**
   * The kept rows whose note id an earlier kept row had ({@link #repeats(Dataset)}), found once
   * (one pass over every id) and kept, as few as they are, for the report, the report lines and
   * each use of the kept rows when they are dropped.
   */
  private Dataset<Row> repeats() {
    if (repeats == null) {
      repeats = repeats(allKept()).persist(StorageLevel.MEMORY_AND_DISK());
    }
    return repeats;
  }

  /**
   * {@code rows} (converted rows, with their line) without those of the rows {@link
   * #dropDuplicates} drops; {@code rows} as they are when repeats are kept.
   */
  private Dataset<Row> withoutDropped(Dataset<Row> rows) {
    if (!dropDuplicates) {
      return rows;
    }
    Dataset<Row> dropped = repeats().select(functions.col("line").as("dropped_line"));
    return rows.join(dropped, rows.col(NoteRows.LINE).equalTo(dropped.col("dropped_line")), "left_anti");
  }

  /**
   * The kept rows in {@code partitions} parts by {@code kol_id} (every note of a KOL in one part),
   * each part in line order: the parts an audit computes on ({@link SparkAudit}).
   */
  JavaRDD<Row> byKol(int partitions) {
    return keptRows().repartition(partitions, functions.col(Schema.KOL_ID))
        .sortWithinPartitions(NoteRows.LINE).javaRDD();
  }

  /** How the rows were converted. */
  NoteRows.Layout layout() {
    return layout;
  }

  /** Lets Spark drop the rows {@link #cache} kept. */
  public SparkNotes unpersist() {
    converted.unpersist();
    if (repeats != null) {
      repeats.unpersist();
    }
    return this;
  }

  /**
   * Why the file was read in one task though Spark cut it into parts (a CSV whose quoting the
   * part-by-part read does not follow, compressed, …), in words for the user; null when it was read
   * in parallel or is one part anyway.
   */
  public String slowRead() {
    return slowRead;
  }

  /** The source's name in report lines. */
  public String label() {
    return label;
  }

  /** The session these notes belong to. */
  public SparkSession session() {
    return spark;
  }

  /** For a path on this machine: the loader's message when it is missing, a folder or empty. */
  /**
   * The first line (the header is line 1) on which a quoted cell may go on to the next line
   * ({@link RowBatch#continuesPastLine}), or -1 when no line does: one pass over the text.
   */
  /**
   * Checks a local file as the loader does and finds how to decode it (null for Parquet); a remote
   * one ({@code hdfs://}, {@code s3a://}) is Spark's to check, read in the encoding given or as
   * UTF-8.
   */
  private static TextLines checkLocal(String path, java.nio.charset.Charset encoding) {
    if (path.contains("://")) {
      return TextLines.of(Path.of(path.replaceFirst("^[a-zA-Z0-9+.-]+://", "")), new byte[0], 0, encoding);
    }
    Path p = Path.of(path);
    boolean parquet = path.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
    if (!Files.exists(p)) {
      throw new LoadException("cannot read " + path + ": "
          + IoErrors.cause(new NoSuchFileException(path), p));
    }
    if (Files.isDirectory(p) && !parquet) {
      throw new LoadException("cannot read " + path + ": is a directory");
    }
    if (Files.isDirectory(p)) {
      return null;
    }
    try {
      if (Files.size(p) == 0) {
        throw new LoadException(path + ": the file is empty (no header row)");
      }
      String whole = parquet ? null : Loader.readWhole(p);
      if (whole != null) {
        throw new LoadException(path + ": " + whole + ", which the spark engine does not read (it reads CSV text or "
            + "Parquet): read it with the loader (KolData.load), or write it as Parquet first "
            + "(kolscope load " + path + " --out notes.parquet)");
      }
      if (!parquet) {
        byte[] head = new byte[8192];
        int n;
        try (var in = Files.newInputStream(p)) {
          n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 2 && head[0] == 0x1f && (head[1] & 0xff) == 0x8b) {
          if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            // Spark decompresses by the name's extension only
            throw new LoadException(path + ": gzip-compressed but not named .gz; the spark engine "
                + "decompresses files named *.gz (rename it, gunzip it, or audit without --engine spark)");
          }
          head = gunzippedHead(p);
          n = head.length;
        }
        for (int i = 0; i < n; i++) {
          if (head[i] == 0 && Encodings.bom(head, n) == null && encoding == null) {
            throw new LoadException(path + ": a binary file, not text (a NUL byte at " + i
                + "); the spark engine reads CSV text or Parquet");
          }
        }
        return TextLines.of(p, head, n, encoding);
      }
      return null;
    } catch (IOException e) {
      throw new LoadException(IoErrors.cannotRead(p, e), e);
    }
  }

  /** The first 8 KB of a gzip file's text. */
  private static byte[] gunzippedHead(Path p) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
      return in.readNBytes(8192);
    } catch (java.util.zip.ZipException e) {
      throw new LoadException(p + ": a damaged gzip file: " + e.getMessage(), e);
    }
  }
}
