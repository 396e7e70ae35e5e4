package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.evidence.Evaluation;
import org.kolscope.rules.AuditResult;
import tech.tablesaw.api.Table;

/**
 * {@code --truth FILE|COLUMN}: labels read from a file (kol_id and a label column) or from a column
 * of the audited accounts, and the verdicts judged against them ({@link Evaluation}).
 */
final class Truths {
  /** Label columns tried in a truth file, in order. */
  static final List<String> LABEL_COLUMNS = List.of("truth", "label", "anomaly");

  private Truths() {}

  static Evaluation evaluate(AuditResult r, String truth, LoadOptions loading, PrintWriter err) {
    Path file = Path.of(truth);
    if (Files.isRegularFile(file)) {
      return r.evaluate(fromFile(file, loading, err));
    }
    if (r.toTable().containsColumn(truth)) {
      return r.evaluate(truth);
    }
    throw new Main.UsageException("--truth '" + truth + "': no such file, and no column '" + truth
        + "' among the audited KOLs' columns " + r.toTable().columnNames());
  }

  private static Map<String, String> fromFile(Path file, LoadOptions loading, PrintWriter err) {
    Table t = loading.read(file, Schema.Kind.TABLE, err).table();
    Cells.require(t, Schema.KOL_ID, "truth file " + file);
    String column = null;
    for (String c : LABEL_COLUMNS) {
      if (t.containsColumn(c)) {
        column = c;
        break;
      }
    }
    if (column == null && t.columnCount() == 2) {
      column = t.columnNames().get(t.columnNames().get(0).equals(Schema.KOL_ID) ? 1 : 0);
    }
    if (column == null) {
      throw new IllegalArgumentException(file + ": no label column (looked for " + LABEL_COLUMNS
          + " beside kol_id); columns are " + t.columnNames());
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      labels.put(Cells.text(t, Schema.KOL_ID, r), Cells.text(t, column, r));
    }
    return labels;
  }

  /** The evaluation as JSON: {@code false_alarm_asked}, {@code unlabelled}, {@code rows}. */
  static Map<String, Object> json(Evaluation e) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Evaluation.Row x : e.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", x.group());
      m.put("honest", x.honest());
      m.put("manipulated", x.manipulated());
      m.put("precision", x.precision());
      m.put("recall", x.recall());
      m.put("false_alarm_rate", x.falseAlarmRate());
      m.put("flagged_recall", x.flaggedRecall());
      m.put("honest_flagged_rate", x.honestFlaggedRate());
      m.put("not_checked", x.notChecked());
      rows.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("false_alarm_asked", e.falseAlarmAsked());
    out.put("unlabelled", e.unlabelled());
    out.put("rows", rows);
    return out;
  }
}
