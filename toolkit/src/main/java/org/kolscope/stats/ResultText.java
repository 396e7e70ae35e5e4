package org.kolscope.stats;

import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Formatting shared by the result records: numbers, outlier lists, warnings, tables. */
public final class ResultText {
  private ResultText() {}

  /** A number with 6 significant digits; {@code NA} for NaN. */
  public static String num(double d) {
    if (Double.isNaN(d)) {
      return "NA";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) d);
    }
    String s = String.format(Locale.ROOT, "%.6g", d);
    if (s.contains("e")) {
      return s;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  /** A left-aligned {@code label value} line, indented by two spaces. */
  public static void line(StringBuilder sb, String label, String value) {
    sb.append(String.format(Locale.ROOT, "  %-16s %s%n", label, value));
  }

  /** The outliers and warnings blocks of a result's {@code toString()}. */
  public static void outliersAndWarnings(
      StringBuilder sb, List<Outlier> outliers, List<String> warnings) {
    if (outliers.isEmpty()) {
      sb.append("  outliers: none\n");
    } else {
      sb.append("  outliers (").append(outliers.size()).append("):\n");
      for (Outlier o : outliers) {
        sb.append(String.format(Locale.ROOT, "    row %-6d", o.index()));
        if (o.id() != null) {
          sb.append(" id ").append(o.id());
        }
        sb.append("  value ").append(num(o.value()));
        if (!Double.isNaN(o.score())) {
          sb.append("  score ").append(num(o.score()));
        }
        sb.append('\n');
      }
    }
    for (String w : warnings) {
      sb.append("  warning: ").append(w).append('\n');
    }
  }

  /** One row per outlier: {@code index}, {@code id}, {@code value}, {@code score}. */
  public static Table outlierTable(String name, List<Outlier> outliers) {
    IntColumn index = IntColumn.create("index");
    StringColumn id = StringColumn.create("id");
    DoubleColumn value = DoubleColumn.create("value");
    DoubleColumn score = DoubleColumn.create("score");
    for (Outlier o : outliers) {
      index.append(o.index());
      id.append(o.id());
      value.append(o.value());
      score.append(o.score());
    }
    return Table.create(name, index, id, value, score);
  }
}
