package org.kolscope.kernel.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kolscope.core.HtmlText;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Text and HTML views of Tablesaw data for a notebook: all rows when there are at most
 * {@code maxRows}, otherwise the first and last {@code maxRows/2} with an ellipsis row; likewise
 * the first and last {@link #MAX_COLUMNS}/2 columns of a wide table; cell texts longer than
 * {@link #MAX_CELL} characters are cut with "…"; always with the full shape. In HTML every name
 * and cell is escaped, so data cannot inject markup.
 */
public final class TableView {
  /** Rows shown in full up to this count; larger tables show head and tail. */
  public static final int DEFAULT_MAX_ROWS = 20;
  /** Columns shown in full up to this count; wider tables show the first and last 10. */
  public static final int MAX_COLUMNS = 20;
  /** Longest cell text shown; longer texts end in "…". */
  public static final int MAX_CELL = 100;

  private final String title;
  private final List<Column<?>> columns;
  private final int totalColumns;
  private final int elidedAfter;
  private final int rows;
  private final int maxRows;

  private TableView(String title, List<Column<?>> columns, int rows, int maxRows) {
    if (maxRows < 2) {
      throw new IllegalArgumentException("maxRows must be at least 2, got " + maxRows);
    }
    this.title = title;
    this.totalColumns = columns.size();
    if (columns.size() > MAX_COLUMNS) {
      int head = MAX_COLUMNS / 2;
      List<Column<?>> shown = new ArrayList<>(columns.subList(0, head));
      shown.addAll(columns.subList(columns.size() - (MAX_COLUMNS - head), columns.size()));
      this.columns = shown;
      this.elidedAfter = head;
    } else {
      this.columns = columns;
      this.elidedAfter = -1;
    }
    this.rows = rows;
    this.maxRows = maxRows;
  }

  public static TableView of(Table table) {
    return of(table, DEFAULT_MAX_ROWS);
  }

  public static TableView of(Table table, int maxRows) {
    return new TableView(table.name(), new ArrayList<>(table.columns()), table.rowCount(), maxRows);
  }

  public static TableView of(Column<?> column) {
    return new TableView(null, List.of(column), column.size(), DEFAULT_MAX_ROWS);
  }

  /** Row indexes shown; -1 marks the ellipsis between head and tail. */
  List<Integer> shownRows() {
    List<Integer> out = new ArrayList<>();
    if (rows <= maxRows) {
      for (int i = 0; i < rows; i++) {
        out.add(i);
      }
      return out;
    }
    int head = maxRows / 2;
    int tail = maxRows - head;
    for (int i = 0; i < head; i++) {
      out.add(i);
    }
    out.add(-1);
    for (int i = rows - tail; i < rows; i++) {
      out.add(i);
    }
    return out;
  }

  /** "1,234 rows × 5 columns". */
  public String shape() {
    return String.format(Locale.ROOT, "%,d %s × %,d %s", rows, rows == 1 ? "row" : "rows",
        totalColumns, totalColumns == 1 ? "column" : "columns");
  }

  private static String cell(Column<?> c, int row) {
    if (c.isMissing(row)) {
      return "";
    }
    String s = c.getString(row);
    if (s == null) {
      return "";
    }
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  /** Aligned plain text: optional title, header, rows (with … between head and tail), shape. */
  public String toText() {
    List<Integer> shown = shownRows();
    String indexHeader = "";
    int[] width = new int[columns.size() + 1];
    width[0] = Math.max(indexHeader.length(), String.valueOf(Math.max(0, rows - 1)).length());
    for (int j = 0; j < columns.size(); j++) {
      width[j + 1] = columns.get(j).name().length();
      for (int r : shown) {
        width[j + 1] = Math.max(width[j + 1], r < 0 ? 1 : cell(columns.get(j), r).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    if (title != null && !title.isBlank()) {
      sb.append(title).append('\n');
    }
    sb.append(pad(indexHeader, width[0], false));
    for (int j = 0; j < columns.size(); j++) {
      sb.append(j == elidedAfter ? "  …" : "").append("  ").append(pad(columns.get(j).name(), width[j + 1], false));
    }
    sb.append('\n');
    for (int r : shown) {
      sb.append(pad(r < 0 ? "…" : String.valueOf(r), width[0], true));
      for (int j = 0; j < columns.size(); j++) {
        Column<?> c = columns.get(j);
        String v = r < 0 ? "…" : cell(c, r);
        sb.append(j == elidedAfter ? "  …" : "").append("  ").append(pad(v, width[j + 1], isNumeric(c)));
      }
      sb.append('\n');
    }
    sb.append('[').append(shape()).append(']');
    return sb.toString().replaceAll(" +\n", "\n");
  }

  /** An HTML table with every name and cell escaped, head and tail rows and the shape. */
  public String toHtml() {
    StringBuilder sb = new StringBuilder("<div class=\"kolscope-table\"><table>");
    if (title != null && !title.isBlank()) {
      sb.append("<caption>").append(escape(title)).append("</caption>");
    }
    sb.append("<thead><tr><th></th>");
    for (int j = 0; j < columns.size(); j++) {
      sb.append(j == elidedAfter ? "<th>…</th>" : "").append("<th>").append(escape(columns.get(j).name())).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (int r : shownRows()) {
      if (r < 0) {
        sb.append("<tr><th>…</th>");
        for (int j = 0; j < columns.size() + (elidedAfter < 0 ? 0 : 1); j++) {
          sb.append("<td>…</td>");
        }
        sb.append("</tr>");
        continue;
      }
      sb.append("<tr><th>").append(r).append("</th>");
      for (int j = 0; j < columns.size(); j++) {
        Column<?> c = columns.get(j);
        sb.append(j == elidedAfter ? "<td>…</td>" : "");
        sb.append(isNumeric(c) ? "<td style=\"text-align:right\">" : "<td>").append(escape(cell(c, r))).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table><p>").append(escape(shape())).append("</p></div>");
    return sb.toString();
  }

  private static boolean isNumeric(Column<?> c) {
    return c instanceof tech.tablesaw.api.NumericColumn<?>;
  }

  private static String pad(String s, int width, boolean right) {
    int gap = width - s.length();
    if (gap <= 0) {
      return s;
    }
    return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
  }

  /** Escapes text for HTML ({@link HtmlText#escape}, the toolkit's one escaper). */
  public static String escape(String s) {
    return HtmlText.escape(s);
  }
}
