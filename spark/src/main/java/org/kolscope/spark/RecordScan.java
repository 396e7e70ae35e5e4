package org.kolscope.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.kolscope.io.RowBatch;

/**
 * Where the records of a CSV file whose quoted cells span lines begin, part by part, so that such a
 * file is still read in parallel: each part of Spark's split (cut at line ends) is read by the
 * loader's own CSV reader from the first line that starts a record, and the record its last line
 * leaves open is finished with the next parts' first lines.
 *
 * <p>Whether a line starts a record depends on every line before it (a quoted cell goes on until
 * its closing quote), so one pass over each part works out both cases at once: the state at the
 * part's end if its first line starts a record, and if its first line goes on with a quoted cell
 * (then also those first lines, the end of a record begun before the part). The driver chains the
 * parts' answers from the header on, which gives each part's true start. The quoting followed is
 * RFC 4180's as the loader's reader (univocity-parsers) reads it: a cell that starts with {@code "}
 * is quoted, {@code ""} inside it is a quote, the closing quote is followed by the delimiter or the
 * line's end (a CR before LF allowed). A quote anywhere else (inside an unquoted cell, or text
 * after a closing quote) is read by that reader in ways this pass does not follow: such a file,
 * one whose header spans lines, one whose open record runs longer than {@link #MAX_CARRIED}
 * characters into the next part, a compressed file (not split) and a file with bytes not valid
 * in the encoding given are read in one task as before ({@link NoteRows.FromFile}).
 *
 * <p>Reference: Y. Shafranovich, "Common Format and MIME Type for Comma-Separated Values (CSV)
 * Files", RFC 4180, IETF, 2005, §2 (rules 5–7).
 */
final class RecordScan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A line ends a record (the next line starts one). */
  static final byte START = 0;
  /** A line ends inside a quoted cell (the next line goes on with it). */
  static final byte INSIDE = 1;
  /** The line holds quoting this pass does not follow. */
  static final byte IRREGULAR = 2;

  /**
   * The most characters of a record's end carried to the part before (per part, and in all): a
   * cell open for longer is almost always a quote never closed, which the one-task read reports.
   */
  static final long MAX_CARRIED = 8L << 20;

  // within a line: at a cell's start, in an unquoted cell, in a quoted cell, just after a quote in it
  private static final int CELL = 0;
  private static final int PLAIN = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE = 3;

  /** Each part's first line index in the file (the header is line index 0). */
  final long[] offsets;
  /** Each part's lines that end a record begun in an earlier part (skipped there, read before). */
  final long[] skip;
  /** Whether a part's slice reaches the file's end (its own lines, or the lines carried to it). */
  final boolean[] reachesEnd;
  /** The lines carried to each part: the end of its last record, from the parts after it. */
  final Broadcast<String[][]> carried;
  /** Why the file is read in one task instead (words that follow "a quoted cell spans lines"), or null. */
  final String oneTask;

  /**
   * {@link #oneTask} for a file Spark did not split: one task is all it would get anyway, not a
   * slow read.
   */
  static final String ONE_PART = "the file is one part of Spark's split";

  private RecordScan(long[] offsets, long[] skip, boolean[] reachesEnd,
      Broadcast<String[][]> carried) {
    this.offsets = offsets;
    this.skip = skip;
    this.reachesEnd = reachesEnd;
    this.carried = carried;
    this.oneTask = null;
  }

  private RecordScan(String oneTask) {
    this.offsets = null;
    this.skip = null;
    this.reachesEnd = null;
    this.carried = null;
    this.oneTask = oneTask;
  }

  /**
   * The state at the end of {@code line} (its text without the line end) when it begins in {@code
   * state} ({@link #START} or {@link #INSIDE}).
   */
  static byte after(byte state, String line, char delimiter) {
    int s = state == INSIDE ? QUOTED : CELL;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      switch (s) {
        case CELL:
          s = c == '"' ? QUOTED : c == delimiter ? CELL : PLAIN;
          break;
        case PLAIN:
          if (c == delimiter) {
            s = CELL;
          } else if (c == '"') {
            return IRREGULAR;
          }
          break;
        case QUOTED:
          if (c == '"') {
            s = QUOTE;
          }
          break;
        default: // QUOTE: an escaped quote, or the cell's end
          if (c == '"') {
            s = QUOTED;
          } else if (c == delimiter) {
            s = CELL;
          } else if (c == '\r' && i == n - 1) {
            s = CELL; // the CR of a CRLF line end
          } else {
            return IRREGULAR;
          }
      }
    }
    return s == QUOTED ? INSIDE : START;
  }

  /** One part's answers for both ways it may begin. */
  record Part(long lines, byte endFromStart, byte endFromInside, long headInside, String[] head,
      boolean headerSpans, boolean badBytes, long irregularFromStart, long irregularFromInside)
      implements Serializable {}

  /** Scans one part's lines ({@code first}: the part holding the header). */
  static Part scan(Iterator<RowBatch.Decoded> lines, char delimiter, boolean first) {
    long n = 0;
    byte s0 = START;
    byte s1 = INSIDE;
    long head = -1; // lines before the first record start, when the part begins inside a cell
    List<String> headText = new ArrayList<>();
    long headChars = 0;
    boolean headerSpans = false;
    boolean bad = false;
    long irr0 = -1; // the line (index in the part) where a beginning met quoting not followed
    long irr1 = -1;
    while (lines.hasNext()) {
      RowBatch.Decoded d = lines.next();
      String t = d.text();
      if (first && n == 0 && t.startsWith("\uFEFF")) {
        t = t.substring(1); // a byte-order mark before the header's first cell (maybe quoted)
      }
      bad |= d.badBytes() != null;
      byte before = s0;
      if (s0 != IRREGULAR) {
        s0 = after(s0, t, delimiter);
        irr0 = s0 == IRREGULAR ? n : irr0;
      }
      if (first && n == 0) {
        headerSpans = s0 == INSIDE;
      }
      if (head < 0) {
        if (headText != null) {
          headChars += t.length() + 1;
          if (headChars > MAX_CARRIED) {
            headText = null;
          } else {
            headText.add(t);
          }
        }
        if (s1 != IRREGULAR) {
          s1 = after(s1, t, delimiter);
          irr1 = s1 == IRREGULAR ? n : irr1;
        }
        if (s1 != INSIDE) {
          head = n + 1; // a record starts next (or this beginning is impossible: IRREGULAR)
        }
      } else if (s1 == before) {
        s1 = s0; // the same state before the line: the same from here on
      } else if (s1 != IRREGULAR) {
        s1 = after(s1, t, delimiter);
        irr1 = s1 == IRREGULAR ? n : irr1;
      }
      n++;
    }
    if (s1 == IRREGULAR && irr1 < 0) {
      irr1 = irr0; // the same as the other beginning from before that line
    }
    return new Part(n, s0, s1, head < 0 ? n : head,
        headText == null ? null : headText.toArray(new String[0]), headerSpans, bad, irr0, irr1);
  }

  /**
   * The parts' starts for {@code lines} (the file read with its own line end), or why the file
   * must be read in one task ({@link #oneTask}; see the class comment).
   *
   * @param reportBadBytes whether a line with bytes not valid in the encoding must be rejected
   *     naming them (an encoding given): such a file is read in one task
   */
  static RecordScan of(SparkSession spark, String path, JavaRDD<RowBatch.Decoded> lines,
      char delimiter, boolean reportBadBytes) {
    if (compressed(spark, path)) {
      return new RecordScan("the file is compressed, which Spark does not split");
    }
    if (lines.getNumPartitions() < 2) {
      return new RecordScan(ONE_PART);
    }
    List<Part> parts = lines.mapPartitionsWithIndex(
        (p, it) -> List.of(scan(it, delimiter, p == 0)).iterator(), true).collect();
    int k = parts.size();
    long[] offsets = new long[k];
    long[] skip = new long[k];
    byte[] starts = new byte[k];
    byte state = START;
    long before = 0;
    for (int p = 0; p < k; p++) {
      Part r = parts.get(p);
      if (r.headerSpans()) {
        return new RecordScan("the header spans lines");
      }
      if (reportBadBytes && r.badBytes()) {
        return new RecordScan("lines hold bytes not valid in the encoding given");
      }
      starts[p] = state;
      offsets[p] = before;
      if (state == INSIDE) {
        if (r.endFromInside() == IRREGULAR) {
          return irregular(before + r.irregularFromInside() + 1);
        }
        if (r.head() == null) {
          return tooLong(before + 1);
        }
        skip[p] = r.headInside();
        state = r.endFromInside();
      } else {
        if (r.endFromStart() == IRREGULAR) {
          return irregular(before + r.irregularFromStart() + 1);
        }
        skip[p] = p == 0 ? Math.min(1, r.lines()) : 0; // the header
        state = r.endFromStart();
      }
      before += r.lines();
    }
    String[][] carried = new String[k][];
    boolean[] reachesEnd = new boolean[k];
    for (int p = 0; p < k; p++) {
      List<String> c = new ArrayList<>();
      long chars = 0;
      int q = p + 1;
      for (; q < k && starts[q] == INSIDE; q++) {
        Part r = parts.get(q);
        for (String t : r.head()) {
          c.add(t);
          chars += t.length() + 1;
        }
        if (chars > MAX_CARRIED) {
          return tooLong(offsets[q] + 1);
        }
        if (skip[q] < r.lines()) {
          break; // a record starts in part q
        }
      }
      carried[p] = c.toArray(new String[0]);
      reachesEnd[p] = q >= k;
    }
    Broadcast<String[][]> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(carried);
    return new RecordScan(offsets, skip, reachesEnd, b);
  }

  private static RecordScan irregular(long line) {
    return new RecordScan(String.format(Locale.ROOT, "line %,d has a quote inside an unquoted cell or "
        + "text after a closing quote", line));
  }

  private static RecordScan tooLong(long line) {
    return new RecordScan(String.format(Locale.ROOT, "a quoted cell still open on line %,d goes on "
        + "for more than %,d characters (a quote never closed?)", line, MAX_CARRIED));
  }

  /**
   * Whether Spark reads the file through a compression codec, chosen by Hadoop's own rule (the
   * name's extension), as its text source does.
   */
  private static boolean compressed(SparkSession spark, String path) {
    return new org.apache.hadoop.io.compress.CompressionCodecFactory(
        spark.sparkContext().hadoopConfiguration()).getCodec(new org.apache.hadoop.fs.Path(path)) != null;
  }

  /**
   * The character that ends the file's lines, as the loader finds it: CR when its first 65,536
   * characters hold a CR and no LF (old Mac OS), else LF. A compressed file's text is looked at,
   * decompressed as Spark reads it.
   */
  static char lineEnd(SparkSession spark, String path, Charset charset) {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    org.apache.hadoop.io.compress.CompressionCodec codec =
        new org.apache.hadoop.io.compress.CompressionCodecFactory(conf).getCodec(p);
    try (InputStream raw = p.getFileSystem(conf).open(p);
        InputStream in = codec == null ? raw : codec.createInputStream(raw);
        Reader r = new java.io.InputStreamReader(in, charset)) {
      return RowBatch.lineEnd(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One part's slice as text: its lines from its first record start, then the lines carried to
   * it, each followed by {@code eol}. (Whether the file's last line has a line end changes nothing
   * the loader's reader gives: {@code SparkNotes_SpanningPartsTest}, a last record over two lines
   * after a blank line and without a line end.)
   */
  Reader slice(int part, Iterator<RowBatch.Decoded> lines, char eol) {
    for (long i = 0; i < skip[part] && lines.hasNext(); i++) {
      lines.next();
    }
    String[] more = carried.value()[part];
    return new LinesReader(new Iterator<>() {
      private int m;

      @Override
      public boolean hasNext() {
        return lines.hasNext() || m < more.length;
      }

      @Override
      public String next() {
        return lines.hasNext() ? lines.next().text() : more[m++];
      }
    }, eol);
  }

  /** Lines as one text, each followed by a line end. */
  private static final class LinesReader extends Reader {
    private final Iterator<String> lines;
    private final char eol;
    private String line;
    private int at;
    private boolean eolDue;

    LinesReader(Iterator<String> lines, char eol) {
      this.lines = lines;
      this.eol = eol;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        if (line != null && at < line.length()) {
          int k = Math.min(len - n, line.length() - at);
          line.getChars(at, at + k, buf, off + n);
          at += k;
          n += k;
        } else if (eolDue) {
          buf[off + n++] = eol;
          eolDue = false;
          line = null;
        } else if (lines.hasNext()) {
          line = lines.next();
          at = 0;
          eolDue = true;
        } else {
          line = null;
          break;
        }
      }
      return n == 0 ? -1 : n;
    }

    @Override
    public void close() {
      // the lines belong to Spark's task
    }
  }
}
