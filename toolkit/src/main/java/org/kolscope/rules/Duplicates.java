package org.kolscope.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Resolves a {@code kol_id} repeated in an accounts table: creator rankings list a creator twice
 * (the real top-1,000 TikTok list does, with different numbers). The row with the most known
 * cells is kept (the first on a tie) and the others are left out and reported, never silently.
 */
final class Duplicates {
  private Duplicates() {}

  /** {@code kols} without its repeated ids (the same table when none repeats). */
  static Table resolve(Table kols, List<DuplicateKol> out) {
    Column<?> ids = kols.column(Schema.KOL_ID);
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    boolean any = false;
    for (int r = 0; r < kols.rowCount(); r++) {
      List<Integer> l = rows.computeIfAbsent(Cells.text(ids, r), k -> new ArrayList<>());
      l.add(r);
      any |= l.size() > 1;
    }
    if (!any) {
      return kols;
    }
    List<Integer> keep = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : rows.entrySet()) {
      List<Integer> l = e.getValue();
      int best = l.get(0);
      int bestKnown = known(kols, best);
      for (int r : l.subList(1, l.size())) {
        int k = known(kols, r);
        if (k > bestKnown) {
          best = r;
          bestKnown = k;
        }
      }
      keep.add(best);
      if (l.size() > 1) {
        List<Integer> dropped = new ArrayList<>();
        for (int r : l) {
          if (r != best) {
            dropped.add(r + 1);
          }
        }
        out.add(new DuplicateKol(e.getKey(), best + 1, dropped, bestKnown));
      }
    }
    keep.sort(Integer::compare);
    return kols.rows(keep.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int known(Table t, int row) {
    int k = 0;
    for (Column<?> c : t.columns()) {
      k += c.isMissing(row) ? 0 : 1;
    }
    return k;
  }
}
