package org.kolscope.io;

import com.univocity.parsers.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

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
 * quoted cell that spans lines must not be split between batches (a record per line).
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
        HeaderMap.with(mappings), false);
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

  /** The cells of one line of delimited text, parsed as the loader parses a record. */
  public static String[] cells(String line, char delimiter) {
    CsvParser p = new CsvParser(CsvRows.settings(delimiter, '\n'));
    String[] r = p.parseLine(stripCr(line));
    return r == null ? new String[] {""} : r;
  }

  /**
   * Adds one line of text (one record; blank lines are skipped as the loader skips them).
   *
   * @param line its line number in the file (the header is line 1)
   */
  public void line(String text, long line) {
    if (parser == null) {
      parser = new CsvParser(CsvRows.settings(delimiter, '\n'));
    }
    String[] rec = parser.parseLine(stripCr(text));
    if (rec == null || rec.length == 1 && (rec[0] == null || rec[0].isBlank()) && header.length > 1) {
      return;
    }
    row(rec, line);
  }

  /** Adds one record's cells; a record of another width than the header is rejected. */
  public void row(String[] cells, long line) {
    if (count == given.length) {
      given = java.util.Arrays.copyOf(given, count * 2);
    }
    given[count++] = line;
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

  /** After {@link #finish}: the line of each row of its table. */
  public long[] keptLines() {
    if (kept == null) {
      throw new IllegalStateException("finish the batch first");
    }
    return kept.clone();
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
