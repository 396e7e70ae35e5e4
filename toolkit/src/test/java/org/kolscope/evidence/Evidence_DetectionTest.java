package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.testdata.LabelledCreators;
import org.kolscope.testdata.LabelledRed;
import tech.tablesaw.api.Table;

/**
 * Detection measured on labelled data, on two generators built apart: the shipped data's ({@code
 * data.Generator}) and the independent test generator ({@code LabelledRed},
 * {@code LabelledCreators}: heavier tails, milder manipulations, honest look-alikes such as viral
 * notes and giveaways, most accounts without views). The model was not fitted to these labels.
 *
 * <p>Where a generator's noise makes the absolute targets unreachable, the yardstick is
 * what a classifier trained on the labels reaches with the same signals ({@link LabelCeiling},
 * cross-validated, at the same false-alarm rate): precision and recall must come within 0.03 of
 * it. Every case also keeps honest KOLs flagged (review or worse) at or below 5 % and the measured
 * false-alarm rate within 2.5 × the asked 1 %. Figures per case: docs/dev-notes/evidence.md.
 */
class Evidence_DetectionTest {
  record Case(String name, Table kols, Table notes, String labelColumn) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    GeneratedData d = Generator.builder().accounts(2000).notesPerAccount(24).seed(42).build().generate();
    Stream.Builder<Arguments> b = Stream.builder();
    b.add(Arguments.of(new Case("data/ generator, views", d.accounts(), d.notes(), "anomaly")));
    b.add(Arguments.of(new Case("data/ generator, no views", d.accounts(),
        d.notes().copy().removeColumns("views"), "anomaly")));
    for (long seed : new long[] {1, 2}) {
      for (double hidden : new double[] {0.0, 0.75, 1.0}) {
        LabelledRed red = LabelledRed.builder().accounts(3000).seed(seed).hiddenViewsShare(hidden).build();
        b.add(Arguments.of(new Case("LabelledRed seed " + seed + ", views hidden " + hidden,
            red.accounts(), red.notes(), "truth")));
      }
    }
    for (LabelledCreators.Platform p : new LabelledCreators.Platform[] {
        LabelledCreators.Platform.TIKTOK, LabelledCreators.Platform.YOUTUBE}) {
      LabelledCreators c = LabelledCreators.builder().creators(2000).platform(p).seed(3).build();
      b.add(Arguments.of(new Case("LabelledCreators " + p, c.creators(), null, "truth")));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void withinReachOfATrainedClassifier_fewHonestFlagged(Case c) {
    Evidence ev = Evidence.of(c.kols());
    if (c.notes() != null) {
      ev.notes(c.notes());
    }
    EvidenceResult r = ev.run();
    Evaluation e = evaluate(c, r);
    Evaluation.Row all = e.row("all");
    boolean[] manipulated = manipulated(c);
    LabelCeiling.Result ceiling = LabelCeiling.of(r, manipulated, all.falseAlarmRate(), 7);
    System.out.println(c + ":\n" + e + "  trained-classifier ceiling at the same false-alarm rate: "
        + ceiling);
    assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(ceiling.precision() - 0.03);
    assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(ceiling.recall() - 0.03);
    assertThat(all.honestFlaggedRate()).as("honest flagged").isLessThanOrEqualTo(0.05);
    assertThat(all.falseAlarmRate()).as("false alarms").isLessThanOrEqualTo(2.5 * r.falseAlarm());
  }

  static Evaluation evaluate(Case c, EvidenceResult r) {
    Map<String, String> labels = new HashMap<>();
    for (int i = 0; i < c.kols().rowCount(); i++) {
      labels.put(c.kols().stringColumn("kol_id").get(i), c.kols().stringColumn(c.labelColumn()).get(i));
    }
    return Evaluation.of(r.kols(), labels, Map.of(), r.falseAlarm());
  }

  static boolean[] manipulated(Case c) {
    boolean[] m = new boolean[c.kols().rowCount()];
    for (int i = 0; i < m.length; i++) {
      m[i] = !Evaluation.HONEST.contains(c.kols().stringColumn(c.labelColumn()).get(i));
    }
    return m;
  }
}
