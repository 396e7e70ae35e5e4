package org.kolscope.metrics;

import java.util.List;
import java.util.Map;
import org.kolscope.io.Schema;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Accounts derived from notes that repeat their author's columns (as most RED exports do): one row
 * per {@code kol_id}, in order of first appearance.
 *
 * <p>Counts ({@code followers}, {@code likes_and_collects}, {@code notes}) and the text or money
 * account columns present ({@code name}, {@code platform}, {@code category}, {@code price_rmb},
 * {@code cooperation}) take the <em>latest</em> known value of the KOL: the row with the latest
 * {@code published_at} when that column is present, otherwise the last row in file order (exports
 * list a KOL's notes as they were crawled). A ground-truth column {@value #ANOMALY} (generated
 * data) becomes the first label other than {@code none} among the KOL's notes, else {@code none}.
 */
public final class AccountsFromPosts {
  /** The ground-truth column of generated data. */
  public static final String ANOMALY = Schema.ANOMALY;

  private static final List<String> COUNTS =
      List.of(Schema.FOLLOWERS, Schema.LIKES_AND_COLLECTS, Schema.NOTES);
  private static final List<String> TEXTS =
      List.of(Schema.NAME, Schema.PLATFORM, Schema.CATEGORY, Schema.COOPERATION);

  private AccountsFromPosts() {}

  /**
   * Derives accounts from {@code notes}.
   *
   * @throws IllegalArgumentException if {@code kol_id} or {@code followers} is absent: without the
   *     author's followers there is nothing to audit
   */
  public static Table derive(Table notes) {
    Cells.require(notes, Schema.KOL_ID, "accounts derived from notes");
    if (!Cells.hasNumber(notes, Schema.FOLLOWERS)) {
      throw new IllegalArgumentException(
          "cannot derive accounts from notes without a numeric 'followers' column (the author's"
              + " followers); give an accounts file or notes with author columns; columns are "
              + notes.columnNames());
    }
    Map<String, List<Integer>> groups = KolAggregates.rowsByKol(notes);
    Table t = Table.create("accounts (derived from notes)");
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    groups.keySet().forEach(id::append);
    t.addColumns(id);
    int n = groups.size();
    for (String c : TEXTS) {
      if (notes.containsColumn(c)) {
        StringColumn s = StringColumn.create(c, n);
        int i = 0;
        for (List<Integer> rows : groups.values()) {
          int r = latest(notes, rows, c);
          s.set(i++, r < 0 ? "" : Cells.text(notes, c, r));
        }
        t.addColumns(s);
      }
    }
    for (String c : COUNTS) {
      if (Cells.hasNumber(notes, c)) {
        LongColumn l = LongColumn.create(c, n);
        int i = 0;
        for (List<Integer> rows : groups.values()) {
          int r = latest(notes, rows, c);
          if (r < 0) {
            l.setMissing(i++);
          } else {
            l.set(i++, Math.round(Cells.number(notes, c, r)));
          }
        }
        t.addColumns(l);
      }
    }
    if (Cells.hasNumber(notes, Schema.PRICE_RMB)) {
      DoubleColumn p = DoubleColumn.create(Schema.PRICE_RMB, n);
      int i = 0;
      for (List<Integer> rows : groups.values()) {
        int r = latest(notes, rows, Schema.PRICE_RMB);
        if (r < 0) {
          p.setMissing(i++);
        } else {
          p.set(i++, Cells.number(notes, Schema.PRICE_RMB, r));
        }
      }
      t.addColumns(p);
    }
    if (notes.containsColumn(ANOMALY)) {
      StringColumn a = StringColumn.create(ANOMALY, n);
      int i = 0;
      for (List<Integer> rows : groups.values()) {
        String label = "none";
        for (int r : rows) {
          String v = Cells.text(notes, ANOMALY, r);
          if (!v.isEmpty() && !v.equals("none")) {
            label = v;
            break;
          }
        }
        a.set(i++, label);
      }
      t.addColumns(a);
    }
    return t;
  }

  /** The row of {@code rows} holding the latest known value of {@code column}, or -1. */
  private static int latest(Table notes, List<Integer> rows, String column) {
    Column<?> c = notes.column(column);
    Column<?> when =
        notes.containsColumn(Schema.PUBLISHED_AT) ? notes.column(Schema.PUBLISHED_AT) : null;
    int best = -1;
    for (int r : rows) {
      if (c.isMissing(r)) {
        continue;
      }
      if (best < 0 || when == null || later(when, r, best)) {
        best = r;
      }
    }
    return best;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean later(Column<?> when, int r, int best) {
    if (when.isMissing(r)) {
      return false;
    }
    if (when.isMissing(best)) {
      return true;
    }
    Comparable a = (Comparable) when.get(r);
    Comparable b = (Comparable) when.get(best);
    return a.compareTo(b) >= 0;
  }
}
