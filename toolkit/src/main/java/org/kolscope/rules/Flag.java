package org.kolscope.rules;

import java.util.List;
import org.kolscope.evidence.Finding;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One rule's finding about one KOL.
 *
 * @param kolId the KOL
 * @param rule the rule's label, e.g. {@code R1 fake-followers}
 * @param severity how much it weighs ({@link Severity#UNKNOWN}: not checked)
 * @param reason the finding in words and numbers
 * @param value the measured value ({@code NaN} when unknown)
 * @param threshold the threshold it was compared with ({@code NaN} when none applies)
 */
public record Flag(
    String kolId, String rule, Severity severity, String reason, double value, double threshold)
    implements Finding, java.io.Serializable {

  /** Column names of {@link #toTable}. */
  public static final List<String> COLUMNS =
      List.of("kol_id", "rule", "severity", "reason", "value", "threshold");

  /** The flags as a table with columns {@link #COLUMNS}; unknown numbers are missing cells. */
  public static Table toTable(String name, List<Flag> flags) {
    StringColumn id = StringColumn.create("kol_id");
    StringColumn rule = StringColumn.create("rule");
    StringColumn sev = StringColumn.create("severity");
    StringColumn reason = StringColumn.create("reason");
    DoubleColumn value = DoubleColumn.create("value");
    DoubleColumn threshold = DoubleColumn.create("threshold");
    for (Flag f : flags) {
      id.append(f.kolId);
      rule.append(f.rule);
      sev.append(f.severity.label());
      reason.append(f.reason);
      appendNumber(value, f.value);
      appendNumber(threshold, f.threshold);
    }
    return Table.create(name, id, rule, sev, reason, value, threshold);
  }

  private static void appendNumber(DoubleColumn c, double v) {
    if (Double.isFinite(v)) {
      c.append(v);
    } else {
      c.appendMissing();
    }
  }

  @Override
  public String toString() {
    return kolId + " " + rule + " [" + severity.label() + "] " + reason;
  }
}
