package org.kolscope.metrics;

import java.util.HashMap;
import java.util.Map;
import org.kolscope.core.Schema;
import org.kolscope.io.AccountsFromPosts;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Test fixtures: a CSV text with canonical headers read into a table typed like the real loader's
 * output (counts LONG, money DOUBLE, ids STRING); an empty cell is a missing value.
 */
public final class TestTables {
  private TestTables() {}

  public static Table csv(String text) {
    Map<String, ColumnType> types = new HashMap<>(Schema.TYPES);
    types.put(AccountsFromPosts.ANOMALY, ColumnType.STRING);
    types.put(Schema.PUBLISHED_AT, ColumnType.STRING);
    return Table.read().usingOptions(
        CsvReadOptions.builderFromString(text.strip() + "\n").columnTypesPartial(types));
  }
}
