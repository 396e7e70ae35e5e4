package org.kolscope.timing;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table from records described once as ordered maps (the keys of the JSON output): each key a
 * column, typed by its values (text, whole numbers, numbers, booleans; null is missing). So a
 * result's {@code toTable()} and its JSON cannot disagree.
 */
final class Rows {
  private Rows() {}

  static Table table(String name, List<Map<String, Object>> rows) {
    Table t = Table.create(name);
    if (rows.isEmpty()) {
      return t;
    }
    for (String key : rows.get(0).keySet()) {
      Object sample = null;
      for (Map<String, Object> r : rows) {
        if (r.get(key) != null) {
          sample = r.get(key);
          break;
        }
      }
      Column<?> c;
      if (sample instanceof Integer) {
        IntColumn ic = IntColumn.create(key);
        rows.forEach(r -> {
          if (r.get(key) == null) {
            ic.appendMissing();
          } else {
            ic.append((Integer) r.get(key));
          }
        });
        c = ic;
      } else if (sample instanceof Number) {
        DoubleColumn dc = DoubleColumn.create(key);
        rows.forEach(r -> dc.append(r.get(key) == null ? Double.NaN
            : ((Number) r.get(key)).doubleValue()));
        c = dc;
      } else if (sample instanceof Boolean) {
        BooleanColumn bc = BooleanColumn.create(key);
        rows.forEach(r -> {
          if (r.get(key) == null) {
            bc.appendMissing();
          } else {
            bc.append((Boolean) r.get(key));
          }
        });
        c = bc;
      } else if (sample == null || sample instanceof String) {
        StringColumn sc = StringColumn.create(key);
        rows.forEach(r -> sc.append(r.get(key) == null ? "" : (String) r.get(key)));
        c = sc;
      } else {
        continue; // nested values (lists, maps) have no column
      }
      t.addColumns(c);
    }
    return t;
  }
}
