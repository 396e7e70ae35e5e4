package org.kolscope.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Derives the accounts table from a posts table: one row per {@code kol_id}, in first-seen order,
 * carrying every account column the posts repeat per row ({@code followers}, {@code
 * likes_and_collects}, {@code notes}, and {@code name}, {@code platform}, {@code category} …
 * where present). Each value is the latest non-missing one — latest by {@code published_at}
 * where the row has it, else by file order.
 */
final class AccountsFromPosts {
  private AccountsFromPosts() {}

  static Table derive(Table posts) {
    if (!posts.containsColumn(Schema.KOL_ID)) {
      throw new IllegalArgumentException(
          "posts table has no '" + Schema.KOL_ID + "' column; columns are " + posts.columnNames());
    }
    StringColumn ids = posts.stringColumn(Schema.KOL_ID);
    DateTimeColumn when = posts.containsColumn(Schema.PUBLISHED_AT)
        && posts.column(Schema.PUBLISHED_AT) instanceof DateTimeColumn d ? d : null;
    Map<String, List<Integer>> rowsByKol = new LinkedHashMap<>();
    for (int r = 0; r < posts.rowCount(); r++) {
      if (!ids.isMissing(r)) {
        rowsByKol.computeIfAbsent(ids.get(r), k -> new ArrayList<>()).add(r);
      }
    }
    // rows of each KOL from oldest to latest
    for (List<Integer> rows : rowsByKol.values()) {
      if (when != null) {
        rows.sort((a, b) -> compare(when, a, b));
      }
    }
    List<String> cols = new ArrayList<>();
    cols.add(Schema.KOL_ID);
    for (String c : Schema.ACCOUNT_COLUMNS) {
      if (!c.equals(Schema.KOL_ID) && posts.containsColumn(c)) {
        cols.add(c);
      }
    }
    Table out = Table.create("accounts from " + posts.name());
    for (String c : cols) {
      Column<?> src = posts.column(c);
      Column<?> dst = src.emptyCopy();
      for (List<Integer> rows : rowsByKol.values()) {
        int pick = rows.get(rows.size() - 1);
        for (int i = rows.size() - 1; i >= 0; i--) {
          if (!src.isMissing(rows.get(i))) {
            pick = rows.get(i);
            break;
          }
        }
        appendCell(dst, src, pick);
      }
      out.addColumns(dst);
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void appendCell(Column dst, Column src, int row) {
    dst.append(src, row);
  }

  private static int compare(DateTimeColumn when, int a, int b) {
    LocalDateTime x = when.get(a);
    LocalDateTime y = when.get(b);
    if (x == null || y == null) {
      return Integer.compare(a, b);
    }
    int c = x.compareTo(y);
    return c != 0 ? c : Integer.compare(a, b);
  }
}
