package org.kolscope.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kolscope.core.Cells;
import org.kolscope.evidence.EvidenceResult;
import org.kolscope.evidence.KindScore;
import org.kolscope.evidence.KolEvidence;
import org.kolscope.evidence.Manipulation;
import org.kolscope.evidence.Signal;
import org.kolscope.evidence.SignalReading;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The audit's columns on the KOLs table, written from the typed results: {@value
 * AuditResult#VERDICT}, {@value AuditResult#REASONS} (the evidence), {@value AuditResult#RULES}
 * (the fired field-guide rules, context), {@value AuditResult#NOT_CHECKED} (signals not judged and
 * why), {@code score_<kind>} (the standardised evidence per kind) and {@code z_<signal>}.
 */
final class AuditColumns {
  private AuditColumns() {}

  static void add(Table kols, EvidenceResult ev, List<Flag> flags) {
    Map<String, List<Flag>> byKol = new LinkedHashMap<>();
    for (Flag f : flags) {
      if (f.severity().fired()) {
        byKol.computeIfAbsent(f.kolId(), k -> new ArrayList<>()).add(f);
      }
    }
    int n = kols.rowCount();
    // appended in row order: set() on a column made full of missing values looks each old value up
    // in the column's dictionary and takes it out again, once per KOL and column
    StringColumn verdict = StringColumn.create(AuditResult.VERDICT);
    StringColumn reasons = StringColumn.create(AuditResult.REASONS);
    StringColumn rules = StringColumn.create(AuditResult.RULES);
    StringColumn notChecked = StringColumn.create(AuditResult.NOT_CHECKED);
    Map<Manipulation, DoubleColumn> scores = new LinkedHashMap<>();
    for (Manipulation m : Manipulation.values()) {
      scores.put(m, DoubleColumn.create(AuditResult.SCORE_PREFIX + m.key(), n));
    }
    Map<Signal, DoubleColumn> zs = new LinkedHashMap<>();
    for (Signal s : Signal.values()) {
      zs.put(s, DoubleColumn.create(AuditResult.Z_PREFIX + s.key(), n));
    }
    for (int r = 0; r < n; r++) {
      KolEvidence k = ev.kols().get(r);
      verdict.append(k.verdict().label());
      reasons.append(String.join("; ", k.reasons()));
      rules.append(byKol.getOrDefault(k.kolId(), List.of()).stream()
          .sorted((a, b) -> b.severity().compareTo(a.severity()))
          .map(f -> f.rule() + " [" + f.severity().label() + "]: " + f.reason())
          .collect(Collectors.joining("; ")));
      notChecked.append(k.notChecked().entrySet().stream()
          .map(e -> e.getKey().key() + ": " + e.getValue()).collect(Collectors.joining("; ")));
      for (Manipulation m : Manipulation.values()) {
        KindScore s = k.score(m);
        if (s == null) {
          scores.get(m).setMissing(r);
        } else {
          scores.get(m).set(r, s.score());
        }
      }
      for (Signal s : Signal.values()) {
        SignalReading x = k.reading(s);
        if (x == null) {
          zs.get(s).setMissing(r);
        } else {
          zs.get(s).set(r, x.z());
        }
      }
    }
    Cells.put(kols, verdict);
    Cells.put(kols, reasons);
    Cells.put(kols, rules);
    Cells.put(kols, notChecked);
    scores.values().forEach(c -> Cells.put(kols, c));
    for (DoubleColumn c : zs.values()) {
      if (c.countMissing() < n) { // a signal no KOL has gets no column
        Cells.put(kols, c);
      }
    }
  }
}
