package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

class R6EngagementSpike_RobustZTest {
  private static final double LOG_Z = 21.08747318615684;

  private static Table accounts() {
    return TestTables.csv("""
        kol_id,followers,likes_and_collects
        spiky,1000,4000
        steady,1000,4000
        flat,1000,4000
        single,1000,4000
        nothing,1000,4000
        """);
  }

  /** Interactions = likes (collects and comments 0). */
  private static Table notes() {
    StringBuilder sb = new StringBuilder("note_id,kol_id,likes,collects,comments\n");
    int[] spiky = {100, 110, 90, 105, 95, 1000};
    int[] steady = {100, 110, 90, 105, 95, 120};
    int[] flat = {10, 10, 10, 10, 10, 40};
    add(sb, "spiky", spiky);
    add(sb, "steady", steady);
    add(sb, "flat", flat);
    add(sb, "single", new int[] {500});
    return TestTables.csv(sb.toString());
  }

  private static void add(StringBuilder sb, String kol, int[] likes) {
    for (int i = 0; i < likes.length; i++) {
      sb.append(kol).append('-').append(i).append(',').append(kol).append(',').append(likes[i]).append(",0,0\n");
    }
  }

  private RuleRun run() {
    return RuleRun.of(new R6EngagementSpike(), accounts(), notes());
  }

  @Test
  void rawScale_spike_robustZAboveCutoff_warnsNamingNote() {
    Flag f = RuleRun.of(R6EngagementSpike.rawScale(), accounts(), notes()).flag("spiky").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    // numpy: x = np.array([100,110,90,105,95,1000.]); m = np.median(x);
    // 0.6745*(x - m)/np.median(abs(x - m)) → last = 80.71516666666667
    assertThat(f.value()).isCloseTo(80.71516666666667, within(1e-9));
    assertThat(f.threshold()).isEqualTo(3.5);
    assertThat(f.reason()).contains("1 of 6").contains("spiky-5").contains("1,000").contains("102.5");
  }

  @Test
  void noSpike_noFlag_onEitherScale() {
    assertThat(run().flag("steady")).isEmpty();
    assertThat(RuleRun.of(R6EngagementSpike.rawScale(), accounts(), notes()).flag("steady")).isEmpty();
  }

  @Test
  void madZero_fallsBackToMeanAbsoluteDeviation() {
    Flag f = RuleRun.of(R6EngagementSpike.rawScale(), accounts(), notes()).flag("flat").orElseThrow();
    // numpy: x = np.array([10,10,10,10,10,40.]); m = np.median(x);
    // (x - m)/(1.253314*np.mean(abs(x - m))) → last = 4.787307889930212
    assertThat(f.value()).isCloseTo(4.787307889930212, within(1e-9));
  }

  @Test
  void defaultLogScale_scoresLogInteractions() {
    Flag f = run().flag("spiky").orElseThrow();
    // numpy: x = np.log10(1 + np.array([100,110,90,105,95,1000.])); m = np.median(x);
    // (0.6745*(x - m)/np.median(abs(x - m)))[-1]
    assertThat(f.value()).isCloseTo(LOG_Z, within(1e-9));
    assertThat(f.reason()).contains("log10(1 + interactions)");
  }

  @Test
  void kolWithOneNote_andNoNotes_notChecked() {
    assertThat(run().flag("single").orElseThrow().reason())
        .isEqualTo("only 1 note with known interactions; need 5");
    assertThat(run().flag("nothing").orElseThrow().severity()).isEqualTo(Severity.UNKNOWN);
  }
}
