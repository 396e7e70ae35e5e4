package org.kolscope.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kolscope.core.Schema;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as CSV that {@link Loader} reads back to the same table: the one CSV writer of
 * KOLScope ({@code load --out}, the audit's {@code kols.csv} and {@code flags.csv}, {@code
 * generate}).
 *
 * <ul>
 *   <li>UTF-8 without a BOM, LF line ends, a header row of the column names;
 *   <li>RFC 4180 quoting: a field is quoted when it holds a comma, a double quote, CR or LF, or
 *       starts or ends with a space (so no reader trims it); quotes inside are doubled;
 *   <li>missing cells are empty;
 *   <li>doubles in the fewest significant digits that read back as the same double ({@link
 *       #number}); a whole value in a DOUBLE column the loader would not read as DOUBLE by its
 *       name keeps a {@code .0} ({@code 13157.0}), so the column loads back as DOUBLE, not LONG;
 *   <li>date-times as {@code yyyy-MM-dd HH:mm:ss}, with {@code .SSS} when there are milliseconds;
 *   <li>the formula-injection guard (OWASP, "CSV Injection"): a text cell — and a header name —
 *       that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR is written
 *       with a leading {@code '}, so a spreadsheet shows it as text instead of running it. A text
 *       that already starts with apostrophes before such a character gets one more. The loader
 *       removes exactly one leading {@code '} before such a character ({@link #unguard}), so the
 *       round trip is exact.
 * </ul>
 *
 * <p>What a CSV cannot carry: a column's width (INTEGER loads back as LONG), the type of a
 * column with no values at all (it loads back as text), infinities (written {@code inf} and
 * {@code -inf}, which the loader reports and reads as missing).
 */
public final class CsvOut {
  private CsvOut() {}

  /** Line end of every file written here. */
  public static final String LINE_END = "\n";

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  /**
   * Writes {@code table} to {@code file} (replaced if it exists; its folder must exist).
   *
   * @throws IOException if the file cannot be written ({@link IoErrors#cannotWrite} words it)
   */
  public static void write(Table table, Path file) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        Writer w = new BufferedWriter(
            new OutputStreamWriter(os, StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
      write(table, w);
    }
  }

  /** Writes {@code table} as CSV to {@code w} (not closed). */
  public static void write(Table table, Writer w) throws IOException {
    List<Column<?>> columns = table.columns();
    int n = columns.size();
    boolean[] wholeAsDecimal = new boolean[n];
    for (int i = 0; i < n; i++) {
      Column<?> c = columns.get(i);
      if (i > 0) {
        w.write(',');
      }
      w.write(field(guard(c.name())));
      wholeAsDecimal[i] = c.type().equals(ColumnType.DOUBLE) && !loadsAsDouble(c.name());
    }
    w.write(LINE_END);
    int rows = table.rowCount();
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(field(cell(columns.get(i), r, wholeAsDecimal[i])));
      }
      w.write(LINE_END);
    }
  }

  /**
   * Writes one row of raw fields (RFC 4180 quoting, no guard): for files that imitate another
   * tool's export.
   */
  public static void writeRow(Writer w, List<String> fields, String lineEnd) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(field(fields.get(i)));
    }
    w.write(lineEnd);
  }

  /** Whether the loader types a column of this name DOUBLE by the name alone (price_rmb, cost). */
  private static boolean loadsAsDouble(String name) {
    String t = HeaderMap.standard().target(name);
    return t != null && ColumnType.DOUBLE.equals(Schema.TYPES.get(t));
  }

  /**
   * The text of one cell, unquoted: empty when missing; a text guarded ({@link #guard}).
   *
   * @param wholeAsDecimal write a whole double with {@code .0}
   */
  static String cell(Column<?> c, int r, boolean wholeAsDecimal) {
    if (c.isMissing(r)) {
      return "";
    }
    if (c instanceof StringColumn s) {
      return guard(s.get(r));
    }
    if (c instanceof DoubleColumn d) {
      double v = d.getDouble(r);
      String s = number(v);
      return wholeAsDecimal && isPlainInteger(s) ? s + ".0" : s;
    }
    if (c instanceof FloatColumn f) {
      return new BigDecimal(Float.toString(f.getFloat(r))).stripTrailingZeros().toPlainString();
    }
    if (c instanceof LongColumn l) {
      return Long.toString(l.getLong(r));
    }
    if (c instanceof IntColumn n) {
      return Integer.toString(n.getInt(r));
    }
    if (c instanceof ShortColumn n) {
      return Short.toString(n.getShort(r));
    }
    if (c instanceof BooleanColumn b) {
      return Boolean.toString(b.get(r));
    }
    if (c instanceof DateTimeColumn dt) {
      return dateTime(dt.get(r));
    }
    Object v = c.get(r);
    String s = v == null ? "" : v.toString();
    return v instanceof CharSequence ? guard(s) : s;
  }

  private static boolean isPlainInteger(String s) {
    for (int i = s.charAt(0) == '-' ? 1 : 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code yyyy-MM-dd HH:mm:ss}, with {@code .SSS} when the time has a fraction of a second. */
  public static String dateTime(LocalDateTime t) {
    return (t.getNano() == 0 ? SECONDS : MILLIS).format(t);
  }

  /**
   * The RFC 4180 form of one field: quoted when it holds a comma, a double quote, CR or LF, or
   * starts or ends with a space; quotes inside doubled.
   */
  public static String field(String s) {
    boolean needs =
        !s.isEmpty()
            && (s.indexOf(',') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0
                || s.charAt(0) == ' '
                || s.charAt(s.length() - 1) == ' ');
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * The formula-injection guard: {@code "'" + text} when {@code text}, after any leading
   * apostrophes, starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR; else
   * {@code text}.
   */
  public static String guard(String text) {
    return triggers(text, 0) ? "'" + text : text;
  }

  /**
   * The inverse of {@link #guard}: without its first character when {@code cell} is apostrophes
   * followed by {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR; else {@code cell}.
   */
  public static String unguard(String cell) {
    return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && triggers(cell, 1)
        ? cell.substring(1)
        : cell;
  }

  /** Whether the text from {@code from}, after any apostrophes, starts with a trigger. */
  private static boolean triggers(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    if (i == s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * A double in the fewest significant digits that read back as the same double (the nearest
   * such decimal when two have as few digits): plain notation from 10⁻⁷ up to 10²¹ ({@code
   * 0.00027730394788474835}, {@code 1200}), scientific outside it ({@code 1.5E-8}, {@code
   * 1E21}); {@code -0} for negative zero, {@code inf}/{@code -inf} for infinities, empty for NaN.
   *
   * <p>Why not {@link Double#toString} alone: on Java 17 it sometimes gives a digit more than
   * needed (fixed in Java 19, JDK-4511638), and always a {@code .0} or an exponent the reader
   * then has to undo. Its digits are the starting point; fewer are tried while they still read
   * back as the same double (a decimal of p digits that does also works with p + 1, so a binary
   * search finds the fewest).
   */
  public static String number(double d) {
    if (Double.isNaN(d)) {
      return "";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return Double.doubleToRawLongBits(d) == 0 ? "0" : "-0";
    }
    BigDecimal v = shortest(d);
    int exponent = v.precision() - v.scale() - 1; // of the first significant digit
    if (exponent >= -7 && exponent < 21) {
      return v.toPlainString();
    }
    String digits = v.unscaledValue().abs().toString();
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (v.signum() < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    return sb.append('E').append(exponent).toString();
  }

  /** The decimal of fewest significant digits that reads back as {@code d} (finite, not 0). */
  static BigDecimal shortest(double d) {
    BigDecimal jdk = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int n = jdk.precision();
    if (n == 1) {
      return jdk;
    }
    BigDecimal best = fewer(jdk, d, n - 1);
    if (best == null) {
      return jdk; // the usual case: Double.toString's digits are already the fewest
    }
    int lo = 1;
    int hi = n - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      BigDecimal c = fewer(jdk, d, mid);
      if (c != null) {
        best = c;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return best.stripTrailingZeros();
  }

  /**
   * A decimal of {@code p} significant digits that reads back as {@code d}, or null. If one
   * exists, rounding {@code jdk} (which reads back as {@code d}) down or up to {@code p} digits
   * gives one: the doubles' rounding interval is convex. When both do, the one nearer the exact
   * value of {@code d}.
   */
  private static BigDecimal fewer(BigDecimal jdk, double d, int p) {
    BigDecimal down = jdk.round(new MathContext(p, RoundingMode.DOWN));
    BigDecimal up = jdk.round(new MathContext(p, RoundingMode.UP));
    boolean downOk = down.doubleValue() == d;
    boolean upOk = up.doubleValue() == d;
    if (downOk && upOk) {
      BigDecimal exact = new BigDecimal(d);
      return exact.subtract(down).abs().compareTo(up.subtract(exact).abs()) <= 0 ? down : up;
    }
    return downOk ? down : upOk ? up : null;
  }
}
