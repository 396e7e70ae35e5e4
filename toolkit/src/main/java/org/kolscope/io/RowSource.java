package org.kolscope.io;

import java.util.List;

/**
 * A file format's rows as raw text cells, each with its source line. Implementations read a
 * format ({@link CsvRows}, {@link JsonRows}, {@link XlsxRows}, and through {@link FormatReader}
 * formats of other modules); conversion to canonical types is done once for all of them by
 * {@link TableBuilder}. Public for {@link FormatReader} only.
 */
public interface RowSource {

  /** Receives the header and then each row; rows that cannot be aligned go to {@link #rejectRow}. */
  interface Sink {
    void header(List<String> names);

    /**
     * One data row: cells aligned to the header (null for absent), {@code line} its first source
     * line.
     */
    void row(String[] cells, long line);

    /** A row that could not be aligned to the header: it is rejected and reported. */
    void rejectRow(long line, String column, String value, String reason);

    /** A note about the file (its format, encoding, delimiter). */
    void note(String text);

    /**
     * A cell of the next row that is read as missing for a reason (an XLSX formula without a
     * saved value): reported as a note on that row.
     *
     * @param column the cell's index in the header
     */
    void cellNote(long line, int column, String value, String reason);

    /**
     * How many rows the file probably holds in all, estimated from its size once the first rows
     * are read, so buffers can be sized once instead of grown (a hint: more or fewer may come).
     * Does nothing by default.
     */
    default void expect(long rows) {}
  }

  /**
   * Reads everything into {@code sink}.
   *
   * @throws LoadException when the file cannot be read, naming it and why
   */
  void read(Sink sink);
}
