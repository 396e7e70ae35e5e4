package org.kolscope.charts;

import java.util.ArrayList;
import java.util.List;
import org.kolscope.core.RowTiers;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.Table;

/**
 * Charts-internal: the tier of every row ({@link RowTiers}, the rule every part of KOLScope uses)
 * and the tiers in display order, each shown as {@code 初级 micro · 5k–50k} when it is a tier of
 * the tiers in use, else as its label.
 *
 * @param rowTier tier label of each row, null where unknown
 * @param order distinct labels in display order
 * @param display the display text of each label in {@code order}
 */
record TierAssignment(String[] rowTier, List<String> order, List<String> display) {

  /**
   * The tiers of {@code table}'s rows.
   *
   * @param tierColumn a column naming each row's tier, or null to follow the rule
   * @param tiers the tiers to compute with, or null for RED
   * @param followersColumn the chart's follower column (its tiers are computed from it when the
   *     table has it)
   */
  static TierAssignment of(Table table, String tierColumn, Tiers tiers, String followersColumn) {
    String followers = followersColumn != null && table.containsColumn(followersColumn)
        ? followersColumn : null;
    RowTiers rt = RowTiers.of(table, tierColumn, tiers, followers);
    String[] row = new String[rt.rowCount()];
    for (int r = 0; r < row.length; r++) {
      row[r] = rt.get(r);
    }
    Tiers t = rt.tiers();
    List<String> display = new ArrayList<>();
    for (String s : rt.order()) {
      display.add(t.indexOfLabel(s) >= 0 ? display(t, t.indexOfLabel(s)) : s);
    }
    return new TierAssignment(row, rt.order(), List.copyOf(display));
  }

  /** {@code 初级 micro · 5k–50k}, or {@code label · range} when the labels are not bilingual. */
  static String display(Tiers t, int i) {
    String en = t.labels().get(i);
    String zh = t.chineseLabels().get(i);
    String range = t.range(i);
    if (en.equals(range)) {
      return en;
    }
    return (zh.equals(en) ? en : zh + " " + en) + " · " + range;
  }

  /** Index of a row's tier in {@link #order()}, or -1. */
  int index(int row) {
    return rowTier[row] == null ? -1 : order.indexOf(rowTier[row]);
  }
}
