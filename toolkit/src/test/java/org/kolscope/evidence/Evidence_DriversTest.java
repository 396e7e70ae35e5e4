package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.io.KolData;
import org.kolscope.rules.Audit;

/**
 * The signals named behind each kind's score ({@link KindScore#drivers}) on the shipped accounts
 * and notes, derived again here from the result's public parts: a KOL's z-scores clipped at
 * ±{@value Evidence#CLIP}, the kind's direction at its size ({@link Manipulation#direction}) and
 * each signal's share of the GLS score against the result's correlation ({@link
 * GlsScore#contributions}): the signals with a positive share that the kind moves, largest share
 * first.
 */
class Evidence_DriversTest {

  @Test
  void shippedData_driversAreThePositiveSharesTheKindMoves_largestFirst() {
    EvidenceResult e = Audit.of(KolData.load("../data/accounts.csv"))
        .posts(KolData.load("../data/notes.csv")).run().evidence();
    Signal[] all = Signal.values();
    int scored = 0;
    int withDrivers = 0;
    int ordered = 0;
    for (KolEvidence k : e.kols()) {
      if (k.scores().isEmpty()) {
        continue;
      }
      double x = Math.log10(k.followers());
      double[] z = new double[all.length];
      java.util.Arrays.fill(z, Double.NaN);
      for (SignalReading r : k.signals()) {
        z[r.signal().ordinal()] = Math.max(-Evidence.CLIP, Math.min(Evidence.CLIP, r.z()));
      }
      for (KindScore s : k.scores()) {
        double[] d = s.kind().direction(e.model(), x, false);
        double[] c = GlsScore.contributions(z, d, e.correlation());
        List<Signal> want = new ArrayList<>();
        for (Signal sig : all) {
          if (!Double.isNaN(c[sig.ordinal()]) && c[sig.ordinal()] > 0 && d[sig.ordinal()] != 0) {
            want.add(sig);
          }
        }
        want.sort(Comparator.comparingDouble((Signal sig) -> -c[sig.ordinal()]));
        assertThat(s.drivers()).as("%s, %s", k.kolId(), s.kind()).containsExactlyElementsOf(want);
        scored++;
        withDrivers += want.isEmpty() ? 0 : 1;
        ordered += want.size() > 1 ? 1 : 0;
      }
    }
    // the data exercise the check: many scores, most with drivers, many with an order to keep
    assertThat(scored).isGreaterThan(1000);
    assertThat(withDrivers).isGreaterThan(scored / 2);
    assertThat(ordered).isGreaterThan(100);
  }
}
