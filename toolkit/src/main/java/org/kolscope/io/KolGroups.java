package org.kolscope.io;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Cells;
import org.kolscope.core.Parallel;
import org.kolscope.core.Schema;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A notes table's rows grouped by {@code kol_id}: groups in order of first appearance, each
 * group's rows ascending; rows with an empty or missing {@code kol_id} belong to no group.
 *
 * <p>The same grouping as a {@code LinkedHashMap<String, List<Integer>>} built row by row, stored
 * flat (one {@code int} per row for the row order and one offset per group) so that ten million
 * notes cost 80 MB instead of a boxed {@code Integer} and a list slot each; for a text column the
 * rows are keyed by Tablesaw's dictionary code, so no id is hashed per row. Computed once per
 * audit and shared by the accounts, the aggregates and the rules.
 */
public final class KolGroups {
  private final String[] ids;
  private final int[] group; // per row: its group, or -1
  private final int[] start; // group g's rows are rows[start[g]] .. rows[start[g + 1] - 1]
  private final int[] rows;
  private final int[] position; // per row: its index in rows, or -1
  private Object2IntOpenHashMap<String> index;

  private KolGroups(String[] ids, int[] group, int[] start, int[] rows, int[] position) {
    this.ids = ids;
    this.group = group;
    this.start = start;
    this.rows = rows;
    this.position = position;
  }

  /**
   * Groups the rows of {@code notes} by {@code kol_id}.
   *
   * @throws IllegalArgumentException if {@code kol_id} is absent
   */
  public static KolGroups of(Table notes) {
    Cells.require(notes, Schema.KOL_ID, "notes");
    Column<?> c = notes.column(Schema.KOL_ID);
    int n = notes.rowCount();
    int[] group = new int[n];
    List<String> ids = new ArrayList<>();
    if (c instanceof StringColumn s
        && !(s.getDictionary() instanceof tech.tablesaw.columns.strings.NullDictionaryMap)) {
      // dictionary-encoded (Tablesaw drops the dictionary of a column with too many distinct
      // values: those take the path below)
      var dict = s.getDictionary();
      Int2IntOpenHashMap byKey = new Int2IntOpenHashMap();
      byKey.defaultReturnValue(Integer.MIN_VALUE);
      for (int r = 0; r < n; r++) {
        int key = dict.getKeyForIndex(r);
        int g = byKey.get(key);
        if (g == Integer.MIN_VALUE) {
          String id = s.isMissing(r) ? "" : s.get(r);
          g = id.isEmpty() ? -1 : ids.size();
          if (g >= 0) {
            ids.add(id);
          }
          byKey.put(key, g);
        }
        group[r] = g;
      }
    } else {
      Object2IntOpenHashMap<String> byId = new Object2IntOpenHashMap<>();
      byId.defaultReturnValue(Integer.MIN_VALUE);
      for (int r = 0; r < n; r++) {
        String id = Cells.text(c, r);
        int g = id.isEmpty() ? -1 : byId.getInt(id);
        if (g == Integer.MIN_VALUE) {
          g = ids.size();
          ids.add(id);
          byId.put(id, g);
        }
        group[r] = g;
      }
    }
    int k = ids.size();
    int[] start = new int[k + 1];
    for (int g : group) {
      if (g >= 0) {
        start[g + 1]++;
      }
    }
    for (int g = 0; g < k; g++) {
      start[g + 1] += start[g];
    }
    int[] next = java.util.Arrays.copyOf(start, k);
    int[] rows = new int[start[k]];
    int[] position = new int[n];
    for (int r = 0; r < n; r++) {
      if (group[r] >= 0) {
        position[r] = next[group[r]]++;
        rows[position[r]] = r;
      } else {
        position[r] = -1;
      }
    }
    return new KolGroups(ids.toArray(new String[0]), group, start, rows, position);
  }

  /**
   * The cells of {@code column} in group order: group {@code g}'s values are at {@link #start}(g)
   * up to {@link #start}(g + 1), in row order; {@code NaN} where a cell is missing (every cell
   * when {@code column} is null). Reads the column once, sequentially: looping over a group's
   * scattered rows instead costs a cache miss per cell on large tables.
   */
  public double[] gather(tech.tablesaw.api.NumericColumn<?> column) {
    double[] out = new double[rows.length];
    if (column == null) {
      java.util.Arrays.fill(out, Double.NaN);
      return out;
    }
    // each row writes its own place (position is one-to-one)
    Parallel.forEach(position.length, 1 << 14, r -> {
      int p = position[r];
      if (p >= 0) {
        out[p] = column.isMissing(r) ? Double.NaN : column.getDouble(r);
      }
    });
    return out;
  }

  /** Where group {@code g} starts in {@link #gather}'s order; {@code start(size())} is the end. */
  public int start(int g) {
    return start[g];
  }

  /** The group of row {@code row}, or -1 when its {@code kol_id} is empty. */
  public int group(int row) {
    return group[row];
  }

  /** Number of KOLs (groups). */
  public int size() {
    return ids.length;
  }

  /** Rows of the table grouped (including rows of no group). */
  public int notes() {
    return group.length;
  }

  /** Rows that belong to a group (rows with a non-empty {@code kol_id}). */
  public int grouped() {
    return rows.length;
  }

  /** The {@code kol_id} of group {@code g}. */
  public String id(int g) {
    return ids[g];
  }

  /** How many rows group {@code g} has. */
  public int count(int g) {
    return start[g + 1] - start[g];
  }

  /** The {@code i}-th row (ascending) of group {@code g}. */
  public int row(int g, int i) {
    return rows[start[g] + i];
  }

  /** The group of {@code kolId}, or -1. */
  public synchronized int indexOf(String kolId) {
    if (index == null) {
      index = new Object2IntOpenHashMap<>(ids.length);
      index.defaultReturnValue(-1);
      for (int g = 0; g < ids.length; g++) {
        index.put(ids[g], g);
      }
    }
    return index.getInt(kolId);
  }

  /** The rows of group {@code g} as a read-only list (a view, no copy). */
  public List<Integer> rows(int g) {
    int from = start[g];
    int size = count(g);
    return new AbstractList<>() {
      @Override
      public Integer get(int i) {
        java.util.Objects.checkIndex(i, size);
        return rows[from + i];
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * The grouping as a map from {@code kol_id} to its rows (modifiable lists), in order of first
   * appearance.
   */
  public Map<String, List<Integer>> asMap() {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int g = 0; g < ids.length; g++) {
      out.put(ids[g], new ArrayList<>(rows(g)));
    }
    return out;
  }
}
