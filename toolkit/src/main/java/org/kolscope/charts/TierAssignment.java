package org.kolscope.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Charts-internal: the tier of every row and the tiers in display order.
 *
 * <p>The tier comes from {@code tierColumn} if given, else from an existing {@code tier} column,
 * else it is computed from the followers column with {@code tiers} (default {@link Tiers#RED}).
 * Tiers known to {@code tiers} are ordered smallest first and shown as {@code 初级 micro · 5k–50k};
 * unknown labels are ordered by the median follower count of their rows (alphabetically when
 * there is no followers column).
 *
 * @param rowTier tier label of each row, null where unknown
 * @param order distinct labels in display order
 * @param display the display text of each label in {@code order}
 */
record TierAssignment(String[] rowTier, List<String> order, List<String> display) {

  static TierAssignment of(Table table, String tierColumn, Tiers tiers, String followersColumn) {
    Tiers t = tiers == null ? Tiers.RED : tiers;
    String[] row = new String[table.rowCount()];
    String col = tierColumn;
    if (col == null && tiers == null && table.containsColumn(Schema.TIER)) {
      col = Schema.TIER;
    }
    NumericColumn<?> followers =
        followersColumn != null && table.containsColumn(followersColumn)
                && table.column(followersColumn) instanceof NumericColumn<?> f
            ? f
            : null;
    if (col != null) {
      if (!table.containsColumn(col)) {
        throw new IllegalArgumentException(
            "no tier column '" + col + "'; columns are " + table.columnNames());
      }
      Column<?> c = table.column(col);
      for (int r = 0; r < row.length; r++) {
        row[r] = c.isMissing(r) ? null : c.getString(r).trim();
        if (row[r] != null && row[r].isEmpty()) {
          row[r] = null;
        }
      }
    } else {
      if (followers == null) {
        throw new IllegalArgumentException(
            "no tier column and no numeric followers column '" + followersColumn
                + "' to compute tiers from; columns are " + table.columnNames());
      }
      for (int r = 0; r < row.length; r++) {
        row[r] = followers.isMissing(r) ? null : t.label((long) followers.getDouble(r));
      }
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String s : row) {
      if (s != null) {
        distinct.add(s);
      }
    }
    List<String> order = new ArrayList<>(distinct);
    boolean known = order.stream().allMatch(s -> t.indexOfLabel(s) >= 0);
    if (known) {
      order.sort(Comparator.comparingInt(t::indexOfLabel));
    } else if (followers != null) {
      Map<String, Double> med = medians(row, followers);
      order.sort(Comparator.comparingDouble((String s) -> med.getOrDefault(s, Double.MAX_VALUE))
          .thenComparing(Comparator.naturalOrder()));
    } else {
      order.sort(Comparator.naturalOrder());
    }
    List<String> display = new ArrayList<>();
    for (String s : order) {
      display.add(known ? display(t, t.indexOfLabel(s)) : s);
    }
    return new TierAssignment(row, List.copyOf(order), List.copyOf(display));
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

  private static Map<String, Double> medians(String[] row, NumericColumn<?> f) {
    Map<String, List<Double>> by = new HashMap<>();
    for (int r = 0; r < row.length; r++) {
      if (row[r] != null && !f.isMissing(r)) {
        by.computeIfAbsent(row[r], k -> new ArrayList<>()).add(f.getDouble(r));
      }
    }
    Map<String, Double> out = new HashMap<>();
    by.forEach(
        (k, v) -> out.put(k, Quantiles.median(v.stream().mapToDouble(Double::doubleValue).toArray())));
    return out;
  }
}
