package org.kolscope.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw table as one Parquet file (Snappy pages, as Spark and pyarrow write), without
 * Hadoop: {@code kolscope load --out x.parquet}, {@code kolscope audit --out DIR --format parquet}.
 * Every column is optional (a missing cell is a null); the types are those pandas, DuckDB and
 * Spark read as such:
 *
 * <ul>
 *   <li>text → {@code BINARY (STRING)}, an empty text cell (Tablesaw's missing text) as null;
 *   <li>LONG → {@code INT64}; INTEGER, SHORT → {@code INT32}; DOUBLE, FLOAT → {@code DOUBLE};
 *       BOOLEAN → {@code BOOLEAN};
 *   <li>date-times → {@code INT64 TIMESTAMP(MICROS, not adjusted to UTC)} (a local time, as the
 *       table holds it); dates → {@code INT32 DATE}; times → {@code INT64 TIME(MICROS)}.
 * </ul>
 *
 * <p>{@link ParquetFormat} reads such a file back to the same table (types, values, missing
 * cells; a count's lower-bound flags too).
 */
public final class ParquetOut {
  private ParquetOut() {}

  /**
   * Writes {@code table} to {@code file} (replaced if it exists; its folder must exist).
   *
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException naming a column of a type Parquet is not written for here
   */
  public static void write(Table table, Path file) throws IOException {
    Objects.requireNonNull(table, "table");
    MessageType schema = schema(table);
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    List<Column<?>> cols = table.columns();
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(Codecs.INSTANCE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withType(schema)
        .build()) {
      for (int r = 0; r < table.rowCount(); r++) {
        Group g = groups.newGroup();
        for (int i = 0; i < cols.size(); i++) {
          add(g, i, cols.get(i), r);
        }
        w.write(g);
      }
    }
  }

  /** The Parquet schema of {@code table}: one optional column per column, in order. */
  static MessageType schema(Table table) {
    List<Type> fields = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      ColumnType t = c.type();
      Types.PrimitiveBuilder<PrimitiveType> b;
      if (t == ColumnType.STRING) {
        b = Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType());
      } else if (t == ColumnType.LONG) {
        b = Types.optional(PrimitiveTypeName.INT64);
      } else if (t == ColumnType.INTEGER || t == ColumnType.SHORT) {
        b = Types.optional(PrimitiveTypeName.INT32);
      } else if (t == ColumnType.DOUBLE || t == ColumnType.FLOAT) {
        b = Types.optional(PrimitiveTypeName.DOUBLE);
      } else if (t == ColumnType.BOOLEAN) {
        b = Types.optional(PrimitiveTypeName.BOOLEAN);
      } else if (t == ColumnType.LOCAL_DATE_TIME) {
        b = Types.optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MICROS));
      } else if (t == ColumnType.LOCAL_DATE) {
        b = Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType());
      } else if (t == ColumnType.LOCAL_TIME) {
        b = Types.optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timeType(false, TimeUnit.MICROS));
      } else {
        throw new IllegalArgumentException("column '" + c.name() + "' is of type " + t.name()
            + ", which is not written as Parquet");
      }
      fields.add(b.named(c.name()));
    }
    return new MessageType("kolscope", fields);
  }

  private static void add(Group g, int i, Column<?> c, int r) {
    if (c.isMissing(r)) {
      return;
    }
    ColumnType t = c.type();
    Object v = c.get(r);
    if (t == ColumnType.STRING) {
      g.add(i, (String) v);
    } else if (t == ColumnType.LONG) {
      g.add(i, (Long) v);
    } else if (t == ColumnType.INTEGER || t == ColumnType.SHORT) {
      g.add(i, ((Number) v).intValue());
    } else if (t == ColumnType.DOUBLE || t == ColumnType.FLOAT) {
      g.add(i, ((NumericColumn<?>) c).getDouble(r));
    } else if (c instanceof BooleanColumn b) {
      g.add(i, b.get(r));
    } else if (v instanceof LocalDateTime d) {
      g.add(i, micros(d.toEpochSecond(ZoneOffset.UTC), d.getNano()));
    } else if (v instanceof LocalDate d) {
      g.add(i, (int) d.toEpochDay());
    } else if (v instanceof LocalTime d) {
      g.add(i, d.toNanoOfDay() / 1000);
    }
  }

  private static long micros(long seconds, int nanos) {
    return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1000);
  }
}
