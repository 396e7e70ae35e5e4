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
import java.util.UUID;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
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
 * One flat Parquet column's values as the text a CSV export of it would hold, so that the
 * loader's row rules decide what a cell means exactly as for a CSV: numbers in plain decimal
 * ({@code 12000}, {@code 0.35}, {@code 12000.0}; never {@code 1.2E4}), decimals at their scale, dates and
 * date-times in ISO form, text as it is (a count written as text, {@code 1.2万}, is parsed by the
 * loader like any CSV cell). A timestamp stored as a UTC instant (pandas' time-zone-aware
 * columns, Spark's INT96) is shown in the loader's zone, as the platform's local time a CSV
 * would hold; one stored without a zone is read as written.
 */
final class ColumnText {
  private static final long JULIAN_EPOCH_DAY = 2_440_588; // the Julian day of 1970-01-01

  private final int index;
  private final PrimitiveType type;
  private final ZoneId zone;

  /**
   * @param index the column's field index in the records read
   * @param type its Parquet type
   * @param zone where UTC instants are shown
   */
  ColumnText(int index, PrimitiveType type, ZoneId zone) {
    this.index = index;
    this.type = type;
    this.zone = zone;
  }

  /** Whether the column stores instants (shown in the zone): for the load report's note. */
  boolean utcInstants() {
    return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96
        || type.getLogicalTypeAnnotation() instanceof TimestampLogicalTypeAnnotation t
            && t.isAdjustedToUTC();
  }

  /** The cell of record {@code g}: null when the value is missing. */
  String text(Group g) {
    if (g.getFieldRepetitionCount(index) == 0) {
      return null;
    }
    LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN:
        return Boolean.toString(g.getBoolean(index, 0));
      case INT32:
        return int32(g.getInteger(index, 0), a);
      case INT64:
        return int64(g.getLong(index, 0), a);
      case INT96:
        return int96(g.getInt96(index, 0));
      case FLOAT:
        return decimal(g.getFloat(index, 0), Float.toString(g.getFloat(index, 0)));
      case DOUBLE:
        return decimal(g.getDouble(index, 0), Double.toString(g.getDouble(index, 0)));
      default:
        return binary(g.getBinary(index, 0), a);
    }
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
      return (t.isAdjustedToUTC() ? LocalDateTime.ofInstant(i, zone)
          : LocalDateTime.ofInstant(i, ZoneOffset.UTC)).toString();
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
    return LocalDateTime.ofInstant(i, zone).toString();
  }

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
