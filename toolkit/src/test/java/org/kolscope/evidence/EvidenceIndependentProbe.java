package org.kolscope.evidence;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.kolscope.metrics.KolGroups;
import org.kolscope.testdata.LabelledCreators;
import org.kolscope.testdata.LabelledRed;
import tech.tablesaw.api.Table;

class EvidenceIndependentProbe {
  @Test
  void probe() {
    for (long seed : new long[] {1, 2}) {
      for (double hidden : new double[] {0.0, 0.75, 1.0}) {
        LabelledRed red = LabelledRed.builder().accounts(3000).seed(seed).hiddenViewsShare(hidden).build();
        Table acc = red.accounts();
        Table notes = red.notes();
        EvidenceResult r = Evidence.of(acc).notes(notes).run();
        System.out.println("seed " + seed + " hidden views " + hidden + ": " + r);
        report(acc, r);
      }
    }
    for (LabelledCreators.Platform p : LabelledCreators.Platform.values()) {
      LabelledCreators c = LabelledCreators.builder().creators(2000).platform(p).seed(3).build();
      EvidenceResult r = Evidence.of(c.creators()).run();
      System.out.println("creators " + p + ": " + r);
      report(c.creators(), r);
    }
  }

  static void report(Table acc, EvidenceResult r) {
    Map<String, String> labels = new HashMap<>();
    for (int i = 0; i < acc.rowCount(); i++) labels.put(acc.stringColumn("kol_id").get(i), acc.stringColumn("truth").get(i));
    Evaluation e = Evaluation.of(r.kols(), labels, Map.of(), r.falseAlarm());
    System.out.print(e);
    boolean[] man = new boolean[acc.rowCount()];
    for (int i = 0; i < man.length; i++) man[i] = !Evaluation.HONEST.contains(acc.stringColumn("truth").get(i));
    double fa = e.row("all").falseAlarmRate();
    System.out.println("  ceiling at FA " + fa + ": " + LabelCeiling.of(r, man, fa, 7));
    Map<String, Integer> fpWhy = new TreeMap<>();
    Map<String, Integer> fnWhy = new TreeMap<>();
    for (int i = 0; i < man.length; i++) {
      KolEvidence k = r.kols().get(i);
      KindScore top = k.strongest();
      if (top == null) continue;
      String key = top.kind() + " via " + (top.drivers().isEmpty() ? "-" : top.drivers().get(0));
      if (!man[i] && k.verdict() == Verdict.SUSPICIOUS) fpWhy.merge(key, 1, Integer::sum);
      if (man[i] && k.verdict() != Verdict.SUSPICIOUS) fnWhy.merge(acc.stringColumn("truth").get(i), 1, Integer::sum);
    }
    System.out.println("  FP by strongest kind/driver: " + fpWhy);
    System.out.println("  FN by truth: " + fnWhy);
    r.nulls().forEach((m, nu) -> System.out.printf("  null %s centre %.2f scale %.2f thr(1%%,3)=%.2f%n", m, nu.centre(), nu.scale(), nu.thresholdFor(0.01, 3)));
    Map<Integer, Integer> judgedOn = new TreeMap<>();
    for (KolEvidence k : r.kols()) judgedOn.merge(k.signals().size(), 1, Integer::sum);
    System.out.println("  signals judged per KOL: " + judgedOn);
  }
}
