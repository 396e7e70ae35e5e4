package org.kolscope.io;

/**
 * One line of a load report: a rejected or suspicious row, or a note about the file.
 *
 * @param file the file's name as given
 * @param line 1-based physical line of the row's start (for XLSX the sheet row; for JSON the
 *     line where the record starts); 0 for a note about the whole file
 * @param column the column concerned (canonical name where mapped), or empty
 * @param value the raw text of the cell, or empty
 * @param reason why, in words
 * @param severity {@link Severity#REJECTED}: the row is not in the table; {@link
 *     Severity#SUSPICIOUS}: kept, but look at it; {@link Severity#NOTE}: information — on a row
 *     (line &gt; 0), a cell of a kept row read as missing for the reason given ({@code NaN}, a
 *     formula without a saved value)
 */
public record Problem(
    String file, long line, String column, String value, String reason, Severity severity) {

  /** What became of the row. */
  public enum Severity {
    REJECTED,
    SUSPICIOUS,
    NOTE;

    /** Lower-case name as shown in reports. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How a row whose id repeats an earlier kept row's is reported, kept or dropped (its reason begins so). */
  static final String DUPLICATE_KEPT = "duplicate id (first at line ";

  /**
   * The report line of a kept row whose id repeats an earlier kept row's: the loader's, and the
   * Spark path's for repeats across its partitions, written in one place.
   *
   * @param file the file
   * @param line the repeat's line
   * @param column the id column
   * @param id the id
   * @param firstLine the line of the row the id was first seen on
   * @return the report line (suspicious)
   */
  public static Problem duplicateKept(String file, long line, String column, String id,
      long firstLine) {
    return new Problem(file, line, column, id, DUPLICATE_KEPT + firstLine + "); both rows kept",
        Severity.SUSPICIOUS);
  }

  /**
   * The report line of a row dropped because its id repeats an earlier kept row's (the loader's
   * {@code dropDuplicates}, and the Spark path's over all its partitions): the row is rejected.
   *
   * @param file the file
   * @param line the repeat's line
   * @param column the id column
   * @param id the id
   * @param firstLine the line of the row kept with that id
   * @return the report line (rejected)
   */
  public static Problem duplicateDropped(String file, long line, String column, String id,
      long firstLine) {
    return new Problem(file, line, column, id, DUPLICATE_KEPT + firstLine + "); dropped",
        Severity.REJECTED);
  }

  /** Whether this is a {@link #duplicateKept} line. */
  public boolean isDuplicateKept() {
    return severity == Severity.SUSPICIOUS && reason.startsWith(DUPLICATE_KEPT)
        && reason.endsWith("); both rows kept");
  }

  /** {@code file:line: column 'value': reason (severity)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (!column.isEmpty()) {
      sb.append("column ").append(column);
      if (!value.isEmpty() || severity != Severity.NOTE) {
        sb.append(" '").append(abbreviate(value)).append('\'');
      }
      sb.append(": ");
    }
    return sb.append(reason).append(" (").append(severity.label()).append(')').toString();
  }

  static String abbreviate(String v) {
    String s = v.replace("\n", "\\n").replace("\r", "\\r");
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
