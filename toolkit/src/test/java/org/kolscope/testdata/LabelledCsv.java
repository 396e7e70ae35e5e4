package org.kolscope.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The labelled generators' CSV writer: UTF-8 without BOM, LF line ends, a header row, RFC 4180
 * quoting (a field is quoted when it holds a comma, a double quote, CR or LF; quotes are doubled),
 * missing values as empty fields, times as {@code yyyy-MM-dd HH:mm:ss}, whole doubles without a
 * fraction ({@code 1200}), other doubles with Java's shortest round-trip form.
 */
public final class LabelledCsv {
  private LabelledCsv() {}

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Writes {@code table} to {@code file} (its directory is created), replacing it. */
  public static Path write(Table table, Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(table, w);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The CSV text of {@code table}, exactly as {@link #write(Table, Path)} writes it. */
  public static String toCsv(Table table) {
    StringWriter w = new StringWriter();
    try {
      write(table, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void write(Table table, Writer w) throws IOException {
    for (int c = 0; c < table.columnCount(); c++) {
      if (c > 0) {
        w.write(',');
      }
      w.write(quote(table.column(c).name()));
    }
    w.write('\n');
    for (int r = 0; r < table.rowCount(); r++) {
      for (int c = 0; c < table.columnCount(); c++) {
        if (c > 0) {
          w.write(',');
        }
        w.write(cell(table.column(c), r));
      }
      w.write('\n');
    }
  }

  static String cell(Column<?> col, int r) {
    if (col.isMissing(r)) {
      return "";
    }
    if (col instanceof DateTimeColumn dt) {
      LocalDateTime t = dt.get(r);
      return TIME.format(t);
    }
    if (col instanceof DoubleColumn d) {
      double v = d.getDouble(r);
      if (v == StrictMath.rint(v) && Math.abs(v) < 1e15) {
        return Long.toString((long) v);
      }
      return Double.toString(v);
    }
    return quote(col.getString(r));
  }

  /** RFC 4180 quoting of one field. */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
