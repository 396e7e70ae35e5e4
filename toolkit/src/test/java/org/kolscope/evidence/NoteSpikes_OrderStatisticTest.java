package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteSpikes_OrderStatisticTest {
  /**
   * Expected: scipy 1.10.1, {@code q = norm.sf(u); norm.isf(binom.sf(r - 1, n, q))}; tolerance
   * 1e-9.
   */
  @ParameterizedTest
  @CsvSource({"3.0, 20, 1, 1.9324089338841097", "3.0, 20, 2, 3.396985974410474",
      "2.0, 5, 1, 1.2335174299410416", "2.5, 10, 2, 2.9329743211381114",
      "4.0, 40, 2, 4.802939618841609", "-1.0, 3, 1, -2.6526113373175004"})
  void orderZ_matchesTheBinomialTail(double u, int n, int rank, double scipy) {
    assertThat(NoteSpikes.orderZ(u, n, rank)).isCloseTo(scipy, within(1e-9));
  }

  @Test
  void honestGroups_scoresNearStandardNormal_whateverTheirSize() {
    SplittableRandom rnd = new SplittableRandom(11);
    int groups = 4000;
    double[][] e = new double[groups][];
    double[][] size = new double[groups][];
    for (int g = 0; g < groups; g++) {
      int n = 3 + g % 30;
      e[g] = new double[n];
      size[g] = new double[n];
      for (int j = 0; j < n; j++) {
        e[g][j] = 0.2 * EmpiricalNull_ThresholdTest.gaussian(rnd);
        size[g][j] = 1 + 3 * rnd.nextDouble();
      }
    }
    double[] z = NoteSpikes.scores(e, size, 1);
    double[] s = Arrays.stream(z).sorted().toArray();
    // median ≈ 0 and the 97.5 % point ≈ 1.96 under the null; tolerances for n = 4,000 and the
    // medians estimated inside each group (not independent N(0, 1): a small bias is expected)
    assertThat(s[s.length / 2]).isCloseTo(0, within(0.25));
    assertThat(s[(int) (0.975 * s.length)]).isCloseTo(1.96, within(0.35));
  }

  @Test
  void aSpikedNote_scoresHigh_butRankTwoNeedsTwoNotes() {
    double[][] e = new double[200][];
    double[][] size = new double[200][];
    SplittableRandom rnd = new SplittableRandom(2);
    for (int g = 0; g < 200; g++) {
      e[g] = new double[10];
      size[g] = new double[10];
      for (int j = 0; j < 10; j++) {
        e[g][j] = 0.1 * EmpiricalNull_ThresholdTest.gaussian(rnd);
        size[g][j] = 2;
      }
    }
    e[0][3] += 2; // one note: 100× more likes than its collects and comments explain
    e[1][3] += 2;
    e[1][7] += 2; // two notes
    assertThat(NoteSpikes.scores(e, size, 1)[0]).isGreaterThan(5);
    assertThat(NoteSpikes.scores(e, size, 2)[0]).isLessThan(2);
    assertThat(NoteSpikes.scores(e, size, 2)[1]).isGreaterThan(5);
  }
}
