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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.kolscope.io.IoErrors;
import org.kolscope.io.LoadException;
import org.kolscope.io.LoadReport;
import org.kolscope.io.LoadResult;
import org.kolscope.io.NoteIds;
import org.kolscope.io.Problem;
import org.kolscope.io.RowBatch;
import org.kolscope.core.Schema;
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
 * <p>CSV is read as UTF-8 text, one record per line (a quoted cell that spans lines is rejected
 * as a row of the wrong width; write such data as Parquet). Parquet columns of any type are read
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
   * parts), else delimited UTF-8 text.
   *
   * @param mappings source header → canonical column (as {@code --map}); not null
   * @param delimiter the CSV delimiter, or null to find it as the loader does
   * @throws LoadException for a file that is missing, empty, not UTF-8, or lacks a required column,
   *     with the loader's message
   */
  public static SparkNotes read(SparkSession spark, String path, Map<String, String> mappings,
      Character delimiter) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(mappings, "mappings");
    checkLocal(path);
    if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
      return of(spark, spark.read().parquet(path), path, mappings);
    }
    JavaRDD<String> lines = spark.read().textFile(path).javaRDD();
    List<String> head = lines.take(1);
    if (head.isEmpty()) {
      throw new LoadException(path + ": the file is empty (no header row)");
    }
    String first = head.get(0);
    if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
      first = first.substring(1);
    }
    char d = delimiter != null ? delimiter : RowBatch.sniffDelimiter(first);
    List<String> header = List.of(RowBatch.cells(first, d));
    NoteRows.Layout layout = NoteRows.layout(path, mappings, header, d);
    JavaRDD<Row> rows = lines.zipWithIndex().mapPartitions(new NoteRows.FromLines(layout), true);
    List<String> notes = new ArrayList<>();
    notes.add("read by Apache Spark " + spark.version() + ", one record per line");
    return new SparkNotes(spark, path, "csv", layout, spark.createDataFrame(rows, layout.schema()),
        notes);
  }

  /**
   * Notes from any dataset (a table, a Parquet or JSON read, a query): its columns' text goes
   * through the loader's row rules, the row number + 1 standing for the line.
   *
   * @param label the name report lines give the source
   */
  public static SparkNotes of(SparkSession spark, Dataset<Row> raw, String label,
      Map<String, String> mappings) {
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
    JavaRDD<Row> rows = raw.select(text.toArray(new Column[0])).javaRDD().zipWithIndex()
        .mapPartitions(new NoteRows.FromCells(layout), true);
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
    return converted.filter(functions.col(NoteRows.KIND).equalTo(NoteRows.ROW))
        .drop(NoteRows.KIND, NoteRows.P_COLUMN, NoteRows.P_VALUE, NoteRows.P_REASON)
        .withColumnRenamed(NoteRows.LINE, "line");
  }

  /**
   * Every report line as the loader writes it: {@code file, line, column, value, reason,
   * severity} with severity {@code rejected} (the row is not in {@link #notes()}), {@code
   * suspicious} or {@code note}.
   */
  public Dataset<Row> problems() {
    return converted.filter(functions.col(NoteRows.KIND).notEqual(NoteRows.ROW))
        .select(functions.lit(label).as("file"), functions.col(NoteRows.LINE).as("line"),
            functions.col(NoteRows.P_COLUMN).as("column"), functions.col(NoteRows.P_VALUE).as("value"),
            functions.col(NoteRows.P_REASON).as("reason"), functions.col(NoteRows.KIND).as("severity"));
  }

  /**
   * The notes on the driver as the loader gives them: a Tablesaw table in line order with the
   * loader's columns and types, and the load report (its counts and report lines over all parts).
   */
  public LoadResult collect() {
    NoteRows.Assembler a = new NoteRows.Assembler(layout);
    // partitions in file order, each in line order: no sort needed
    Iterator<Row> it = converted.toLocalIterator();
    while (it.hasNext()) {
      a.add(it.next());
    }
    Table t = a.table(Path.of(label).getFileName().toString());
    List<String> notes = new ArrayList<>(fileNotes);
    notes.addAll(layout.headerNotes());
    String derived = NoteIds.addPublishedAt(t, NoteIds.BEIJING);
    if (derived != null) {
      notes.add(derived);
    }
    Map<String, String> types = new LinkedHashMap<>();
    for (tech.tablesaw.columns.Column<?> c : t.columns()) {
      types.put(c.name(), c.type().name());
    }
    List<Problem> problems = a.problems();
    LoadReport r = new LoadReport(label, format, "UTF-8", Schema.Kind.POSTS, a.rowsRead(),
        t.rowCount(), t.columnNames(), types, problems, notes);
    return new LoadResult(t, r);
  }

  /** Lets Spark drop the rows {@link #cache} kept. */
  public SparkNotes unpersist() {
    converted.unpersist();
    return this;
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
  private static void checkLocal(String path) {
    if (path.contains("://")) {
      return; // hdfs://, s3a://: Spark says what is wrong
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
      return;
    }
    try {
      if (Files.size(p) == 0) {
        throw new LoadException(path + ": the file is empty (no header row)");
      }
      if (!parquet) {
        byte[] head = new byte[8192];
        int n;
        try (var in = Files.newInputStream(p)) {
          n = in.readNBytes(head, 0, head.length);
        }
        if (head[0] == 0x1f && (head[1] & 0xff) == 0x8b) {
          throw new LoadException(path + ": gzip-compressed; the spark engine reads plain UTF-8 "
              + "text or Parquet (gunzip it, or audit without --engine spark)");
        }
        if (!utf8(head, n)) {
          throw new LoadException(path + ": not UTF-8 text; the spark engine reads UTF-8 or "
              + "Parquet (convert it with 'iconv -f GB18030 -t UTF-8', or audit without --engine spark)");
        }
      }
    } catch (IOException e) {
      throw new LoadException(IoErrors.cannotRead(p, e), e);
    }
  }

  /** Whether the first {@code n} bytes decode as UTF-8 (a sequence cut at the end is allowed). */
  private static boolean utf8(byte[] b, int n) {
    var dec = StandardCharsets.UTF_8.newDecoder();
    var in = java.nio.ByteBuffer.wrap(b, 0, n);
    var out = java.nio.CharBuffer.allocate(n + 1);
    var r = dec.decode(in, out, false);
    if (r.isError()) {
      return false;
    }
    for (int i = 0; i < Math.min(n, 8192); i++) {
      if (b[i] == 0) {
        return false; // a binary file
      }
    }
    return true;
  }
}
