package org.kolscope.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kolscope.core.CountParser;
import org.kolscope.core.Schema;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.NullDictionaryMap;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.datetimes.DateTimeColumnType;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

/**
 * Converts one column's raw cells: {@link #stage} parses a cell and says why it is bad (or null),
 * {@link #commit} appends the staged value once the whole row is accepted, {@link #build} makes
 * the Tablesaw column(s).
 */
abstract class ColumnConverter {
  /** First capacity of a column's buffer: small, so a file of 100,000 columns stays small. */
  static final int FIRST_CAPACITY = 16;

  final String name;
  int size;
  /** Cells kept as missing with a reason, found while building (type sniffing): line, value, why. */
  final List<CellNote> buildNotes = new ArrayList<>(0);

  /** A kept cell whose value became missing, with the reason (reported as a note). */
  record CellNote(long line, String value, String reason) {}

  ColumnConverter(String name) {
    this.name = name;
  }

  /** Why the staged cell, though accepted, is missing (e.g. it said {@code NaN}), or null. */
  String stagedNote() {
    return null;
  }

  /**
   * Whether {@code raw}, another column's cell read as this column's type, equals the staged
   * value (both missing counts as equal): used to compare a column repeated in the header.
   */
  boolean agrees(String raw) {
    String a = stagedText();
    String b = raw == null || raw.isBlank() ? null : raw.strip();
    return a == null ? b == null : a.strip().equals(b);
  }

  /** The staged value as text for a report ({@code ''} when missing). */
  String stagedShown() {
    String t = stagedText();
    return t == null ? "" : t;
  }

  /** The reason for a cell read as missing because it held a non-finite number. */
  static String nonFiniteNote(String kind) {
    return "not a finite number (" + kind + "): kept as missing";
  }

  static ColumnConverter forType(String name, ColumnType type) {
    if (type == null) {
      return new Inferred(name);
    }
    if (type == ColumnType.LONG) {
      return new Counts(name);
    }
    if (type == ColumnType.DOUBLE) {
      return new Amounts(name);
    }
    if (type == ColumnType.LOCAL_DATE_TIME) {
      return new DateTimes(name);
    }
    if (Schema.CONTENT_TYPE.equals(name)) {
      return new Texts(name, ColumnConverter::contentType);
    }
    if (Schema.COOPERATION.equals(name)) {
      return new Texts(name, ColumnConverter::cooperation);
    }
    return new Texts(name, String::strip);
  }

  /** Parses a cell into the staging slot; returns the reason it is bad, or null. */
  abstract String stage(String raw);

  /** Appends the staged value; {@code line} is the row's first line (for notes found later). */
  abstract void commit(long line);

  abstract List<Column<?>> build(int rows);

  /**
   * Makes room for {@code rows} values in all, at once (the file's estimated rows: buffers grown
   * by half again each time leave twice the column's size in garbage behind them).
   */
  abstract void reserve(int rows);

  boolean stagedMissing() {
    return false;
  }

  String stagedText() {
    return null;
  }

  long stagedLong() {
    return Long.MIN_VALUE;
  }

  static int grow(int length, int needed) {
    return Math.max(needed, length + (length >> 1) + 16);
  }

  /** Counts (LONG) with a lower-bound flag column when any cell had a {@code +}. */
  static final class Counts extends ColumnConverter {
    private final CountParser parser = new CountParser();
    /** Negative whole numbers allowed (a sniffed column: a change, a difference), not counts. */
    private final boolean signed;
    private long[] values = new long[FIRST_CAPACITY];
    private boolean[] lower = new boolean[FIRST_CAPACITY];
    private boolean anyLower;
    private long staged;
    private boolean stagedLower;
    private String stagedNote;

    Counts(String name) {
      this(name, false);
    }

    Counts(String name, boolean signed) {
      super(name);
      this.signed = signed;
    }

    @Override
    String stage(String raw) {
      stagedNote = null;
      if (parser.parse(raw)) {
        staged = parser.value();
        stagedLower = parser.lowerBound();
        return null;
      }
      if (signed && "negative count".equals(parser.error()) && parser.parse(raw.strip().substring(1))
          && parser.value() > 0) {
        staged = -parser.value();
        stagedLower = parser.lowerBound();
        return null;
      }
      staged = Long.MIN_VALUE;
      stagedLower = false;
      if (parser.nonFinite() != null) {
        stagedNote = nonFiniteNote(parser.nonFinite());
      }
      return parser.missing() ? null : parser.error();
    }

    @Override
    String stagedNote() {
      return stagedNote;
    }

    @Override
    boolean agrees(String raw) {
      long mine = staged;
      boolean ok = parser.parse(raw);
      return ok ? parser.value() == mine : parser.missing() && mine == Long.MIN_VALUE;
    }

    @Override
    String stagedShown() {
      return staged == Long.MIN_VALUE ? "" : Long.toString(staged);
    }

    @Override
    boolean stagedMissing() {
      return staged == Long.MIN_VALUE;
    }

    @Override
    long stagedLong() {
      return staged;
    }

    @Override
    void commit(long line) {
      if (size == values.length) {
        values = Arrays.copyOf(values, grow(size, size + 1));
        lower = Arrays.copyOf(lower, values.length);
      }
      values[size] = staged;
      lower[size] = stagedLower;
      anyLower |= stagedLower;
      size++;
    }

    @Override
    void reserve(int rows) {
      if (rows > values.length) {
        values = Arrays.copyOf(values, rows);
        lower = Arrays.copyOf(lower, rows);
      }
    }

    @Override
    List<Column<?>> build(int rows) {
      long[] exact = values.length == size ? values : Arrays.copyOf(values, size);
      values = null; // Tablesaw copies exact again: let the staging buffer go first
      LongColumn c = LongColumn.create(name, exact);
      if (!anyLower) {
        return List.of(c);
      }
      BooleanColumn b = BooleanColumn.create(name + Schema.LOWER_BOUND_SUFFIX, size);
      for (int i = 0; i < size; i++) {
        b.set(i, lower[i]);
      }
      return List.of(c, b);
    }
  }

  /** Money amounts (DOUBLE): counts' forms plus fractions and currency marks; not negative. */
  static final class Amounts extends ColumnConverter {
    private final CountParser parser = new CountParser();
    private double[] values = new double[FIRST_CAPACITY];
    private double staged;
    private String stagedNote;

    Amounts(String name) {
      super(name);
    }

    @Override
    String stage(String raw) {
      stagedNote = null;
      if (parser.parseNumber(raw)) {
        staged = parser.decimal();
        return staged < 0 ? "negative amount" : null;
      }
      staged = Double.NaN;
      if (parser.nonFinite() != null) {
        stagedNote = nonFiniteNote(parser.nonFinite());
      }
      return parser.missing() ? null : "not an amount (" + parser.error() + ")";
    }

    @Override
    String stagedNote() {
      return stagedNote;
    }

    @Override
    boolean agrees(String raw) {
      double mine = staged;
      boolean ok = parser.parseNumber(raw);
      return ok ? Double.compare(parser.decimal(), mine) == 0 : parser.missing() && Double.isNaN(mine);
    }

    @Override
    String stagedShown() {
      return Double.isNaN(staged) ? "" : CsvOut.number(staged);
    }

    @Override
    boolean stagedMissing() {
      return Double.isNaN(staged);
    }

    @Override
    void commit(long line) {
      if (size == values.length) {
        values = Arrays.copyOf(values, grow(size, size + 1));
      }
      values[size++] = staged;
    }

    @Override
    void reserve(int rows) {
      if (rows > values.length) {
        values = Arrays.copyOf(values, rows);
      }
    }

    @Override
    List<Column<?>> build(int rows) {
      double[] exact = values.length == size ? values : Arrays.copyOf(values, size);
      values = null;
      return List.of(DoubleColumn.create(name, exact));
    }
  }

  /** Converters whose values are objects (null = missing): one buffer and commit for all. */
  abstract static class ObjectValues<T> extends ColumnConverter {
    /**
     * Distinct values shared as committed, at least, before sharing may be given up: 2^18, so
     * that the ids of 500,000 KOLs in random order over 10M notes (still 71 % repeats when 2^18
     * are distinct, more later) are shared; with 2^16 (93 % new then) they were given up and every
     * row's id and name lived to the end of the load, a gigabyte at 10M notes.
     */
    static final int SHARE_FIRST = 1 << 18;
    Object[] values = new Object[FIRST_CAPACITY];
    T staged;
    /**
     * Each distinct value committed so far, so a repeated text (a KOL's id and name on each of its
     * notes) is held once from the start: the row's own copy dies young instead of living to the
     * end of the load. Given up (null) once more than {@value #SHARE_FIRST} values are distinct and
     * they are nine in ten of the rows so far or a quarter of the file's expected rows, as in a
     * column of note ids.
     */
    private java.util.HashMap<Object, Object> shared = new java.util.HashMap<>();
    private int expected;

    ObjectValues(String name) {
      super(name);
    }

    @Override
    boolean stagedMissing() {
      return staged == null;
    }

    @Override
    void commit(long line) {
      if (size == values.length) {
        values = Arrays.copyOf(values, grow(size, size + 1));
      }
      Object v = staged;
      if (v != null && shared != null) {
        Object first = shared.putIfAbsent(v, v);
        if (first != null) {
          v = first;
        } else if (shared.size() > SHARE_FIRST && (shared.size() * 10L > size * 9L
            || shared.size() > Math.max(expected, size) / 4)) {
          shared = null;
        }
      }
      values[size++] = v;
    }

    @Override
    void reserve(int rows) {
      expected = rows;
      if (rows > values.length) {
        values = Arrays.copyOf(values, rows);
      }
    }

    /** The committed values as a text column (null → missing). */
    StringColumn strings() {
      shared = null;
      // appending skips what set() does per cell on a pre-filled column: look up and un-count
      // the missing value it replaces in the dictionary
      StringColumn c = StringColumn.create(name);
      // While Tablesaw's column has a dictionary, it keeps one String per distinct value. A column
      // with many distinct values it turns into one without (NullDictionaryMap), one reference per
      // row, so 10M notes of 500k KOLs would hold 10M copies of the ids: from then on repeated
      // texts share one String here. Given up (the map dropped) once more than a quarter of the
      // cells left are distinct, as in a column of note ids. (Looked up here while the dictionary
      // lasts, every cell would be hashed and compared twice: a tenth of a 1M-note load.)
      java.util.HashMap<String, String> shared = null;
      boolean dictionary = true;
      int limit = 0;
      for (int i = 0; i < size; i++) {
        String v = (String) values[i];
        values[i] = null; // built once: the row's own copy may go
        if (v == null) {
          c.appendMissing();
          continue;
        }
        if (dictionary && c.getDictionary() instanceof NullDictionaryMap) {
          dictionary = false;
          shared = new java.util.HashMap<>();
          limit = (size - i) / 4;
        }
        if (shared != null) {
          String first = shared.putIfAbsent(v, v);
          if (first != null) {
            v = first;
          } else if (shared.size() > limit) {
            shared = null;
          }
        }
        c.append(v);
      }
      return c;
    }
  }

  /** Text, normalised by a function; blank is missing. */
  static final class Texts extends ObjectValues<String> {
    private final java.util.function.UnaryOperator<String> normalise;

    Texts(String name, java.util.function.UnaryOperator<String> normalise) {
      super(name);
      this.normalise = normalise;
    }

    @Override
    String stage(String raw) {
      staged = raw == null || raw.isBlank() ? null : normalise.apply(raw);
      return null;
    }

    @Override
    String stagedText() {
      return staged;
    }

    @Override
    List<Column<?>> build(int rows) {
      return List.of(strings());
    }
  }

  /**
   * Date-times: ISO ({@code 2024-03-01T12:30[:00][.000]}, an optional {@code Z}), {@code
   * 2024-03-01 12:30[:00]}, slashes or dots for dashes, a date alone (midnight), Chinese {@code
   * 2024年3月1日}, and epoch seconds (10 digits) or milliseconds (13 digits), read as UTC.
   *
   * <p>Every field must exist as written: {@code 2025-02-30}, month 13, hour 24 or minute 60 are
   * rejected with the reason in words ({@code no such date: February 2025 has 28 days}), never
   * moved to a nearby day as {@code java.time}'s default resolver does.
   */
  static final class DateTimes extends ColumnConverter {
    private static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter[] FORMATS = {
      DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss][.SSS]", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu-M-d'T'H:mm[:ss][.SSS]", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT),
    };
    /** The fields of the normalised text: year-month-day, then optionally hour:minute[:second]. */
    private static final Pattern FIELDS =
        Pattern.compile("(\\d{1,9})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:[.-]\\d+)?)?Z?");
    static final String NOT_A_DATE_TIME = "not a date-time (expected e.g. 2024-03-01 12:30:00)";

    // packed as Tablesaw stores them (one long per row, not a LocalDateTime object per row)
    private long[] values = new long[FIRST_CAPACITY];
    private LocalDateTime staged;

    DateTimes(String name) {
      super(name);
    }

    @Override
    boolean stagedMissing() {
      return staged == null;
    }

    @Override
    String stagedShown() {
      return staged == null ? "" : staged.toString();
    }

    @Override
    boolean agrees(String raw) {
      LocalDateTime mine = staged;
      String err = stage(raw);
      LocalDateTime other = staged;
      staged = mine;
      return err == null && java.util.Objects.equals(mine, other);
    }

    @Override
    void commit(long line) {
      if (size == values.length) {
        values = Arrays.copyOf(values, grow(size, size + 1));
      }
      values[size++] = staged == null ? DateTimeColumnType.missingValueIndicator()
          : PackedLocalDateTime.pack(staged);
    }

    @Override
    String stage(String raw) {
      staged = null;
      if (raw == null) {
        return null;
      }
      LocalDateTime plain = plain(raw);
      if (plain != null) {
        staged = plain;
        return null;
      }
      if (CountParser.isMissingMarker(raw.strip())) {
        return null;
      }
      String s = normalise(raw);
      try {
        staged = parse(s);
        return null;
      } catch (DateTimeParseException | NumberFormatException e) {
        String why = impossible(s);
        return why != null ? why : NOT_A_DATE_TIME;
      }
    }

    /** Dashes for slashes, dots and 年月, a space for 日: the form {@link #parse} reads. */
    static String normalise(String raw) {
      String s = raw.strip().replace('/', '-').replace('.', '-')
          .replace("年", "-").replace("月", "-").replace("日", " ").strip();
      // 2024年3月1日 12:30 leaves two spaces where 日 was
      return s.indexOf("  ") >= 0 ? s.replaceAll(" {2,}", " ") : s;
    }

    /**
     * The fast path for the commonest form, exactly {@code yyyy-MM-dd HH:mm:ss} or {@code
     * yyyy-MM-dd HH:mm} with every field in range (year 1–9999, a day that exists in its month):
     * the value the formatters give, without their per-cell maps. Anything else (other forms,
     * out-of-range fields, which the general path rejects with a reason) returns {@code null}
     * and takes the general path.
     */
    static LocalDateTime plain(String s) {
      int n = s.length();
      if ((n != 19 && n != 16) || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' '
          || s.charAt(13) != ':' || (n == 19 && s.charAt(16) != ':')) {
        return null;
      }
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 2);
      int day = digits(s, 8, 2);
      int hour = digits(s, 11, 2);
      int minute = digits(s, 14, 2);
      int second = n == 19 ? digits(s, 17, 2) : 0;
      if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
          || minute > 59 || second < 0 || second > 59
          || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
        return null;
      }
      return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The value of {@code len} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int len) {
      int v = 0;
      for (int i = from; i < from + len; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    /**
     * Parses a normalised date-time ({@link #normalise}); every field must exist.
     *
     * @throws DateTimeParseException for text that is not a date-time or names one that does not
     *     exist
     */
    static LocalDateTime parse(String s) {
      if (s.chars().allMatch(Character::isDigit) && (s.length() == 10 || s.length() == 13)) {
        long v = Long.parseLong(s);
        Instant i = s.length() == 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
      }
      String t = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
      // fraction separator was turned into '-' above when written with '.'; restore it
      int colon = t.lastIndexOf(':');
      if (colon > 0) {
        int dash = t.indexOf('-', colon);
        if (dash > 0) {
          t = t.substring(0, dash) + "." + t.substring(dash + 1);
        }
      }
      LocalDateTime v;
      if (t.indexOf(':') < 0) {
        v = LocalDate.parse(t, DATE).atStartOfDay();
      } else {
        v = null;
        DateTimeParseException last = null;
        for (DateTimeFormatter f : FORMATS) {
          try {
            v = LocalDateTime.parse(t, f);
            break;
          } catch (DateTimeParseException e) {
            last = e;
          }
        }
        if (v == null) {
          throw last;
        }
      }
      if (v.getYear() < 1) {
        throw new DateTimeParseException("year before 1", s, 0);
      }
      return v;
    }

    /**
     * Why a normalised text that has the shape of a date-time names none that exists ({@code no
     * such date: February 2025 has 28 days}), or null when the shape itself is wrong.
     */
    static String impossible(String s) {
      Matcher m = FIELDS.matcher(s);
      if (!m.matches()) {
        return null;
      }
      long year = Long.parseLong(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (year < 1 || year > 999_999_999) {
        return "no such date: there is no year " + year;
      }
      if (month < 1 || month > 12) {
        return "no such date: there is no month " + month;
      }
      Month mo = Month.of(month);
      int length = mo.length(Year.isLeap(year));
      String monthName = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      if (day < 1) {
        return "no such date: there is no day " + day;
      }
      if (day > length) {
        if (month == 2 && day == 29) {
          return "no such date: " + year + " is not a leap year (February has 28 days)";
        }
        return "no such date: " + monthName + " " + (month == 2 ? year + " " : "") + "has "
            + length + " days";
      }
      if (m.group(4) != null) {
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        if (hour > 23) {
          return "no such time: hour " + hour + " (a day has hours 0–23)";
        }
        if (minute > 59) {
          return "no such time: minute " + minute + " (0–59)";
        }
        if (m.group(6) != null && Integer.parseInt(m.group(6)) > 59) {
          return "no such time: second " + Integer.parseInt(m.group(6)) + " (0–59)";
        }
      }
      return null;
    }

    @Override
    void reserve(int rows) {
      if (rows > values.length) {
        values = Arrays.copyOf(values, rows);
      }
    }

    @Override
    List<Column<?>> build(int rows) {
      long[] exact = values.length == size ? values : Arrays.copyOf(values, size);
      values = null;
      return List.of(DateTimeColumn.createInternal(name, exact));
    }
  }

  /**
   * Columns outside the schema: kept as text, then typed at the end by what every non-missing
   * cell holds —
   *
   * <ul>
   *   <li>BOOLEAN: {@code true} or {@code false} (any case), as KOLScope and Tablesaw write them;
   *   <li>LONG: counts written as counts ({@code 3,210}, {@code 1.2万}, {@code 10万+}) or negative
   *       whole numbers ({@code -120}), none with a leading zero (ids like {@code 0012} stay text);
   *   <li>DOUBLE: numbers, when at least one is written as a decimal ({@code 3.75}, {@code
   *       12000.0}, {@code 2.5E-4}, {@code 1e6}) or a percentage ({@code 8%} → 0.08). A decimal
   *       point or an exponent is how pandas, R, Java and KOLScope's own writer mark a float, so
   *       a column of {@code 12000.0} is DOUBLE, not LONG: what such a writer wrote as a double
   *       loads back as a double;
   *   <li>text otherwise.
   * </ul>
   *
   * <p>{@code NaN} and infinities count as numbers; in a LONG or DOUBLE column they become missing
   * and each is reported ({@link #buildNotes}). In a text column they stay text.
   */
  static final class Inferred extends ObjectValues<String> {
    // rows (index, line) whose cell was NaN or an infinity: reported if the column is numeric
    private int[] nonFiniteRows = new int[0];
    private long[] nonFiniteLines = new long[0];
    private int nonFiniteCount;

    Inferred(String name) {
      super(name);
    }

    @Override
    String stage(String raw) {
      staged = raw;
      return null;
    }

    @Override
    boolean stagedMissing() {
      return false; // typed at the end; an inferred column is never required
    }

    @Override
    void commit(long line) {
      String v = staged;
      if (v != null && v.length() >= 3 && v.length() <= 12
          && CountParser.nonFiniteKind(v.strip()) != null) {
        if (nonFiniteCount == nonFiniteRows.length) {
          nonFiniteRows = Arrays.copyOf(nonFiniteRows, grow(nonFiniteCount, nonFiniteCount + 1));
          nonFiniteLines = Arrays.copyOf(nonFiniteLines, nonFiniteRows.length);
        }
        nonFiniteRows[nonFiniteCount] = size;
        nonFiniteLines[nonFiniteCount++] = line;
      }
      super.commit(line);
    }

    @Override
    List<Column<?>> build(int rows) {
      CountParser p = new CountParser();
      boolean booleans = true;
      boolean counts = true;
      boolean numbers = true;
      boolean decimals = false;
      boolean any = false;
      boolean anyNonFinite = false;
      for (int i = 0; i < size && (booleans || counts || numbers); i++) {
        String v = (String) values[i];
        if (v == null) {
          continue;
        }
        String s = v.strip();
        if (CountParser.isMissingMarker(s)) {
          continue;
        }
        if (CountParser.nonFiniteKind(s) != null) {
          anyNonFinite = true;
          booleans = false;
          continue;
        }
        any = true;
        if (booleans && !s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
          booleans = false;
        }
        int sign = s.charAt(0) == '-' ? 1 : 0;
        if (s.length() > sign + 1 && s.charAt(sign) == '0' && Character.isDigit(s.charAt(sign + 1))) {
          counts = false; // an id like 0012 (or -0012): text
          numbers = false;
          continue;
        }
        if (counts && !p.parse(v)
            && !("negative count".equals(p.error()) && p.parse(s.substring(1)) && p.value() > 0)) {
          counts = false;
        }
        if (counts && p.decimalNotation()) {
          decimals = true;
        }
        if (numbers) {
          if (!p.parseNumber(v)) {
            numbers = false;
          } else if (p.decimalNotation() || s.endsWith("%")) {
            decimals = true;
          }
        }
      }
      if (any && booleans) {
        BooleanColumn b = BooleanColumn.create(name, size);
        for (int i = 0; i < size; i++) {
          String v = (String) values[i];
          String s = v == null ? "" : v.strip();
          if (s.equalsIgnoreCase("true")) {
            b.set(i, true);
          } else if (s.equalsIgnoreCase("false")) {
            b.set(i, false);
          } else {
            b.setMissing(i);
          }
        }
        return List.of(b);
      }
      if (any && counts && !decimals) {
        reportNonFinite();
        Counts c = new Counts(name, true);
        for (int i = 0; i < size; i++) {
          c.stage((String) values[i]);
          c.commit(0);
        }
        return c.build(rows);
      }
      if ((any && numbers) || (!any && anyNonFinite)) {
        reportNonFinite();
        double[] d = new double[size];
        for (int i = 0; i < size; i++) {
          d[i] = p.parseNumber((String) values[i]) ? p.decimal() : Double.NaN;
        }
        return List.of(DoubleColumn.create(name, d));
      }
      return List.of(strings());
    }

    private void reportNonFinite() {
      for (int k = 0; k < nonFiniteCount; k++) {
        String v = (String) values[nonFiniteRows[k]];
        buildNotes.add(new CellNote(nonFiniteLines[k], v,
            nonFiniteNote(CountParser.nonFiniteKind(v.strip()))));
      }
    }
  }

  static String contentType(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "image":
      case "images":
      case "photo":
      case "picture":
      case "normal":
      case "图文":
      case "图片":
      case "笔记":
        return "image";
      case "video":
      case "视频":
      case "短视频":
        return "video";
      default:
        return raw.strip();
    }
  }

  static String cooperation(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "paid":
      case "付费":
      case "商业合作":
      case "报备":
      case "有偿":
        return "paid";
      case "gifted":
      case "gift":
      case "gifting":
      case "置换":
      case "赠送":
      case "寄拍":
      case "免费":
      case "无偿":
        return "gifted";
      default:
        return raw.strip();
    }
  }
}
