package org.kolscope.evidence;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.kolscope.stats.Quantiles;

/**
 * How far a KOL's most extreme note lies from the KOL's own typical note, as one z-score.
 *
 * <p>Each note gets a log-ratio {@code e_j} (for {@link Signal#LIKE_SPIKE}: {@code log10(likes + 1)
 * − log10(collects + comments + 1)}; for {@link Signal#COMMENT_SPIKE}: {@code log10(comments + 1) −
 * log10(likes + 1)}) and its deviation from the KOL's median, {@code d_j = e_j − median_k(e)}.
 * Comparing a note with the same KOL's other notes removes everything that is the KOL's own
 * (audience, category, size), and a viral note, which gains likes, collects and comments together,
 * barely moves {@code e_j}; bought likes or a comment farm on some notes do. The deviations of
 * notes with few interactions are noisier (counts of 3 or 30 are rough), so each is divided by a
 * scale that depends on the note's interactions: the local MAD × 1.4826 of {@code d} over all
 * KOLs' notes against {@code log10(interactions + 1)} ({@link LocalFit}), giving {@code u_j}. The
 * KOL's statistic is its largest {@code u}; if the n values were independent N(0, 1), {@code
 * Φ(u_max)ⁿ} would be uniform, so {@code z = Φ⁻¹(Φ(u_max)ⁿ)} (Šidák's correction) is N(0, 1) for an
 * honest KOL whatever its number of notes. Computed as {@code z = −Φ⁻¹(−expm1(n · log1p(−Φ(−u))))}
 * to keep precision in the upper tail. KOLs with fewer than {@value #MIN_NOTES} notes get NaN.
 *
 * <p>Reference: Z. Šidák, "Rectangular confidence regions for the means of multivariate normal
 * distributions", JASA 62(318), 1967, 626–633.
 */
public final class NoteSpikes {
  /** Fewest notes for a spike score. */
  public static final int MIN_NOTES = 3;
  /** Largest |z| reported (beyond it the normal tail is numerically 0 or 1). */
  public static final double MAX_Z = 8;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private NoteSpikes() {}

  /**
   * The spike z-score of each group of notes.
   *
   * @param e per group, the notes' log-ratios (NaN = unknown, left out)
   * @param size per group, the notes' log10(interactions + 1), the same shape as e
   * @return per group, the z-score, NaN when fewer than {@value #MIN_NOTES} notes are known
   */
  public static double[] scores(double[][] e, double[][] size) {
    int groups = e.length;
    double[][] dev = new double[groups][];
    List<double[]> pooled = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      double[] known = java.util.Arrays.stream(e[g]).filter(v -> !Double.isNaN(v)).toArray();
      if (known.length < MIN_NOTES) {
        continue;
      }
      double med = Quantiles.median(known);
      dev[g] = new double[e[g].length];
      for (int j = 0; j < e[g].length; j++) {
        dev[g][j] = e[g][j] - med;
        if (!Double.isNaN(dev[g][j]) && !Double.isNaN(size[g][j])) {
          pooled.add(new double[] {size[g][j], dev[g][j]});
        }
      }
    }
    double[] out = new double[groups];
    java.util.Arrays.fill(out, Double.NaN);
    if (pooled.size() < LocalFit.MIN_POINTS) {
      return out;
    }
    double[] px = new double[pooled.size()];
    double[] py = new double[pooled.size()];
    for (int i = 0; i < px.length; i++) {
      px[i] = pooled.get(i)[0];
      py[i] = pooled.get(i)[1];
    }
    // the centre of the deviations is 0 by construction; only their scale is fitted
    LocalFit fit = LocalFit.fit(px, py, LocalFit.DEFAULT_SPAN, 0, LocalFit.DEFAULT_GRID);
    double floor = 0.05 * Quantiles.madNormal(py) + 1e-6;
    for (int g = 0; g < groups; g++) {
      if (dev[g] == null) {
        continue;
      }
      double max = Double.NEGATIVE_INFINITY;
      int n = 0;
      for (int j = 0; j < dev[g].length; j++) {
        if (Double.isNaN(dev[g][j]) || Double.isNaN(size[g][j])) {
          continue;
        }
        n++;
        double u = dev[g][j] / Math.max(fit.scale(size[g][j]), floor);
        max = Math.max(max, u);
      }
      out[g] = n < MIN_NOTES ? Double.NaN : sidak(max, n);
    }
    return out;
  }

  /** {@code Φ⁻¹(Φ(u)ⁿ)}, clamped to ±{@value #MAX_Z}. */
  static double sidak(double u, int n) {
    double tail = NORMAL.cumulativeProbability(-u); // 1 − Φ(u), exact in the upper tail
    double p = -Math.expm1(n * Math.log1p(-tail)); // 1 − Φ(u)ⁿ
    if (!(p > 0)) {
      return MAX_Z;
    }
    if (p >= 1) {
      return -MAX_Z;
    }
    double z = -NORMAL.inverseCumulativeProbability(p);
    return Math.max(-MAX_Z, Math.min(MAX_Z, z));
  }
}
