package org.kolscope.parquet;

import java.time.ZoneId;
import java.util.List;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * Records of a flat schema straight into text cells, one {@link ColumnText} per column: no
 * record object in between (parquet's example {@code Group} cost a third of the reading time).
 */
final class Records extends RecordMaterializer<String[]> {
  private final ColumnText.Cells record = new ColumnText.Cells();
  private final ColumnText[] columns;
  private final GroupConverter root;

  /** For {@code schema}, whose fields are all primitive and not repeated. */
  Records(MessageType schema, ZoneId zone) {
    columns = new ColumnText[schema.getFieldCount()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = new ColumnText(i, schema.getType(i).asPrimitiveType(), zone, record);
    }
    root = new GroupConverter() {
      @Override
      public Converter getConverter(int fieldIndex) {
        return columns[fieldIndex];
      }

      @Override
      public void start() {
        record.cells = new String[columns.length];
      }

      @Override
      public void end() {}
    };
  }

  /** The columns, in the schema's order. */
  List<ColumnText> columns() {
    return List.of(columns);
  }

  @Override
  public String[] getCurrentRecord() {
    return record.cells;
  }

  @Override
  public GroupConverter getRootConverter() {
    return root;
  }
}
