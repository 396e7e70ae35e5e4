package org.kolscope.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Each row's tier, by the one rule every part of KOLScope uses (the audit, the tier comparison,
 * the charts, the derived {@code tier} column of the CLI and of {@code DerivedColumns}):
 *
 * <ol>
 *   <li>a tier column the caller <b>names</b> is read as it is (text, trimmed; blank is no tier);
 *   <li>otherwise the tier is <b>computed from the follower count</b> with the tiers given
 *       ({@link Tiers#RED} when none are): the followers column the caller names, else {@code
 *       followers} when the table has it as a numeric column; a missing count is no tier;
 *   <li>otherwise (no followers column) the table's own {@code tier} column is read;
 *   <li>otherwise there is no tier to be had, and {@link #of} says so.
 * </ol>
 *
 * So a table's {@code tier} column is used when it is named, or when there is nothing to compute
 * tiers from; a table that carries both gets the tiers in use, and every labelled row is in a
 * {@link Tiers} tier, in its order, with its range — as the audit's own {@code tier} column is.
 *
 * <p><b>Order</b> ({@link #order()}): the labels of the tiers (English or Chinese) in tier order;
 * any other label after them, by the median follower count of its rows when there is a followers
 * column, else (and on a tie) in order of first appearance.
 */
public final class RowTiers {
  /** How KOLs without a tier are named where a label is needed (per-tier counts). */
  public static final String NO_TIER = "(no tier)";

  private final String[] labels;
  private final Tiers tiers;
  private final String column;
  private final List<String> order;

  private RowTiers(String[] labels, Tiers tiers, String column, List<String> order) {
    this.labels = labels;
    this.tiers = tiers;
    this.column = column;
    this.order = List.copyOf(order);
  }

  /**
   * The tier of every row of {@code table}, by the rule in the class comment.
   *
   * @param table the rows (not changed)
   * @param tierColumn a column holding each row's tier, or null
   * @param tiers the tiers to compute from follower counts, or null for {@link Tiers#RED}
   * @param followersColumn the follower counts to tier by, or null for {@code followers} when the
   *     table has it
   * @throws IllegalArgumentException if a named column is absent, the named followers column is
   *     not numeric, or there is neither a followers nor a tier column; the message lists the
   *     table's columns
   */
  public static RowTiers of(Table table, String tierColumn, Tiers tiers, String followersColumn) {
    Objects.requireNonNull(table, "table");
    Tiers t = tiers == null ? Tiers.RED : tiers;
    NumericColumn<?> followers = followers(table, followersColumn);
    String[] row = new String[table.rowCount()];
    String read;
    if (tierColumn != null) {
      read = readColumn(table, tierColumn, row);
    } else if (followers != null) {
      read = null;
      for (int r = 0; r < row.length; r++) {
        row[r] = followers.isMissing(r) ? null : t.label((long) followers.getDouble(r));
      }
    } else if (table.containsColumn(Schema.TIER)) {
      read = readColumn(table, Schema.TIER, row);
    } else {
      throw new IllegalArgumentException("no tier column and no followers column '"
          + (followersColumn == null ? Schema.FOLLOWERS : followersColumn)
          + "' to tier by; columns are " + table.columnNames());
    }
    return new RowTiers(row, t, read, order(row, t, followers));
  }

  private static NumericColumn<?> followers(Table table, String named) {
    String name = named == null ? Schema.FOLLOWERS : named;
    Column<?> c = Cells.find(table, name);
    if (named != null && c == null) {
      throw new IllegalArgumentException(
          "no followers column '" + named + "' to tier by; columns are " + table.columnNames());
    }
    if (named != null && !(c instanceof NumericColumn<?>)) {
      throw new IllegalArgumentException(
          "column '" + named + "' is " + c.type() + ", not numeric: cannot tier by it");
    }
    return c instanceof NumericColumn<?> n ? n : null;
  }

  private static String readColumn(Table table, String name, String[] row) {
    Column<?> c = Cells.find(table, name);
    if (c == null) {
      throw new IllegalArgumentException(
          "no tier column '" + name + "'; columns are " + table.columnNames());
    }
    for (int r = 0; r < row.length; r++) {
      String s = c.isMissing(r) ? null : c.getString(r).trim();
      row[r] = s == null || s.isEmpty() ? null : s;
    }
    return c.name();
  }

  private static List<String> order(String[] row, Tiers t, NumericColumn<?> followers) {
    Map<String, Integer> first = new LinkedHashMap<>();
    for (String s : row) {
      if (s != null) {
        first.putIfAbsent(s, first.size());
      }
    }
    Map<String, Double> median = followers == null ? Map.of() : medians(row, followers);
    List<String> out = new ArrayList<>(first.keySet());
    out.sort(Comparator.comparingInt((String s) -> t.indexOfLabel(s) >= 0 ? t.indexOfLabel(s) : t.size())
        .thenComparingDouble(s -> t.indexOfLabel(s) >= 0 ? 0 : median.getOrDefault(s, Double.MAX_VALUE))
        .thenComparingInt(first::get));
    return out;
  }

  private static Map<String, Double> medians(String[] row, NumericColumn<?> f) {
    Map<String, List<Double>> by = new HashMap<>();
    for (int r = 0; r < row.length; r++) {
      if (row[r] != null && !f.isMissing(r)) {
        by.computeIfAbsent(row[r], k -> new ArrayList<>()).add(f.getDouble(r));
      }
    }
    Map<String, Double> out = new HashMap<>();
    by.forEach((k, v) -> out.put(k, Quantiles.median(v.stream().mapToDouble(Double::doubleValue).toArray())));
    return out;
  }

  /** The tier of row {@code row}, or null when it has none. */
  public String get(int row) {
    return labels[row];
  }

  /** Number of rows. */
  public int rowCount() {
    return labels.length;
  }

  /** The tiers in use (those computed with, and the order of known labels). */
  public Tiers tiers() {
    return tiers;
  }

  /** The tier column that was read, or null when the tiers were computed from follower counts. */
  public String column() {
    return column;
  }

  /** The distinct labels in display order (see the class comment). */
  public List<String> order() {
    return order;
  }

  /** The labels as a text column named {@code name}; rows without a tier are missing. */
  public StringColumn toColumn(String name) {
    StringColumn c = StringColumn.create(name, labels.length);
    for (int r = 0; r < labels.length; r++) {
      if (labels[r] != null) {
        c.set(r, labels[r]);
      }
    }
    return c;
  }
}
