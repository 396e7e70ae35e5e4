package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.evidence.NoteSignals;
import org.kolscope.evidence.NoteSpikes;
import org.kolscope.rules.NoteStage;

/**
 * {@link SparkScales}: both ways of fitting the spike scales (the points brought to the driver, and
 * the distributed sort and histogram passes used above {@value SparkScales#ON_DRIVER} notes) give
 * {@link NoteStage#scales}, the in-memory reference, bit for bit: the fit's grid, centre and scale
 * at each grid point, and the floor. The points are drawn with many ties in size (a KOL's notes
 * share one), so the order by KOL and line matters, and spread over uneven parts.
 */
class SparkScales_PathsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkScales_PathsTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @ParameterizedTest(name = "{0} points in {1} parts, seed {2}")
  @CsvSource({"7, 1, 1", "9, 2, 2", "5000, 3, 3", "60001, 7, 4", "250000, 5, 5"})
  void driverAndDistributed_sameAsInMemory(int points, int parts, long seed) {
    List<NoteStage.SpikePoints[]> data = points(points, parts, seed);
    NoteSignals.Scales reference = NoteStage.scales(data);
    JavaRDD<NoteStage.SpikePoints[]> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(data, parts);
    assertSame(SparkScales.onDriver(rdd), reference);
    assertSame(SparkScales.distributed(spark, rdd.flatMap(SparkScales::rows)), reference);
  }

  private static void assertSame(NoteSignals.Scales got, NoteSignals.Scales want) {
    assertSame(got.like(), want.like());
    assertSame(got.comment(), want.comment());
  }

  private static void assertSame(NoteSpikes.Scale got, NoteSpikes.Scale want) {
    if (want == null) {
      assertThat(got).isNull();
      return;
    }
    assertThat(got.floor()).isEqualTo(want.floor());
    assertThat(got.fit().n()).isEqualTo(want.fit().n());
    assertThat(got.fit().grid()).containsExactly(want.fit().grid());
    for (double x : want.fit().grid()) {
      assertThat(got.fit().centre(x)).isEqualTo(want.fit().centre(x));
      assertThat(got.fit().scale(x)).isEqualTo(want.fit().scale(x));
    }
  }

  /**
   * {@code n} points of the likes scale and about a third as many of the comments scale, in {@code
   * parts} parts of uneven sizes: sizes from 300 KOLs (each KOL's notes share its size), deviations
   * heavy-tailed, lines unique.
   */
  private static List<NoteStage.SpikePoints[]> points(int n, int parts, long seed) {
    Random r = new Random(seed);
    List<NoteStage.SpikePoints[]> out = new ArrayList<>();
    int[][] cut = new int[2][];
    int[] total = {n, n / 3};
    for (int k = 0; k < 2; k++) {
      cut[k] = new int[parts + 1];
      for (int p = 1; p < parts; p++) {
        cut[k][p] = r.nextInt(total[k] + 1);
      }
      cut[k][parts] = total[k];
      java.util.Arrays.sort(cut[k]);
    }
    double[] sizeOfKol = new double[300];
    for (int i = 0; i < sizeOfKol.length; i++) {
      sizeOfKol[i] = Math.round(r.nextDouble() * 60) / 10.0; // few distinct sizes: ties across KOLs too
    }
    for (int p = 0; p < parts; p++) {
      NoteStage.SpikePoints[] part = new NoteStage.SpikePoints[2];
      for (int k = 0; k < 2; k++) {
        int m = cut[k][p + 1] - cut[k][p];
        double[] size = new double[m];
        double[] dev = new double[m];
        long[] kol = new long[m];
        long[] line = new long[m];
        for (int i = 0; i < m; i++) {
          kol[i] = r.nextInt(sizeOfKol.length);
          size[i] = sizeOfKol[(int) kol[i]];
          dev[i] = r.nextGaussian() * (1 + size[i]) / Math.max(0.05, r.nextDouble());
          line[i] = 2L + cut[k][p] + i + (long) k * total[0];
        }
        part[k] = new NoteStage.SpikePoints(size, dev, kol, line);
      }
      out.add(part);
    }
    return out;
  }
}
