package org.kolscope.evidence;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.kolscope.core.Parallel;
import org.kolscope.core.Quantiles;

/**
 * How far a KOL's most extreme note lies from the KOL's own typical note, as one z-score.
 *
 * <p>Each note gets a log-ratio {@code e_j} (for {@link Signal#LIKE_SPIKE}: {@code log10(likes + 1)
 * − log10(collects + comments + 1)}; for {@link Signal#COMMENT_SPIKE}: {@code log10(comments + 1) −
 * log10(likes + 1)}) and its deviation from the median of the KOL's <em>other</em> notes, {@code d_j
 * = e_j − median(e_{−j})}, divided by {@code √(1 + c(m))} with {@code c(m)} the variance of a median
 * of m = n − 1 values in units of σ² ({@code 1} for m = 1, {@code ½} for m = 2, {@code π / 2m}
 * beyond): so every deviation has the same variance whatever the KOL's number of notes (a note
 * compared with the median of all notes including itself would look closer to it than it is).
 * Comparing a note with the same KOL's other notes removes everything that is the KOL's own
 * (audience, category, size), and a viral note, which gains likes, collects and comments together,
 * barely moves {@code e_j}; bought likes or a comment farm on some notes do. The deviations of
 * notes with few interactions are noisier (counts of 3 or 30 are rough), so each is divided by a
 * scale that depends on the note's interactions: the local MAD × 1.4826 of {@code d} over all
 * KOLs' notes against {@code log10(interactions + 1)} ({@link LocalFit}), giving {@code u_j}. The
 * KOL's statistic is its {@code r}-th largest {@code u} (r = 1: the most extreme note; r = 2: the
 * second, so that one odd note is not enough). If the n values were independent N(0, 1), the
 * probability that r or more of them exceed {@code u} is the binomial tail {@code P(Bin(n, q) ≥ r)
 * = I_q(r, n − r + 1)} with {@code q = 1 − Φ(u)} (the regularised incomplete beta function), and
 * {@code z = −Φ⁻¹} of it is N(0, 1) for an honest KOL whatever its number of notes; for r = 1 this is
 * Šidák's correction. KOLs with fewer than {@value #MIN_NOTES} notes (or fewer than r + 1) get NaN.
 *
 * <p>Why r = 2 for comments: a single note with comments near its likes has a common honest cause,
 * the giveaway (评论抽奖: "comment to win"), so comment evidence needs a second note. A single note
 * with likes far above its collects and comments has no such common cause, and bought likes often
 * touch one or two notes, so likes use r = 1.
 *
 * <p>References: Z. Šidák, "Rectangular confidence regions for the means of multivariate normal
 * distributions", JASA 62(318), 1967, 626–633; H. A. David and H. N. Nagaraja, Order Statistics,
 * 3rd ed., Wiley, 2003, §2.1 (the distribution of an order statistic as a binomial tail).
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
   * @param rank which largest deviation is the statistic (1: the largest)
   * @return per group, the z-score, NaN when fewer than {@value #MIN_NOTES} notes are known
   */
  public static double[] scores(double[][] e, double[][] size, int rank) {
    checkRank(rank);
    int groups = e.length;
    double[][] dev = new double[groups][];
    Parallel.forEach(groups, 64, g -> dev[g] = deviations(e[g]));
    // the points counted first, then pooled into arrays of their size: at 10M notes, arrays grown
    // by doubling (and trimmed by a copy) held 4 times the points' 160 MB during the fit
    int pooled = 0;
    for (int g = 0; g < groups; g++) {
      for (int j = 0; dev[g] != null && j < e[g].length; j++) {
        if (!Double.isNaN(dev[g][j]) && !Double.isNaN(size[g][j])) {
          pooled++;
        }
      }
    }
    double[] out = new double[groups];
    java.util.Arrays.fill(out, Double.NaN);
    if (pooled < LocalFit.MIN_POINTS) {
      return out;
    }
    double[] px = new double[pooled];
    double[] py = new double[pooled];
    for (int g = 0, p = 0; g < groups; g++) {
      for (int j = 0; dev[g] != null && j < e[g].length; j++) {
        if (!Double.isNaN(dev[g][j]) && !Double.isNaN(size[g][j])) {
          px[p] = size[g][j];
          py[p++] = dev[g][j];
        }
      }
    }
    Scale scale = Scale.of(px, py);
    px = null; // the fit keeps its sample only
    py = null;
    Parallel.forEach(groups, 64, g -> out[g] = score(dev[g], size[g], scale, rank));
    return out;
  }

  private static void checkRank(int rank) {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be ≥ 1, got " + rank);
    }
  }

  /**
   * One group's deviations {@code d_j} (NaN where {@code e_j} is unknown), or null when fewer than
   * {@value #MIN_NOTES} of its log-ratios are known. The points {@code (size_j, d_j)} with both
   * known are what {@link Scale} is fitted on, pooled over all groups.
   */
  public static double[] deviations(double[] e) {
    double[] known = java.util.Arrays.stream(e).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (known.length < MIN_NOTES) {
      return null;
    }
    double inflate = Math.sqrt(1 + medianVariance(known.length - 1));
    double[] dev = new double[e.length];
    for (int j = 0; j < e.length; j++) {
      dev[j] = Double.isNaN(e[j]) ? Double.NaN : (e[j] - medianWithout(known, e[j])) / inflate;
    }
    return dev;
  }

  /**
   * One group's spike z-score from its {@link #deviations} (null: NaN) and its notes' sizes,
   * with the scale fitted over all groups.
   */
  public static double score(double[] dev, double[] size, Scale scale, int rank) {
    checkRank(rank);
    if (dev == null) {
      return Double.NaN;
    }
    double[] u = new double[dev.length];
    int n = 0;
    for (int j = 0; j < dev.length; j++) {
      if (Double.isNaN(dev[j]) || Double.isNaN(size[j])) {
        continue;
      }
      u[n++] = dev[j] / Math.max(scale.fit().scale(size[j]), scale.floor());
    }
    if (n < MIN_NOTES || n <= rank) {
      return Double.NaN;
    }
    u = java.util.Arrays.copyOf(u, n);
    java.util.Arrays.sort(u);
    return orderZ(u[n - rank], n, rank);
  }

  /**
   * The scale of the deviations against the notes' sizes, fitted on all groups' points: a local
   * MAD × 1.4826 ({@link LocalFit} with no robustness passes; the centre is 0 by construction),
   * and a floor of 5 % of the MAD × 1.4826 of all deviations (+ 10⁻⁶) so that no note is divided
   * by a scale near 0.
   *
   * @param fit the local fit of the deviations against the sizes
   * @param floor the smallest scale a deviation is divided by
   */
  public record Scale(LocalFit fit, double floor) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Fitted on the pooled points (size, deviation). */
    public static Scale of(double[] size, double[] dev) {
      LocalFit fit = LocalFit.fit(size, dev, LocalFit.DEFAULT_SPAN, 0, LocalFit.DEFAULT_GRID);
      return new Scale(fit, floorOf(Quantiles.madNormal(dev)));
    }

    /**
     * As {@link #of} from what an engine holding the points in parts computes: the points'
     * systematic sample ({@link LocalFit#ofSample}), their number, and the MAD × 1.4826 of all
     * deviations.
     */
    public static Scale ofSample(double[] xs, double[] ys, int total, double madNormal) {
      LocalFit fit = LocalFit.ofSample(xs, ys, total, LocalFit.DEFAULT_SPAN, 0, LocalFit.DEFAULT_GRID);
      return new Scale(fit, floorOf(madNormal));
    }

    private static double floorOf(double madNormal) {
      return 0.05 * madNormal + 1e-6;
    }
  }

  /** Variance of the median of m normal values, in units of σ²: 1, ½, then π / 2m. */
  static double medianVariance(int m) {
    return m == 1 ? 1 : m == 2 ? 0.5 : Math.PI / (2 * m);
  }

  /** The median of {@code sorted} without one occurrence of {@code v} (which it holds). */
  static double medianWithout(double[] sorted, double v) {
    int i = java.util.Arrays.binarySearch(sorted, v);
    int m = sorted.length - 1;
    if (m % 2 == 1) {
      return at(sorted, i, (m - 1) / 2);
    }
    return (at(sorted, i, m / 2 - 1) + at(sorted, i, m / 2)) / 2;
  }

  private static double at(double[] sorted, int removed, int k) {
    return sorted[k < removed ? k : k + 1];
  }

  /**
   * The z-score of the r-th largest of n standard normal values being {@code u}: {@code −Φ⁻¹(P(Bin(n,
   * 1 − Φ(u)) ≥ r))}, clamped to ±{@value #MAX_Z}.
   */
  static double orderZ(double u, int n, int rank) {
    double q = NORMAL.cumulativeProbability(-u); // 1 − Φ(u), exact in the upper tail
    double p = q >= 1 ? 1 : org.apache.commons.math3.special.Beta.regularizedBeta(q, rank, n - rank + 1);
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
