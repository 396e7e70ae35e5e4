package org.kolscope.io;

import com.univocity.parsers.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Schema;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The loader's row rules for an engine that splits one file into parts and converts each part
 * apart (Apache Spark, in the {@code spark} module): the same header mapping, count parsing
 * ({@link CountParser}), checks and report lines as {@link Loader#read}, batch by batch, so the two
 * paths cannot disagree on what a cell means or why a row is rejected.
 *
 * <pre>{@code
 * RowBatch b = RowBatch.start("notes.csv", Schema.Kind.POSTS, Map.of(), header);
 * for (...) b.line(text, lineNumber);       // or b.row(cells, lineNumber)
 * LoadResult part = b.finish("notes");       // this batch's rows and report lines
 * }</pre>
 *
 * <p>What a batch cannot see: a {@code note_id} that repeats a row of another batch is not
 * reported (the loader reports it as suspicious and keeps both rows, so no row differs), and a
 * quoted cell that spans lines must not be split between batches: cut a file at line ends only when
 * {@link #continuesPastLine} is false on every line, else read it whole with {@link Records}.
 */
public final class RowBatch {
  private final TableBuilder builder;
  private final String[] header;
  private final char delimiter;
  private CsvParser parser;
  private long[] given = new long[64];
  private int count;
  private long[] kept;

  private RowBatch(TableBuilder builder, String[] header, char delimiter) {
    this.builder = builder;
    this.header = header;
    this.delimiter = delimiter;
  }

  /**
   * A batch of rows under {@code header}, read as {@code kind}, with the user's column mappings.
   * A batch is one part of a file: for a column repeated in the header, its notes say the two were
   * not compared (only the whole file can say they agree on every row kept).
   *
   * @param fileLabel the file named in report lines and errors (not null)
   * @param kind what the rows are (null: guessed from the header, as the loader does)
   * @param mappings source header → canonical column, as {@link Loader#map}
   * @param header the header's cells
   * @param delimiter the delimiter of lines given to {@link #line}
   * @throws LoadException if a required column has no header (the loader's message)
   */
  public static RowBatch start(String fileLabel, Schema.Kind kind, Map<String, String> mappings,
      List<String> header, char delimiter) {
    TableBuilder b = new TableBuilder(Objects.requireNonNull(fileLabel, "fileLabel"), kind,
        HeaderMap.with(mappings), false).onePart();
    String[] h = header.toArray(new String[0]);
    CsvRows.unguardCells(h);
    b.header(java.util.Arrays.asList(h.clone()));
    return new RowBatch(b, h, delimiter);
  }

  /** The delimiter the loader would find in {@code headerLine}: comma, tab, semicolon or bar. */
  public static char sniffDelimiter(String headerLine) {
    try {
      return CsvRows.sniff(new StringReader(headerLine));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * The character that ends the lines of the text {@code r} starts, as the loader finds it: CR
   * when its first 65,536 characters hold a CR and no LF (old Mac OS), else LF.
   */
  public static char lineEnd(java.io.Reader r) throws IOException {
    return CsvRows.lineEnd(r);
  }

  /**
   * The names of a header line of delimited text, parsed as the loader parses a record; a cell
   * with no name is {@code ""}, as the loader takes it (it names the column {@code col_N}).
   */
  public static List<String> header(String line, char delimiter) {
    String[] r = CsvRows.lineParser(delimiter).parseLine(stripCr(line));
    List<String> names = new java.util.ArrayList<>();
    for (String cell : r == null ? new String[] {""} : r) {
      names.add(name(cell));
    }
    return List.copyOf(names);
  }

  /** A header cell as a name: {@code ""} for none. */
  private static String name(String cell) {
    return cell == null ? "" : cell;
  }

  /**
   * Adds one line of text (one record; blank lines are skipped as the loader skips them).
   *
   * @param line its line number in the file (the header is line 1)
   */
  public void line(String text, long line) {
    String[] rec = parse(text);
    if (rec == null || rec.length == 1 && (rec[0] == null || rec[0].isBlank()) && header.length > 1) {
      return;
    }
    row(rec, line);
  }

  /** One line's cells as the loader parses a record, or null for an empty line. */
  private String[] parse(String text) {
    if (parser == null) {
      parser = CsvRows.lineParser(delimiter);
    }
    return parser.parseLine(stripCr(text));
  }

  /** Notes that {@code line} was given to the batch (kept or rejected). */
  private void given(long line) {
    if (count == given.length) {
      given = java.util.Arrays.copyOf(given, count * 2);
    }
    given[count++] = line;
  }

  /**
   * One line's bytes in an encoding: its text, each sequence not valid in the encoding read as one
   * U+FFFD (as the loader reads it), and the first run of such bytes, or null when every byte is
   * valid.
   */
  public record Decoded(String text, String badBytes) implements java.io.Serializable {}

  /**
   * Decodes one line's bytes ({@code bytes[0, length)}, without its line end) as the loader decodes
   * a file in a given encoding.
   */
  public static Decoded decode(byte[] bytes, int length, Charset charset) {
    String fast = new String(bytes, 0, length, charset);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, null); // every sequence valid (a bad one reads as U+FFFD)
    }
    DecodingReader r = new DecodingReader(new java.io.ByteArrayInputStream(bytes, 0, length), charset, '\n');
    StringBuilder sb = new StringBuilder(length);
    char[] buf = new char[Math.max(16, length)];
    try {
      for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes in memory do not fail
    }
    DecodingReader.BadBytes bad = r.bad().peek();
    return new Decoded(sb.toString(), bad == null ? null : bad.hex());
  }

  /**
   * Adds one line whose bytes were not all valid in the encoding given ({@link #decode}): rejected
   * as the loader rejects it, naming the first cell that holds them and the bytes.
   *
   * @param badBytes {@link Decoded#badBytes()} (not null)
   */
  public void badLine(String text, long line, String badBytes, Charset charset) {
    String[] rec = parse(text);
    given(line);
    CsvRows.rejectNotInEncoding(builder, rec == null ? new String[] {""} : rec, line, header, badBytes,
        line, charset);
  }

  /**
   * The loader's failure when more than half of a file's {@code rows} hold bytes not valid in the
   * encoding given ({@code badRows} of them), or null.
   */
  public static LoadException mostlyNotIn(Path file, Charset charset, long badRows, long rows) {
    return CsvRows.mostlyNotIn(file, charset, badRows, rows);
  }

  /** The loader's failure for a header line holding {@code badBytes}, not valid in the encoding given. */
  public static LoadException badHeader(Path file, String badBytes, Charset charset) {
    return CsvRows.badHeader(file, 1, badBytes, charset);
  }

  /** Adds one record's cells; a record of another width than the header is rejected. */
  public void row(String[] cells, long line) {
    given(line);
    CsvRows.unguardCells(cells);
    CsvRows.align(builder, cells, line, line, header, delimiter);
  }

  /** This batch's table and report (its rows in the order given; report lines by line). */
  public LoadResult finish(String tableName) {
    Table t = builder.build(tableName);
    java.util.Set<Long> rejected = new java.util.HashSet<>();
    for (Problem p : builder.problems()) {
      if (p.severity() == Problem.Severity.REJECTED) {
        rejected.add(p.line());
      }
    }
    kept = java.util.Arrays.stream(given, 0, count).filter(l -> !rejected.contains(l)).toArray();
    if (kept.length != t.rowCount()) {
      throw new IllegalStateException(kept.length + " lines kept, " + t.rowCount() + " rows");
    }
    LoadReport r = new LoadReport(tableName, "csv", "UTF-8", builder.kind(), builder.rowsRead(),
        t.rowCount(), t.columnNames(), Map.of(), builder.problems(), builder.notes());
    return new LoadResult(t, r);
  }

  /**
   * The header's columns that map to a canonical column already read ({@code likes} and {@code
   * 点赞}), in the order of their notes: this batch's notes say they were {@linkplain
   * RepeatedColumn#notCompared() not compared}; {@link #disagreements()} over all batches give the
   * whole file's {@linkplain RepeatedColumn#note note}.
   */
  public List<RepeatedColumn> repeatedColumns() {
    return builder.repeatedColumns();
  }

  /**
   * The rows this batch kept on which a {@linkplain #repeatedColumns() repeated column} disagrees,
   * by line (a row later dropped as a repeat of a note id in another batch is among them).
   */
  public List<RepeatedColumn.Disagreement> disagreements() {
    return List.copyOf(builder.partDisagreements());
  }

  /** After {@link #finish}: the line of each row of its table. */
  public long[] keptLines() {
    if (kept == null) {
      throw new IllegalStateException("finish the batch first");
    }
    return kept.clone();
  }

  /**
   * Whether a record that starts with this line goes on past its end: a quoted cell is still open
   * (its opening quote at a cell's start, not yet closed; {@code ""} inside it is a quote), or the
   * line holds an odd number of quote characters. The second test errs towards yes, so a file for
   * which this is false on every line can be cut into parts at any line end.
   */
  public static boolean continuesPastLine(String line, char delimiter) {
    boolean quoted = false;
    boolean cellStart = true;
    int quotes = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quotes++;
      }
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            i++;
            quotes++;
          } else {
            quoted = false;
          }
        }
      } else if (c == delimiter) {
        cellStart = true;
        continue;
      } else if (cellStart && c == '"') {
        quoted = true;
      }
      cellStart = false;
    }
    return quoted || quotes % 2 == 1;
  }

  /**
   * A column outside the schema typed as the loader types it over a whole file (all booleans, all
   * counts, all numbers, else text; a count column may come with its {@code _lower_bound} flags):
   * for an engine whose batches carried such a column as text. The text of a batch that had typed
   * it already ({@code 12000} for {@code 1.2万}) reads the same way.
   */
  public static List<Column<?>> typed(StringColumn text) {
    ColumnConverter.Inferred c = new ColumnConverter.Inferred(text.name());
    for (int i = 0; i < text.size(); i++) {
      c.stage(text.isMissing(i) ? null : text.get(i));
      c.commit(i + 2L);
    }
    return c.build(text.size());
  }

  /** Adds a row {@link CsvRows} has aligned and unguarded already. */
  void aligned(String[] cells, long line) {
    given(line);
    builder.row(cells, line);
  }

  /**
   * A CSV file's rows as the loader reads them, into batches a given number of records at a
   * time: for a file whose quoted cells span lines, which cannot be cut into parts at line ends.
   * The file is read from its start in one piece, so rows, line spans and the reasons rows are
   * rejected are exactly the loader's.
   *
   * <pre>{@code
   * try (RowBatch.Records r = RowBatch.Records.open(path, null)) {
   *   RowBatch b = RowBatch.start(label, kind, mappings, r.header(), ',');
   *   while (r.fill(b, 10_000)) { ... b.finish(...) ...; b = RowBatch.start(...); }
   * }
   * }</pre>
   */
  public static final class Records implements AutoCloseable {
    private final List<String> header = new java.util.ArrayList<>();
    private final CsvRows.Cursor cursor;
    private RowBatch target;

    private static CsvRows file(Path file, Character delimiter, Charset charset, boolean given) {
      int bom;
      try {
        byte[] head = Inputs.head(file, 3);
        bom = Encodings.bomLength(head, head.length, charset);
      } catch (IOException e) {
        throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
      }
      return new CsvRows(file, charset, bom, delimiter, LoadProgress.NONE, given);
    }

    private Records(CsvRows rows) {
      cursor = rows.cursor(new RowSource.Sink() {
        @Override
        public void header(List<String> names) {
          names.forEach(n -> header.add(name(n)));
        }

        @Override
        public void row(String[] cells, long line) {
          target.aligned(cells, line);
        }

        @Override
        public void rejectRow(long line, String column, String value, String reason) {
          target.builder.rejectRow(line, column, value, reason);
        }

        @Override
        public void note(String text) {
          // the file's notes are the engine's to word (its read, its delimiter)
        }

        @Override
        public void cellNote(long line, int column, String value, String reason) {
          target.builder.cellNote(line, column, value, reason);
        }
      });
    }

    /**
     * Opens a UTF-8 (or gzip-compressed UTF-8) CSV file and reads its header.
     *
     * @param delimiter the delimiter, or null to find it as the loader does
     */
    public static Records open(Path file, Character delimiter) {
      return open(file, delimiter, StandardCharsets.UTF_8, false);
    }

    /**
     * Opens a CSV file in an encoding and reads its header.
     *
     * @param charset the file's encoding
     * @param given whether the user gave it: rows holding bytes not valid in it are then rejected
     *     as the loader rejects them (else the encoding was found valid for the whole file)
     */
    public static Records open(Path file, Character delimiter, Charset charset, boolean given) {
      return new Records(file(Objects.requireNonNull(file, "file"), delimiter,
          Objects.requireNonNull(charset, "charset"), given));
    }

    /**
     * The records of one part of a CSV file cut at line ends, the file's header read apart: the
     * rows, line numbers, line spans and reasons the whole file's read gives for them, provided the
     * part starts on a record's first line and ends at a record's end (or the file's).
     *
     * @param label the file, as report lines and errors name it
     * @param text the part's text, lines ending in {@code eol} as in the file (a CR before LF kept)
     * @param header the file's header cells ({@link #cells})
     * @param eol the character that ends the file's lines ({@code '\n'}, or {@code '\r'} in a
     *     file of CR line ends)
     * @param linesBefore the file's lines before the part (the part's first line is this + 1)
     * @param last whether the file ends in this part: only there may a quote be left open at the
     *     end (rejected as the loader rejects it); elsewhere that means the part was cut inside a
     *     record, an {@link IllegalStateException}
     */
    public static Records part(String label, java.io.Reader text, List<String> header,
        char delimiter, char eol, long linesBefore, boolean last) {
      String[] h = header.toArray(new String[0]);
      CsvRows.unguardCells(h);
      return new Records(CsvRows.part(Objects.requireNonNull(label, "label"),
          Objects.requireNonNull(text, "text"), h, delimiter, eol, linesBefore, last));
    }

    /** The header's cells as the loader reads them. */
    public List<String> header() {
      return List.copyOf(header);
    }

    /**
     * Adds up to {@code n} records to {@code batch} (a row each, or its report lines).
     *
     * @return whether records may remain
     */
    public boolean fill(RowBatch batch, int n) {
      target = Objects.requireNonNull(batch, "batch");
      for (int i = 0; i < n; i++) {
        if (!cursor.next()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void close() {
      cursor.close();
    }
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
