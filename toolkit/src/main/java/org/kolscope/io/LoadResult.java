package org.kolscope.io;

import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;

/**
 * A loaded table and its load report.
 *
 * @param table the canonical table (rejected rows left out)
 * @param report what was read, kept, rejected and why
 */
public record LoadResult(Table table, LoadReport report) implements Tabular {
  @Override
  public Table toTable() {
    return table;
  }

  @Override
  public String toString() {
    return report.summary(20) + "\n" + table.print(10);
  }
}
