package org.kolscope.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/** The default data set (seed 42, 2,000 accounts), generated once per test JVM. */
final class Fixture {
  private Fixture() {}

  static final GeneratedData DEFAULT = Generator.builder().build().generate();

  /** Rows of {@code table} whose anomaly label is {@code a}. */
  static Table labelled(Table table, Anomaly a) {
    return table.where(table.stringColumn(Generator.ANOMALY).isEqualTo(a.label()));
  }

  /** Note row indices per kol_id, in table order. */
  static Map<String, List<Integer>> notesByAccount(Table notes) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int r = 0; r < notes.rowCount(); r++) {
      out.computeIfAbsent(notes.stringColumn(Schema.KOL_ID).get(r), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** Every cell of a table as text, row by row, for whole-table comparisons. */
  static List<List<String>> cells(Table t) {
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < t.columnCount(); c++) {
        row.add(t.column(c).getString(r));
      }
      out.add(row);
    }
    return out;
  }
}
