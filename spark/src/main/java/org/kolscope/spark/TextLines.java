package org.kolscope.spark;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.kolscope.io.Encodings;
import org.kolscope.io.LoadException;
import org.kolscope.io.RowBatch;

/**
 * A CSV file's lines as Spark cuts them (at line-end bytes), decoded as the loader decodes the
 * file: in the encoding given ({@code --encoding}), a row holding bytes not valid in it rejected
 * with those bytes named; else UTF-8 unless a byte says otherwise, then the encoding found over the
 * whole file ({@link Encodings#detect(Path)}: UTF-8 or GB18030), as the loader reads a file again
 * once its UTF-8 guess fails.
 *
 * <p>Only encodings in which a line end is the byte {@code 0A} (or {@code 0D}) and never part of
 * another character can be cut at line ends: UTF-8, GB18030, GBK, Big5, Shift_JIS, the ISO-8859
 * and Windows code pages. UTF-16 and UTF-32 are refused with what to do instead.
 */
final class TextLines {
  /** How the encoding was found. */
  enum Found {
    /** UTF-8 from the file's first bytes: confirmed over all lines, or the file is read again. */
    GUESSED,
    /** Found valid for the whole file (or named by its byte-order mark). */
    DETECTED,
    /** Given by the user: rows holding bytes not valid in it are rejected. */
    GIVEN
  }

  /** A line's bytes are not valid in the guessed encoding: the whole file is examined. */
  static final class NotInGuess extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotInGuess(String charset) {
      super("a line is not " + charset + ": the file's encoding is found over the whole file");
    }
  }

  final Charset charset;
  final Found found;
  final int bomLength;

  private TextLines(Charset charset, Found found, int bomLength) {
    this.charset = charset;
    this.found = found;
    this.bomLength = bomLength;
  }

  /**
   * The encoding to read a local file in.
   *
   * @param head the file's first bytes (decompressed)
   * @param given the encoding the user gave, or null
   */
  static TextLines of(Path file, byte[] head, int n, Charset given) {
    if (given != null) {
      requireLineEnds(file, given);
      return new TextLines(given, Found.GIVEN, Encodings.bomLength(head, n, given));
    }
    Encodings.Detected bom = Encodings.bom(head, n);
    if (bom != null) {
      requireLineEnds(file, bom.charset());
      return new TextLines(bom.charset(), Found.DETECTED, bom.bomLength());
    }
    if (utf8(head, n)) {
      return new TextLines(StandardCharsets.UTF_8, Found.GUESSED, 0);
    }
    return detected(file);
  }

  /** The encoding found over the whole file, as the loader finds it once UTF-8 fails. */
  static TextLines detected(Path file) {
    Encodings.Detected d;
    try {
      d = Encodings.detect(file);
    } catch (IllegalArgumentException e) {
      throw new LoadException(e.getMessage(), e);
    }
    requireLineEnds(file, d.charset());
    return new TextLines(d.charset(), Found.DETECTED, d.bomLength());
  }

  /** The report's words for the encoding, as the loader's. */
  String label() {
    return charset.name() + (bomLength > 0 ? " (BOM)" : "") + (found == Found.GIVEN ? " (given)" : "");
  }

  /**
   * The file's lines, decoded in a task each part as the loader decodes them (a guess is confirmed
   * on the driver, {@link LineScan}); line 0 is the header. Cut at {@code eol} only, as the
   * loader's reader cuts lines: a CR before LF is kept at the line's end, and a CR elsewhere is a
   * character of the line.
   */
  JavaRDD<RowBatch.Decoded> read(SparkSession spark, String path, char eol) {
    return decoded(spark.read().option("lineSep", String.valueOf(eol)).text(path));
  }

  private JavaRDD<RowBatch.Decoded> decoded(Dataset<Row> text) {
    String name = charset.name();
    boolean lenient = found == Found.DETECTED;
    return text.select(functions.col("value").cast(DataTypes.BinaryType))
        .javaRDD().mapPartitions(rows -> decoded(rows, Charset.forName(name), lenient), true);
  }

  /**
   * A part's lines (their bytes) decoded as they are taken. {@code lenient}: an encoding found for
   * the file as a whole (by detection, or named by a byte-order mark, which the loader does not
   * check further) is read as the loader reads it, a bad sequence as U+FFFD without a word.
   */
  private static Iterator<RowBatch.Decoded> decoded(Iterator<Row> rows, Charset cs, boolean lenient) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public RowBatch.Decoded next() {
        byte[] b = (byte[]) rows.next().get(0);
        return lenient ? new RowBatch.Decoded(new String(b, cs), null) : RowBatch.decode(b, b.length, cs);
      }
    };
  }

  private static void requireLineEnds(Path file, Charset cs) {
    if (!Encodings.asciiCompatible(cs)) {
      throw new LoadException(file + ": " + cs.name() + " text cannot be cut at line ends (a line end "
          + "is not the byte 0A there); the spark engine reads encodings such as UTF-8 and GB18030: "
          + "convert it (iconv -f " + cs.name() + " -t UTF-8) or audit without --engine spark");
    }
  }

  /** Whether the first {@code n} bytes decode as UTF-8 (a sequence cut at the end is allowed). */
  private static boolean utf8(byte[] b, int n) {
    var dec = StandardCharsets.UTF_8.newDecoder();
    var in = java.nio.ByteBuffer.wrap(b, 0, n);
    var out = java.nio.CharBuffer.allocate(n + 1);
    return !dec.decode(in, out, false).isError();
  }
}
