package org.kolscope.spark;

import org.apache.spark.sql.Row;
import org.kolscope.io.RepeatedColumn;

/**
 * Over all parts of a file, per {@linkplain NoteRows.Layout#repeated() repeated column}: on how many
 * kept rows its two cells disagree, and the first such row (its line and cells), from which the
 * load report's note is written as the loader writes it over the whole file.
 */
final class Disagreements {
  private final long[] count;
  private final long[] firstLine;
  private final String[] firstValues;

  Disagreements(int pairs) {
    count = new long[pairs];
    firstLine = new long[pairs];
    firstValues = new String[pairs];
    java.util.Arrays.fill(firstLine, Long.MAX_VALUE);
  }

  /** Adds a {@link NoteRows#DISAGREES} row. */
  void add(Row row) {
    int width = row.size();
    add(Integer.parseInt(row.getString(width - 3)), 1, row.getLong(1), row.getString(width - 2));
  }

  /** Adds {@code n} disagreements of pair {@code k}, the first of them on {@code line}. */
  void add(int k, long n, long line, String values) {
    count[k] += n;
    if (line < firstLine[k]) {
      firstLine[k] = line;
      firstValues[k] = values;
    }
  }

  /** The report's note on {@code r}, pair {@code k}, over {@code rowsKept} rows kept. */
  String note(RepeatedColumn r, int k, long rowsKept) {
    return r.note(count[k], rowsKept, firstLine[k], firstValues[k]);
  }
}
