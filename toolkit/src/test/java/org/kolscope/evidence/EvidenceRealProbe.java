package org.kolscope.evidence;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.kolscope.io.KolData;
import org.kolscope.metrics.AccountsFromPosts;
import org.kolscope.metrics.KolGroups;
import tech.tablesaw.api.Table;

class EvidenceRealProbe {
  @Test
  void probe() {
    Table notes = KolData.loader().map("id", "note_id").map("user_id", "kol_id").map("stars", "collects")
        .map("fans", "followers").map("collect", "likes_and_collects")
        .read("/work/shared/data/real/kaito-xiaohongshu-notes-2018.csv").table();
    KolGroups g = KolGroups.of(notes);
    Table kols = AccountsFromPosts.derive(notes, g);
    EvidenceResult r = Evidence.of(kols).notes(notes, g).run();
    System.out.println("RED real: " + r);
    Map<Integer, Integer> judgedOn = new TreeMap<>();
    for (KolEvidence k : r.kols()) judgedOn.merge(k.signals().size(), 1, Integer::sum);
    System.out.println("  signals judged per KOL: " + judgedOn);
    System.out.println(RobustCorrelation.format(r.correlation()).replace("[", "  r ["));
    r.kols().stream().filter(k -> k.verdict() == Verdict.SUSPICIOUS && k.strongest().kind() == Manipulation.BOUGHT_LIKES).limit(3).forEach(k -> System.out.println("  BL " + k.signals() + " " + k.scores()));
    r.kols().stream().filter(k -> k.verdict().flagged()).limit(8).forEach(k -> System.out.println("  " + k.verdict() + " " + k.reasons()));
  }
}
