package org.kolscope.stats.outliers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.SampleTooSmallException;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Runs a test within groups of rows (per tier, per category): splits the table by a column's
 * values, runs the test on each group's rows, and reports groups that are too small (or otherwise
 * cannot be tested) with the reason instead of a guess.
 */
public final class Groups {
  private Groups() {}

  /**
   * The row indices of each group value, in sorted order of the value. Rows with a missing group
   * value are left out; their count is added to {@code warnings}.
   *
   * @throws IllegalArgumentException if the column does not exist
   */
  public static Map<String, int[]> split(Table table, String by, List<String> warnings) {
    if (!table.containsColumn(by)) {
      throw new IllegalArgumentException(
          "no group column '" + by + "'; columns are " + table.columnNames());
    }
    Column<?> col = table.column(by);
    Map<String, List<Integer>> rows = new TreeMap<>();
    int missing = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (col.isMissing(r)) {
        missing++;
        continue;
      }
      rows.computeIfAbsent(col.getString(r), k -> new ArrayList<>()).add(r);
    }
    if (missing > 0) {
      warnings.add(missing + " row(s) with no '" + by + "' value left out");
    }
    Map<String, int[]> out = new java.util.LinkedHashMap<>();
    rows.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /**
   * Runs {@code test} on each group's rows. A {@link SampleTooSmallException} or another {@link
   * IllegalArgumentException} from the test marks the group as not tested, with the message.
   */
  public static GroupedResult run(Table table, String by, Function<int[], OutlierResult> test) {
    List<String> warnings = new ArrayList<>();
    Map<String, int[]> split = split(table, by, warnings);
    List<GroupedResult.Group> groups = new ArrayList<>();
    for (Map.Entry<String, int[]> e : split.entrySet()) {
      int rows = e.getValue().length;
      try {
        groups.add(new GroupedResult.Group(e.getKey(), rows, test.apply(e.getValue()), null));
      } catch (SampleTooSmallException ex) {
        groups.add(new GroupedResult.Group(e.getKey(), rows, null, "too small: " + ex.getMessage()));
      } catch (IllegalArgumentException ex) {
        groups.add(new GroupedResult.Group(e.getKey(), rows, null, ex.getMessage()));
      }
    }
    return new GroupedResult(by, groups, warnings);
  }
}
