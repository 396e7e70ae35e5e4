package org.kolscope.stats.benford;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kolscope.stats.outliers.ReferenceCases.rel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;

/**
 * Benford on real data: the 78,226 Twitter follower counts of Golbeck (2015), read from
 * ../shared/data/real/golbeck-twitter-counts.tdf. Expected values from pandas 1.5.3 / scipy
 * 1.10.1:
 *
 * <pre>
 * g = pd.read_csv('golbeck-twitter-counts.tdf', sep='\t'); fc = g['Follower_Count']
 * cnt = np.bincount(fc.astype(str).str[0].astype(int), minlength=10)[1:]
 * np.mean(np.abs(cnt/cnt.sum() - np.log10(1 + 1/np.arange(1, 10))))    # 0.009963311767269244
 * scipy.stats.chisquare(cnt, np.log10(1 + 1/np.arange(1, 10)) * cnt.sum())
 *                                    # statistic=843.1221189020987, pvalue=1.0420356352221386e-176
 * </pre>
 *
 * <p>Not run without that folder ({@link RealData}).
 */
@RealData
class Benford_GolbeckTwitterTest {

  @Test
  void followerCounts_acceptableConformity() throws IOException {
    Path f = SharedFiles.realData("golbeck-twitter-counts.tdf");
    List<String> lines = Files.readAllLines(f);
    double[] followers =
        lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split("\t")[2].trim())).toArray();
    BenfordResult r = Benford.firstDigit(followers);
    assertThat(r.n()).isEqualTo(78226);
    assertThat(r.counts()).containsExactly(26286, 14395, 9923, 7246, 5737, 4641, 3834, 3348, 2816);
    assertThat(Math.abs(r.mad() - 0.009963311767269244)).isLessThan(1e-12);
    assertThat(rel(r.chiSquare(), 843.1221189020987)).isLessThan(1e-10);
    assertThat(rel(r.pValue(), 1.0420356352221386e-176)).isLessThan(1e-8);
    assertThat(r.conformity()).isEqualTo(Conformity.ACCEPTABLE);
  }
}
