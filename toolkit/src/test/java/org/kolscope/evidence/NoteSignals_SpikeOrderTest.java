package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.io.KolGroups;
import tech.tablesaw.api.Table;

/**
 * The like and comment spike scores computed one after the other (as for more than {@link
 * NoteSignals#SPIKES_SIDE_BY_SIDE} notes, to hold one spike's working arrays at a time) equal
 * those computed side by side, bit for bit.
 */
class NoteSignals_SpikeOrderTest {

  @Test
  void oneAfterTheOther_sameScoresAsSideBySide() {
    GeneratedData d = Generator.builder().accounts(1500).notesPerAccount(20).seed(9).build().generate();
    Table notes = d.notes();
    KolGroups groups = KolGroups.of(notes);
    int[] groupOf = new int[groups.size()];
    Arrays.setAll(groupOf, g -> g);
    double[][] sideBySide = NoteSignals.spikeScores(NoteSignals.logRatios(notes, groups, groupOf), null, true);
    double[][][] e = NoteSignals.logRatios(notes, groups, groupOf);
    double[][] oneByOne = NoteSignals.spikeScores(e, null, false);
    assertThat(e[0]).as("like log-ratios let go").isNull();
    assertThat(e[1]).as("comment log-ratios let go").isNull();
    for (int i = 0; i < 2; i++) {
      // Arrays.equals compares the bits: NaN (too few notes) equals NaN
      assertThat(Arrays.equals(oneByOne[i], sideBySide[i])).as("spike %d", i).isTrue();
      assertThat(Arrays.stream(oneByOne[i]).filter(v -> !Double.isNaN(v)).count())
          .as("KOLs with a score").isGreaterThan(1000);
    }
  }
}
