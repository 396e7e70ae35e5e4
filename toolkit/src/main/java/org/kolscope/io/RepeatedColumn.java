package org.kolscope.io;

/**
 * Two header columns that map to one canonical column ({@code likes} and {@code 点赞}): the first
 * is read, the second only compared with it, and the load report says on how many kept rows the
 * two disagree. Columns are numbered from 1, as a user counts them.
 *
 * @param name the canonical column's name, read from {@code column}
 * @param column where it is read from (1-based)
 * @param repeat the other header's name, as the report names it
 * @param repeatColumn where that one is (1-based)
 */
public record RepeatedColumn(String name, int column, String repeat, int repeatColumn)
    implements java.io.Serializable {

  /** What a part of a file says: it saw only its own rows, so it cannot say the two agree. */
  public String notCompared() {
    return name + " and " + repeat + " (both in the header): not compared, the file was read in parts; "
        + "'kolscope load FILE' compares them";
  }

  /**
   * The load report's note over the whole file.
   *
   * @param disagreeing the rows kept on which the two cells disagree
   * @param rowsKept the rows kept
   * @param firstLine the line of the first of them (ignored when none disagree)
   * @param firstValues its two cells, as {@code 'a' vs 'b'} (ignored when none disagree)
   */
  public String note(long disagreeing, long rowsKept, long firstLine, String firstValues) {
    if (disagreeing == 0) {
      return name + " and " + repeat + " agree on every row kept";
    }
    return name + " (column " + column + ") and " + repeat + " (column " + repeatColumn
        + ") disagree on " + disagreeing + " of " + rowsKept + " rows kept (first: line " + firstLine
        + ", " + firstValues + "); " + name + " is read from column " + column;
  }

  /**
   * A kept row of a part on which the two disagree ({@link RowBatch#disagreements()}): the parts'
   * rows together give the whole file's note.
   *
   * @param pair which of the batch's {@link RowBatch#repeatedColumns()} (0-based)
   * @param line the row's line
   * @param values its two cells, as {@code 'a' vs 'b'}
   */
  public record Disagreement(int pair, long line, String values) {}
}
