package org.kolscope.evidence;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.kolscope.io.KolData;
import tech.tablesaw.api.Table;

class EvidenceProbe {
  @Test
  void probe() {
    Table acc = KolData.load("../data/accounts.csv");
    Table notes = KolData.load("../data/notes.csv");
    for (boolean views : new boolean[] {true, false}) {
      Table n = notes.copy();
      if (!views) n.removeColumns("views");
      long t0 = System.nanoTime();
      var groups = org.kolscope.metrics.KolGroups.of(n);
      long t1 = System.nanoTime();
      SignalValues sv = SignalValues.of(acc, n, groups);
      long t2 = System.nanoTime();
      System.out.println("groups " + (t1 - t0) / 1e6 + " ms, signals " + (t2 - t1) / 1e6 + " ms");
      t0 = System.nanoTime();
      EvidenceResult r = Evidence.of(acc).notes(n).run();
      System.out.println("views=" + views + " " + r + " in " + (System.nanoTime() - t0) / 1e6 + " ms");
      report(acc, r);
    }
  }

  static void report(Table acc, EvidenceResult r) {
    Map<String, int[]> byKind = new TreeMap<>(); // label -> {n, suspicious, flagged}
    for (int i = 0; i < acc.rowCount(); i++) {
      String truth = acc.stringColumn("anomaly").get(i);
      KolEvidence k = r.kols().get(i);
      int[] c = byKind.computeIfAbsent(truth, x -> new int[3]);
      c[0]++;
      if (k.verdict() == Verdict.SUSPICIOUS) c[1]++;
      if (k.verdict().flagged()) c[2]++;
    }
    int tp = 0, fp = 0, pos = 0;
    for (var e : byKind.entrySet()) {
      System.out.printf("  %-18s n=%4d suspicious=%.3f flagged=%.3f%n", e.getKey(), e.getValue()[0],
          e.getValue()[1] / (double) e.getValue()[0], e.getValue()[2] / (double) e.getValue()[0]);
      if (e.getKey().equals("none")) fp = e.getValue()[1]; else { tp += e.getValue()[1]; pos += e.getValue()[0]; }
    }
    System.out.printf("  precision=%.3f recall=%.3f%n", tp / (double) (tp + fp), tp / (double) pos);
    boolean[] man = new boolean[acc.rowCount()];
    for (int i = 0; i < man.length; i++) man[i] = !acc.stringColumn("anomaly").get(i).equals("none");
    System.out.println("  ceiling at the same FA: " + LabelCeiling.of(r, man, fp / (double) byKind.get("none")[0], 7));
    System.out.println(RobustCorrelation.format(r.correlation()).replace("[", "  r ["));
    r.nulls().forEach((m, nu) -> System.out.println("  null " + m + " " + nu));
    int shown = 0;
    for (int i = 0; i < acc.rowCount() && shown < 6; i++) {
      KolEvidence k = r.kols().get(i);
      if (k.verdict() == Verdict.SUSPICIOUS && acc.stringColumn("anomaly").get(i).equals("none")) {
        System.out.println("  FP " + k.kolId() + " " + k.reasons());
        shown++;
      }
    }
    shown = 0;
    for (int i = 0; i < acc.rowCount() && shown < 6; i++) {
      KolEvidence k = r.kols().get(i);
      if (k.verdict() != Verdict.SUSPICIOUS && !acc.stringColumn("anomaly").get(i).equals("none")) {
        System.out.println("  FN " + acc.stringColumn("anomaly").get(i) + " " + k.scores());
        shown++;
      }
    }
  }
}
