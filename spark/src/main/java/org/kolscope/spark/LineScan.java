package org.kolscope.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.kolscope.io.RowBatch;
import scala.Tuple2;

/**
 * One pass over a text file's lines before they are converted: how many lines each part holds
 * (so each line gets its number without the separate counting job of {@code zipWithIndex}), the
 * first line a quoted cell goes on past, and whether a guessed encoding failed on a line.
 *
 * @param offsets the index of each part's first line in the file (line 0 is the header)
 * @param firstSpanning the line number (1-based) of the first line a record goes on past, or -1
 */
record LineScan(long[] offsets, long firstSpanning) {

  /**
   * Scans {@code lines} in one job.
   *
   * @param guessed whether the encoding is a guess: a line whose bytes are not valid in it then
   *     throws {@link TextLines.NotInGuess} here, on the driver (a failed task is logged as an
   *     error)
   */
  static LineScan of(JavaRDD<RowBatch.Decoded> lines, char delimiter, boolean guessed) {
    List<long[]> parts = lines.mapPartitions(it -> {
      long n = 0;
      long spanning = -1;
      long bad = 0;
      while (it.hasNext()) {
        RowBatch.Decoded d = it.next();
        if (guessed && d.badBytes() != null) {
          bad++;
        }
        if (spanning < 0 && RowBatch.continuesPastLine(d.text(), delimiter)) {
          spanning = n;
        }
        n++;
      }
      return List.of(new long[] {n, spanning, bad}).iterator();
    }, true).collect();
    long[] offsets = new long[parts.size()];
    long before = 0;
    long first = -1;
    for (int p = 0; p < parts.size(); p++) {
      long[] part = parts.get(p);
      if (part[2] > 0) {
        throw new TextLines.NotInGuess("UTF-8");
      }
      offsets[p] = before;
      if (first < 0 && part[1] >= 0) {
        first = before + part[1] + 1;
      }
      before += part[0];
    }
    return new LineScan(offsets, first);
  }

  /** {@code convert} on each part's lines, each with its index in the file (as zipWithIndex). */
  JavaRDD<Row> numbered(JavaRDD<RowBatch.Decoded> lines,
      FlatMapFunction<Iterator<Tuple2<RowBatch.Decoded, Long>>, Row> convert) {
    long[] at = offsets;
    return lines.mapPartitionsWithIndex((p, it) -> convert.call(indexed(it, at[p])), true);
  }

  private static Iterator<Tuple2<RowBatch.Decoded, Long>> indexed(Iterator<RowBatch.Decoded> it,
      long start) {
    return new Iterator<>() {
      private long i = start;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Tuple2<RowBatch.Decoded, Long> next() {
        return new Tuple2<>(it.next(), i++);
      }
    };
  }
}
