package org.kolscope.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * One flat Parquet column's values as the text a CSV export of it would hold (a converter the
 * record reader calls with each value), so that the loader's row rules decide what a cell means
 * exactly as for a CSV: numbers in plain decimal ({@code 12000}, {@code 0.35}, {@code 12000.0};
 * never {@code 1.2E4}), decimals at their scale, dates in ISO form, date-times as {@code
 * 2025-05-02 11:36:53}, text as it is (a count written as text, {@code 1.2万}, is parsed by the
 * loader like any CSV cell). A dictionary page's values are made text once. A timestamp stored as a UTC instant (pandas' time-zone-aware
 * columns, Spark's INT96) is shown in the loader's zone, as the platform's local time a CSV
 * would hold; one stored without a zone is read as written.
 */
final class ColumnText extends PrimitiveConverter {
  private static final long JULIAN_EPOCH_DAY = 2_440_588; // the Julian day of 1970-01-01

  private final int index;
  private final PrimitiveType type;
  private final ZoneId zone;
  private final Cells record;
  /** A dictionary-encoded page's values as text, each made once (kol_id, content_type, …). */
  private String[] dictionary;

  /**
   * @param index the column's index in the record's cells
   * @param type its Parquet type
   * @param zone where UTC instants are shown
   * @param record the record being read
   */
  ColumnText(int index, PrimitiveType type, ZoneId zone, Cells record) {
    this.index = index;
    this.type = type;
    this.zone = zone;
    this.record = record;
  }

  /** The cells of the record being read: one per column, null where the value is missing. */
  static final class Cells {
    String[] cells;
  }

  /** Whether the column stores instants (shown in the zone): for the load report's note. */
  boolean utcInstants() {
    return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96
        || type.getLogicalTypeAnnotation() instanceof TimestampLogicalTypeAnnotation t
            && t.isAdjustedToUTC();
  }

  @Override
  public boolean hasDictionarySupport() {
    return true;
  }

  @Override
  public void setDictionary(Dictionary d) {
    dictionary = new String[d.getMaxId() + 1];
    for (int id = 0; id < dictionary.length; id++) {
      dictionary[id] = switch (type.getPrimitiveTypeName()) {
        case INT32 -> int32(d.decodeToInt(id), type.getLogicalTypeAnnotation());
        case INT64 -> int64(d.decodeToLong(id), type.getLogicalTypeAnnotation());
        case FLOAT -> decimal(d.decodeToFloat(id), Float.toString(d.decodeToFloat(id)));
        case DOUBLE -> decimal(d.decodeToDouble(id), Double.toString(d.decodeToDouble(id)));
        case BOOLEAN -> Boolean.toString(d.decodeToBoolean(id));
        case INT96 -> int96(d.decodeToBinary(id));
        default -> binary(d.decodeToBinary(id), type.getLogicalTypeAnnotation());
      };
    }
  }

  @Override
  public void addValueFromDictionary(int id) {
    record.cells[index] = dictionary[id];
  }

  @Override
  public void addBoolean(boolean v) {
    record.cells[index] = Boolean.toString(v);
  }

  @Override
  public void addInt(int v) {
    record.cells[index] = int32(v, type.getLogicalTypeAnnotation());
  }

  @Override
  public void addLong(long v) {
    record.cells[index] = int64(v, type.getLogicalTypeAnnotation());
  }

  @Override
  public void addFloat(float v) {
    record.cells[index] = decimal(v, Float.toString(v));
  }

  @Override
  public void addDouble(double v) {
    record.cells[index] = decimal(v, Double.toString(v));
  }

  @Override
  public void addBinary(Binary v) {
    record.cells[index] = type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96
        ? int96(v) : binary(v, type.getLogicalTypeAnnotation());
  }

  private static String int32(int v, LogicalTypeAnnotation a) {
    if (a instanceof DateLogicalTypeAnnotation) {
      return LocalDate.ofEpochDay(v).toString();
    }
    if (a instanceof DecimalLogicalTypeAnnotation d) {
      return BigDecimal.valueOf(v, d.getScale()).toPlainString();
    }
    if (a instanceof TimeLogicalTypeAnnotation) {
      return LocalTime.ofNanoOfDay(v * 1_000_000L).toString();
    }
    if (a instanceof IntLogicalTypeAnnotation i && !i.isSigned()) {
      return Integer.toUnsignedString(v);
    }
    return Integer.toString(v);
  }

  private String int64(long v, LogicalTypeAnnotation a) {
    if (a instanceof TimestampLogicalTypeAnnotation t) {
      Instant i = instant(v, t.getUnit());
      return dateTime(LocalDateTime.ofInstant(i, t.isAdjustedToUTC() ? zone : ZoneOffset.UTC));
    }
    if (a instanceof DecimalLogicalTypeAnnotation d) {
      return BigDecimal.valueOf(v, d.getScale()).toPlainString();
    }
    if (a instanceof TimeLogicalTypeAnnotation t) {
      return LocalTime.ofNanoOfDay(t.getUnit() == TimeUnit.MICROS ? v * 1000 : v).toString();
    }
    if (a instanceof IntLogicalTypeAnnotation i && !i.isSigned()) {
      return Long.toUnsignedString(v);
    }
    return Long.toString(v);
  }

  private static Instant instant(long v, TimeUnit unit) {
    return switch (unit) {
      case MILLIS -> Instant.ofEpochMilli(v);
      case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000);
      case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
    };
  }

  /** INT96 (Impala's and old Spark's timestamps): nanoseconds of the day, then the Julian day. */
  private String int96(Binary b) {
    ByteBuffer buf = b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long nanos = buf.getLong();
    long day = buf.getInt() - JULIAN_EPOCH_DAY;
    Instant i = Instant.ofEpochSecond(day * 86_400L).plusNanos(nanos);
    return dateTime(LocalDateTime.ofInstant(i, zone));
  }

  /**
   * A date-time as the loader's first pattern reads it ({@code 2025-05-02 11:36:53}, with {@code
   * .SSS} when there are milliseconds): a table keeps milliseconds, and ISO's {@code T} form
   * (or micro- and nanoseconds) would be parsed on a slower path, or not at all.
   */
  private static String dateTime(LocalDateTime t) {
    return (t.getNano() / 1_000_000 == 0 ? SECONDS : MILLIS).format(t);
  }

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  /**
   * A finite number in plain decimal form with a fraction ({@code 1.0E7} as {@code 10000000.0},
   * as pandas writes a float column to CSV), so a column the loader types by its values stays
   * a DOUBLE column, and a count column reads it as the whole number it is.
   */
  private static String decimal(double v, String shortest) {
    if (!Double.isFinite(v)) {
      return shortest; // NaN, Infinity: the loader reports them as it does a CSV's
    }
    String s = new BigDecimal(shortest).toPlainString();
    return s.indexOf('.') < 0 ? s + ".0" : s;
  }

  private static String binary(Binary b, LogicalTypeAnnotation a) {
    if (a instanceof DecimalLogicalTypeAnnotation d) {
      return new BigDecimal(new BigInteger(b.getBytes()), d.getScale()).toPlainString();
    }
    if (a instanceof UUIDLogicalTypeAnnotation) {
      ByteBuffer u = b.toByteBuffer();
      return new UUID(u.getLong(), u.getLong()).toString();
    }
    return b.toStringUsingUTF8(); // text, with or without its annotation (old writers left it off)
  }
}
