package org.kolscope.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.datetimes.DateTimeColumnType;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

/**
 * Converts one column's raw cells: {@link #stage} parses a cell and says why it is bad (or null),
 * {@link #commit} appends the staged value once the whole row is accepted, {@link #build} makes
 * the Tablesaw column(s).
 */
abstract class ColumnConverter {
  final String name;
  int size;

  ColumnConverter(String name) {
    this.name = name;
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

  abstract void commit();

  abstract List<Column<?>> build(int rows);

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
    private long[] values = new long[1024];
    private boolean[] lower = new boolean[1024];
    private boolean anyLower;
    private long staged;
    private boolean stagedLower;

    Counts(String name) {
      super(name);
    }

    @Override
    String stage(String raw) {
      if (parser.parse(raw)) {
        staged = parser.value();
        stagedLower = parser.lowerBound();
        return null;
      }
      staged = Long.MIN_VALUE;
      stagedLower = false;
      return parser.missing() ? null : parser.error();
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
    void commit() {
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
    List<Column<?>> build(int rows) {
      long[] exact = Arrays.copyOf(values, size);
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
    private double[] values = new double[1024];
    private double staged;

    Amounts(String name) {
      super(name);
    }

    @Override
    String stage(String raw) {
      if (parser.parseNumber(raw)) {
        staged = parser.decimal();
        return staged < 0 ? "negative amount" : null;
      }
      staged = Double.NaN;
      return parser.missing() ? null : "not an amount (" + parser.error() + ")";
    }

    @Override
    boolean stagedMissing() {
      return Double.isNaN(staged);
    }

    @Override
    void commit() {
      if (size == values.length) {
        values = Arrays.copyOf(values, grow(size, size + 1));
      }
      values[size++] = staged;
    }

    @Override
    List<Column<?>> build(int rows) {
      return List.of(DoubleColumn.create(name, Arrays.copyOf(values, size)));
    }
  }

  /** Converters whose values are objects (null = missing): one buffer and commit for all. */
  abstract static class ObjectValues<T> extends ColumnConverter {
    Object[] values = new Object[1024];
    T staged;

    ObjectValues(String name) {
      super(name);
    }

    @Override
    boolean stagedMissing() {
      return staged == null;
    }

    @Override
    void commit() {
      if (size == values.length) {
        values = Arrays.copyOf(values, grow(size, size + 1));
      }
      values[size++] = staged;
    }

    /** The committed values as a text column (null → missing). */
    StringColumn strings() {
      // appending skips what set() does per cell on a pre-filled column: look up and un-count
      // the missing value it replaces in the dictionary
      StringColumn c = StringColumn.create(name);
      // Repeated texts (a KOL's id and name on every note) share one String: Tablesaw keeps a
      // column with many distinct values without a dictionary, one String reference per row, so
      // 10M notes of 500k KOLs would otherwise hold 10M copies of the ids. Given up (the map
      // dropped) once more than a quarter of the cells are distinct, as in a column of note ids.
      java.util.HashMap<String, String> shared = new java.util.HashMap<>();
      int limit = size / 4;
      for (int i = 0; i < size; i++) {
        String v = (String) values[i];
        values[i] = null; // built once: the row's own copy may go
        if (v == null) {
          c.appendMissing();
          continue;
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
   * Date-times: ISO ({@code 2024-03-01T12:30[:00]}), {@code 2024-03-01 12:30[:00]}, slashes or
   * dots for dashes, a date alone (midnight), Chinese {@code 2024年3月1日}, and epoch seconds (10
   * digits) or milliseconds (13 digits), read as UTC.
   */
  static final class DateTimes extends ColumnConverter {
    private static final DateTimeFormatter[] FORMATS = {
      DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss][.SSS]", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-M-d'T'H:mm[:ss][.SSS]", Locale.ROOT),
    };
    // packed as Tablesaw stores them (one long per row, not a LocalDateTime object per row)
    private long[] values = new long[1024];
    private LocalDateTime staged;

    DateTimes(String name) {
      super(name);
    }

    @Override
    boolean stagedMissing() {
      return staged == null;
    }

    @Override
    void commit() {
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
      String s = raw.strip().replace('/', '-').replace('.', '-')
          .replace("年", "-").replace("月", "-").replace("日", " ").strip();
      try {
        staged = parse(s);
        return null;
      } catch (DateTimeParseException | NumberFormatException e) {
        return "not a date-time (expected e.g. 2024-03-01 12:30:00)";
      }
    }

    /**
     * The fast path for the commonest form, exactly {@code yyyy-MM-dd HH:mm:ss} or {@code
     * yyyy-MM-dd HH:mm} with every field in range (year 1–9999, a day that exists in its month):
     * the value the formatters give, without their per-cell maps. Anything else (other forms,
     * out-of-range fields the formatters resolve or reject their own way) returns {@code null}
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
      if (t.indexOf(':') < 0) {
        return LocalDate.parse(t, DateTimeFormatter.ofPattern("yyyy-M-d", Locale.ROOT)).atStartOfDay();
      }
      DateTimeParseException last = null;
      for (DateTimeFormatter f : FORMATS) {
        try {
          return LocalDateTime.parse(t, f);
        } catch (DateTimeParseException e) {
          last = e;
        }
      }
      throw last;
    }

    @Override
    List<Column<?>> build(int rows) {
      return List.of(DateTimeColumn.createInternal(name, Arrays.copyOf(values, size)));
    }
  }

  /**
   * Columns outside the schema: kept as text, then typed at the end — LONG when every non-missing
   * cell is a count (and none has a leading zero, as ids like {@code 0012} do), DOUBLE when every
   * one is a number (including {@code 8%} → 0.08), text otherwise.
   */
  static final class Inferred extends ObjectValues<String> {

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
    List<Column<?>> build(int rows) {
      CountParser p = new CountParser();
      boolean counts = true;
      boolean numbers = true;
      boolean any = false;
      for (int i = 0; i < size && (counts || numbers); i++) {
        String v = (String) values[i];
        if (v == null || CountParser.isMissingMarker(v.strip())) {
          continue;
        }
        any = true;
        String s = v.strip();
        if (s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1))) {
          counts = false;
          numbers = false;
          break;
        }
        if (counts && !p.parse(v)) {
          counts = false;
        }
        if (numbers && !p.parseNumber(v)) {
          numbers = false;
        }
      }
      if (any && counts) {
        Counts c = new Counts(name);
        for (int i = 0; i < size; i++) {
          c.stage((String) values[i]);
          c.commit();
        }
        return c.build(rows);
      }
      if (any && numbers) {
        double[] d = new double[size];
        for (int i = 0; i < size; i++) {
          d[i] = p.parseNumber((String) values[i]) ? p.decimal() : Double.NaN;
        }
        return List.of(DoubleColumn.create(name, d));
      }
      return List.of(strings());
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
