package org.kolscope.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RowSource.Sink} for tests of row sources' hints: counts the rows (kept or rejected) and
 * writes down each {@link RowSource.Sink#expect} with the rows seen before it.
 */
public final class RecordingSink implements RowSource.Sink {
  /** Each hint, in order. */
  public final List<Long> hints = new ArrayList<>();
  /** The rows seen before the last hint, or -1 without one. */
  public long rowsAtHint = -1;
  /** The rows seen, kept or rejected. */
  public long rows;

  @Override
  public void header(List<String> names) {}

  @Override
  public void row(String[] cells, long line) {
    rows++;
  }

  @Override
  public void rejectRow(long line, String column, String value, String reason) {
    rows++;
  }

  @Override
  public void note(String text) {}

  @Override
  public void cellNote(long line, int column, String value, String reason) {}

  @Override
  public void expect(long rows) {
    hints.add(rows);
    rowsAtHint = this.rows;
  }
}
