package org.kolscope.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Tablesaw tables as Spark datasets (for the small per-KOL tables the driver computes). */
final class Tables {
  private Tables() {}

  /** {@code t} as a dataset: numbers, booleans and date-times typed, everything else as text. */
  static Dataset<Row> toSpark(SparkSession spark, Table t) {
    List<StructField> fields = new ArrayList<>();
    List<ColumnType> types = new ArrayList<>();
    for (Column<?> c : t.columns()) {
      ColumnType ct = c.type();
      if (ct == ColumnType.FLOAT || ct == ColumnType.SHORT) {
        ct = ColumnType.DOUBLE;
      }
      types.add(ct);
      fields.add(DataTypes.createStructField(c.name(), NoteRows.sparkType(ct), true));
    }
    List<Row> rows = new ArrayList<>(t.rowCount());
    for (int r = 0; r < t.rowCount(); r++) {
      Object[] v = new Object[t.columnCount()];
      for (int i = 0; i < v.length; i++) {
        Column<?> c = t.column(i);
        ColumnType ct = types.get(i);
        if (NoteRows.sparkType(ct) == DataTypes.StringType) {
          v[i] = c.isMissing(r) ? null : c.getUnformattedString(r);
        } else if (c.isMissing(r)) {
          v[i] = null;
        } else if (ct == ColumnType.DOUBLE) {
          v[i] = ((Number) c.get(r)).doubleValue();
        } else {
          v[i] = c.get(r);
        }
      }
      rows.add(RowFactory.create(v));
    }
    return spark.createDataFrame(rows, DataTypes.createStructType(fields));
  }
}
