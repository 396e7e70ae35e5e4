package org.kolscope.rules;

import java.util.List;

/**
 * A {@code kol_id} that appears on several rows of the accounts table, and how the audit resolved
 * it: the most complete row (the most known cells; the first on a tie) is kept, the others left
 * out and reported.
 *
 * @param kolId the id
 * @param keptRow the 1-based data row kept
 * @param droppedRows the 1-based data rows left out
 * @param knownCells known cells in the kept row
 */
public record DuplicateKol(String kolId, int keptRow, List<Integer> droppedRows, int knownCells) {
  public DuplicateKol {
    droppedRows = List.copyOf(droppedRows);
  }

  @Override
  public String toString() {
    return "kol_id '" + kolId + "' on rows " + keptRow + " and " + droppedRows
        .stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
        + ": kept row " + keptRow + " (" + knownCells + " known cells)";
  }
}
