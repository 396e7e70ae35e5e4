package org.kolscope.stats;

import java.util.List;
import java.util.Locale;
import org.kolscope.core.Fields;
import org.kolscope.core.Numbers;
import tech.tablesaw.api.Table;

/** Layout shared by the outlier results: lines, outlier lists, warnings, tables (numbers: {@link Numbers}). */
public final class ResultText {
  private ResultText() {}

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
        sb.append("  value ").append(Numbers.precise(o.value()));
        if (!Double.isNaN(o.score())) {
          sb.append("  score ").append(Numbers.precise(o.score()));
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
    return Fields.table(name, Outlier.class, outliers);
  }
}
