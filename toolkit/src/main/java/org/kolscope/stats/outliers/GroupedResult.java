package org.kolscope.stats.outliers;

import java.util.List;
import org.kolscope.core.Tabular;
import org.kolscope.stats.OutlierResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A test run within groups (e.g. per tier). Groups too small (or otherwise untestable) carry no
 * result and say why.
 *
 * @param by the grouping column
 * @param groups one entry per group, in sorted order of the group value
 * @param warnings caveats about the grouping (rows without a group value left out)
 */
public record GroupedResult(String by, List<Group> groups, List<String> warnings) implements Tabular {

  /**
   * One group.
   *
   * @param name the group value
   * @param rows the number of rows in the group (before missing values are left out)
   * @param result the test result, or null when the group could not be tested
   * @param skipped why the group was not tested (null when it was)
   */
  public record Group(String name, int rows, OutlierResult result, String skipped) {
    /** Whether the group was tested. */
    public boolean tested() {
      return result != null;
    }
  }

  /** Copies the lists. */
  public GroupedResult {
    groups = List.copyOf(groups);
    warnings = List.copyOf(warnings);
  }

  /** One row per group: group, rows, n, statistic, critical value, p-value, outliers, status. */
  @Override
  public Table toTable() {
    StringColumn name = StringColumn.create("group");
    IntColumn rows = IntColumn.create("rows");
    IntColumn n = IntColumn.create("n");
    DoubleColumn stat = DoubleColumn.create("statistic");
    DoubleColumn crit = DoubleColumn.create("critical_value");
    DoubleColumn p = DoubleColumn.create("p_value");
    IntColumn out = IntColumn.create("n_outliers");
    StringColumn status = StringColumn.create("status");
    for (Group g : groups) {
      name.append(g.name());
      rows.append(g.rows());
      if (g.tested()) {
        OutlierResult r = g.result();
        n.append(r.n());
        stat.append(r.statistic());
        crit.append(r.criticalValue());
        p.append(r.pValue());
        out.append(r.outliers().size());
        status.append(r.warnings().isEmpty() ? "ok" : String.join("; ", r.warnings()));
      } else {
        n.appendMissing();
        stat.appendMissing();
        crit.appendMissing();
        p.appendMissing();
        out.appendMissing();
        status.append(g.skipped());
      }
    }
    return Table.create("by " + by, name, rows, n, stat, crit, p, out, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("By ").append(by).append(" (").append(groups.size()).append(" groups)\n");
    for (String w : warnings) {
      sb.append("  warning: ").append(w).append('\n');
    }
    for (Group g : groups) {
      sb.append("\n[").append(by).append(" = ").append(g.name()).append("] ");
      if (g.tested()) {
        sb.append(g.result());
      } else {
        sb.append(g.rows()).append(" rows: not tested: ").append(g.skipped()).append('\n');
      }
    }
    return sb.toString();
  }
}
