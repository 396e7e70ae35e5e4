package org.kolscope.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.DoubleColumnType;
import tech.tablesaw.columns.numbers.IntColumnType;
import tech.tablesaw.columns.numbers.LongColumnType;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * A table's text and numeric columns as plain arrays that can be serialized, so that tables
 * computed on one machine reach another (the per-KOL parts an engine such as Apache Spark
 * computes where the notes are): text, {@code int}, {@code long} and {@code double} columns, with
 * their missing cells, exactly.
 *
 * <pre>{@code
 * TableData d = TableData.of(t);      // on a worker
 * Table back = d.table();             // on the driver: the same columns, types and cells
 * Table all = TableData.concat(parts, order).table();
 * }</pre>
 *
 * @param name the table's name
 * @param names the column names
 * @param types per column, its Tablesaw type's name ({@code STRING}, {@code INTEGER}, {@code LONG}
 *     or {@code DOUBLE})
 * @param values per column, a {@code String[]}, {@code int[]}, {@code long[]} or {@code double[]}
 *     holding Tablesaw's own cells (its missing-value markers included)
 */
public record TableData(String name, List<String> names, List<String> types, List<Object> values)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The columns of {@code t}.
   *
   * @throws IllegalArgumentException for a column of another type, naming it
   */
  public static TableData of(Table t) {
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Column<?> c : t.columns()) {
      names.add(c.name());
      types.add(c.type().name());
      values.add(cells(c));
    }
    return new TableData(t.name(), List.copyOf(names), List.copyOf(types), values);
  }

  private static Object cells(Column<?> c) {
    if (c instanceof StringColumn s) {
      String[] v = new String[s.size()];
      for (int r = 0; r < v.length; r++) {
        v[r] = s.get(r);
      }
      return v;
    }
    if (c instanceof IntColumn i) {
      return i.asIntArray();
    }
    if (c instanceof LongColumn l) {
      return l.asLongArray();
    }
    if (c instanceof DoubleColumn d) {
      return d.asDoubleArray();
    }
    throw new IllegalArgumentException("column '" + c.name() + "' is " + c.type()
        + "; a table's data holds text, int, long and double columns only");
  }

  /** The rows. */
  public int rowCount() {
    return values.isEmpty() ? 0 : java.lang.reflect.Array.getLength(values.get(0));
  }

  /** The table again: the same name, columns, types and cells. */
  public Table table() {
    Table t = Table.create(name);
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      Object v = values.get(i);
      ColumnType type = ColumnType.valueOf(types.get(i));
      if (type == ColumnType.STRING) {
        t.addColumns(StringColumn.create(n, (String[]) v));
      } else if (type == ColumnType.INTEGER) {
        t.addColumns(IntColumn.create(n, (int[]) v)); // MIN_VALUE stays Tablesaw's missing int
      } else if (type == ColumnType.LONG) {
        t.addColumns(LongColumn.create(n, (long[]) v));
      } else {
        t.addColumns(DoubleColumn.create(n, (double[]) v));
      }
    }
    return t;
  }

  /**
   * The rows of several tables, in the order given: {@code order[i] = {part, row}} is row {@code i}
   * of the result. The result has every column of any part, in the order they first appear; a part
   * that lacks a column has missing cells there. Parts of one table differ so when a column is made
   * only for rows that need it ({@code missing_reasons} appears with the first value that is
   * missing, so a part whose KOLs have every value has none).
   *
   * @throws IllegalArgumentException if a column's type differs between parts
   */
  public static TableData concat(List<TableData> parts, int[][] order) {
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no parts to concatenate");
    }
    TableData first = parts.get(0);
    List<String> names = new ArrayList<>(first.names);
    List<String> types = new ArrayList<>(first.types);
    for (TableData p : parts) {
      for (int c = 0; c < p.names.size(); c++) {
        int at = names.indexOf(p.names.get(c));
        if (at < 0) {
          names.add(p.names.get(c));
          types.add(p.types.get(c));
        } else if (!types.get(at).equals(p.types.get(c))) {
          throw new IllegalArgumentException("parts have different columns: " + first.names + " "
              + first.types + " and " + p.names + " " + p.types);
        }
      }
    }
    int n = order.length;
    List<Object> out = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      Object a = missingCells(types.get(c), n);
      int[] at = new int[parts.size()];
      for (int q = 0; q < at.length; q++) {
        at[q] = parts.get(q).names.indexOf(names.get(c));
      }
      for (int i = 0; i < n; i++) {
        int q = order[i][0];
        if (at[q] >= 0) {
          System.arraycopy(parts.get(q).values.get(at[q]), order[i][1], a, i, 1);
        }
      }
      out.add(a);
    }
    return new TableData(first.name, List.copyOf(names), List.copyOf(types), out);
  }

  /** {@code n} missing cells of a column of {@code type}, as Tablesaw marks them. */
  private static Object missingCells(String type, int n) {
    switch (type) {
      case "STRING" -> {
        String[] v = new String[n];
        java.util.Arrays.fill(v, StringColumnType.missingValueIndicator());
        return v;
      }
      case "INTEGER" -> {
        int[] v = new int[n];
        java.util.Arrays.fill(v, IntColumnType.missingValueIndicator());
        return v;
      }
      case "LONG" -> {
        long[] v = new long[n];
        java.util.Arrays.fill(v, LongColumnType.missingValueIndicator());
        return v;
      }
      default -> {
        double[] v = new double[n];
        java.util.Arrays.fill(v, DoubleColumnType.missingValueIndicator());
        return v;
      }
    }
  }

  @Override
  public String toString() {
    return "TableData[" + name + ": " + rowCount() + " rows, columns " + names + "]";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TableData d) || !name.equals(d.name) || !names.equals(d.names)
        || !types.equals(d.types)) {
      return false;
    }
    for (int i = 0; i < values.size(); i++) {
      if (!Objects.deepEquals(values.get(i), d.values.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(name, names, types);
    for (Object v : values) {
      h = 31 * h + Arrays.deepHashCode(new Object[] {v});
    }
    return h;
  }
}
