package org.kolscope.io;

import java.util.List;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
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
    requireAuthorColumns(notes);
    return derive(notes, KolGroups.of(notes));
  }

  /**
   * Derives accounts from {@code notes} grouped as {@code groups} ({@link KolGroups#of} of the
   * same rows), as {@link #derive(Table)}.
   */
  public static Table derive(Table notes, KolGroups groups) {
    requireAuthorColumns(notes);
    Table t = Table.create("accounts (derived from notes)");
    int n = groups.size();
    StringColumn id = StringColumn.create(Schema.KOL_ID, n);
    for (int g = 0; g < n; g++) {
      id.set(g, groups.id(g));
    }
    t.addColumns(id);
    Column<?> when = Cells.find(notes, Schema.PUBLISHED_AT);
    for (String c : TEXTS) {
      if (notes.containsColumn(c)) {
        Column<?> col = notes.column(c);
        StringColumn s = StringColumn.create(c, n);
        int[] latest = latest(col, when, groups);
        for (int g = 0; g < n; g++) {
          int r = latest[g];
          s.set(g, r < 0 || col.isMissing(r) ? "" : col.getString(r));
        }
        t.addColumns(s);
      }
    }
    for (String c : COUNTS) {
      NumericColumn<?> col = Cells.numeric(notes, c);
      if (col != null) {
        LongColumn l = LongColumn.create(c, n);
        int[] latest = latest(col, when, groups);
        for (int g = 0; g < n; g++) {
          int r = latest[g];
          if (r < 0) {
            l.setMissing(g);
          } else {
            l.set(g, Math.round(col.getDouble(r)));
          }
        }
        t.addColumns(l);
      }
    }
    NumericColumn<?> price = Cells.numeric(notes, Schema.PRICE_RMB);
    if (price != null) {
      DoubleColumn p = DoubleColumn.create(Schema.PRICE_RMB, n);
      int[] latest = latest(price, when, groups);
      for (int g = 0; g < n; g++) {
        int r = latest[g];
        if (r < 0) {
          p.setMissing(g);
        } else {
          p.set(g, price.getDouble(r));
        }
      }
      t.addColumns(p);
    }
    if (notes.containsColumn(ANOMALY)) {
      Column<?> col = notes.column(ANOMALY);
      StringColumn a = StringColumn.create(ANOMALY, n);
      for (int g = 0; g < n; g++) {
        String label = "none";
        for (int i = 0, k = groups.count(g); i < k; i++) {
          int r = groups.row(g, i);
          String v = Cells.text(col, r);
          if (!v.isEmpty() && !v.equals("none")) {
            label = v;
            break;
          }
        }
        a.set(g, label);
      }
      t.addColumns(a);
    }
    return t;
  }

  /**
   * Checks that accounts can be derived from notes with {@code notes}' columns (a {@code kol_id}
   * and a numeric {@code followers}), as {@link #derive(Table)} checks them first.
   *
   * @throws IllegalArgumentException if not, naming the columns there are
   */
  public static void requireAuthorColumns(Table notes) {
    Cells.require(notes, Schema.KOL_ID, "accounts derived from notes");
    if (!Cells.hasNumber(notes, Schema.FOLLOWERS)) {
      throw new IllegalArgumentException(
          "cannot derive accounts from notes without a numeric 'followers' column (the author's"
              + " followers); give an accounts file or notes with author columns; columns are "
              + notes.columnNames());
    }
  }

  /**
   * Per group, the row holding the latest known value of {@code c}, or -1: among the rows where
   * {@code c} is known, the one with the latest {@code when} (ties: the later row; rows without a
   * date lose to rows with one), or the last such row when there is no {@code when}. One pass over
   * the rows in order, which visits each group's rows in ascending order.
   */
  private static int[] latest(Column<?> c, Column<?> when, KolGroups groups) {
    int[] best = new int[groups.size()];
    java.util.Arrays.fill(best, -1);
    // a date-time column is compared without unpacking: Tablesaw packs a date-time into a long
    // (date in the high bits, millisecond of the day in the low bits) whose order is the
    // date-time order, so comparing the longs compares the values get() would return
    DateTimeColumn packed = when instanceof DateTimeColumn d ? d : null;
    long[] bestWhen = packed != null ? new long[groups.size()] : null;
    for (int r = 0, n = groups.notes(); r < n; r++) {
      int g = groups.group(r);
      if (g < 0 || c.isMissing(r)) {
        continue;
      }
      int b = best[g];
      if (packed != null) {
        long w = packed.getLongInternal(r);
        if (b < 0 || !DateTimeColumn.valueIsMissing(w)
            && (DateTimeColumn.valueIsMissing(bestWhen[g]) || w >= bestWhen[g])) {
          best[g] = r;
          bestWhen[g] = w;
        }
      } else if (b < 0 || when == null || later(when, r, b)) {
        best[g] = r;
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
