package org.kolscope.core;

import tech.tablesaw.api.Table;

/**
 * A result that can be shown as a table. Every KOLScope result record implements it: {@code
 * toString()} reads well in a notebook's text output, {@link #toTable()} gives the same content
 * as a Tablesaw table for further analysis, and the notebook kernel renders it as HTML.
 */
public interface Tabular {
  /** This result as a table (one row per item, columns named for what they hold). */
  Table toTable();

  /**
   * The table a notebook shows under the result's text: {@link #toTable()} unless the result's
   * analysis table is wider than what it describes (the audit shows its {@code KolRow} fields).
   */
  default Table view() {
    return toTable();
  }
}
