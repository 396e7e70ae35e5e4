package org.kolscope.rules;

import static org.kolscope.core.Numbers.readable;
import static org.kolscope.core.Numbers.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Cells;
import org.kolscope.metrics.Metrics;
import org.kolscope.core.Numbers;

/**
 * R2 likes-per-follower: likes_and_collects / followers outside the expected range.
 *
 * <p>The field guide: "the number of likes should be between 3-5 times the number of followers".
 * Measured on the real RED sample ({@code kaito-xiaohongshu-notes-2018.csv}, 1,722 authors), that
 * range misses most accounts of <em>every</em> tier: 83 % of KOC, 82 % of micro, 91 % of mid and
 * 100 % of top accounts fall outside [3, 5] (the middle half of KOC alone spans ≈ 1.5–8.5). So the
 * rule is tier-aware: in a tier with at least {@code minTierSize} KOLs where the range as written
 * misses more than {@code tierAwareShare} of them, the range becomes the tier's own Tukey fences
 * ({@link TierFences}, log10 scale, k = 1.5) computed from the audited data, and a KOL outside them
 * gets a {@code warning}. On the real sample these fences fire on 2.7 % of KOC, 3.7 % of micro,
 * 0 % of mid and 9.3 % of top accounts (35, 8, 0 and 4 KOLs). In a tier
 * where the range as written fits most KOLs, it stays, with a {@code warning}. In a tier too small
 * to judge, the range as written gives an {@code info} note only.
 *
 * <p>Below the range suggests bought followers; above it, bought likes or collects.
 */
public final class R2LikesPerFollower implements Rule {
  private final double low;
  private final double high;
  private final int minTierSize;
  private final double tierAwareShare;

  /** The defaults: [3, 5], tier-aware in tiers of ≥ 10 KOLs where [3, 5] misses more than half. */
  public R2LikesPerFollower() {
    this(3, 5, 10, 0.5);
  }

  /**
   * @param low lower end of the range as written (&gt; 0)
   * @param high upper end (&gt; low)
   * @param minTierSize KOLs a tier needs (with a known ratio &gt; 0) for its own fences (≥ 4)
   * @param tierAwareShare switch to the tier's fences when the range misses more than this share
   *     of the tier, in [0, 1] (0: always tier-aware; 1: never)
   * @throws IllegalArgumentException naming the bad value and its range
   */
  public R2LikesPerFollower(double low, double high, int minTierSize, double tierAwareShare) {
    Args.range("likes_and_collects / followers range", low, high);
    this.low = low;
    this.high = high;
    this.minTierSize = Args.atLeast("minTierSize", minTierSize, 4);
    this.tierAwareShare = Args.fraction("tierAwareShare", tierAwareShare);
  }

  @Override
  public String id() {
    return "R2";
  }

  @Override
  public String name() {
    return "likes-per-follower";
  }

  @Override
  public String describe() {
    return "likes_and_collects / followers outside [" + readable(low) + ", " + readable(high)
        + "], or outside the tier's Tukey fences where that range misses more than "
        + percent(tierAwareShare) + " of a tier of ≥ " + minTierSize + " KOLs";
  }

  @Override
  public List<Flag> check(AuditData d) {
    List<Flag> out = new ArrayList<>();
    String col = Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER;
    var ratios = d.kolColumn(col);
    for (Map.Entry<String, List<Integer>> e : d.rowsByTier().entrySet()) {
      List<Integer> rows = e.getValue();
      double[] v = rows.stream().mapToDouble(r -> Cells.number(ratios, r)).filter(x -> !Double.isNaN(x)).toArray();
      long positive = java.util.Arrays.stream(v).filter(x -> x > 0).count();
      long outside = java.util.Arrays.stream(v).filter(x -> x < low || x > high).count();
      double missShare = v.length == 0 ? 0 : (double) outside / v.length;
      boolean small = positive < minTierSize;
      TierFences fences = !small && missShare > tierAwareShare ? TierFences.of(e.getKey(), v, 1.5) : null;
      for (int r : rows) {
        double x = Cells.number(ratios, r);
        if (Double.isNaN(x)) {
          out.add(new Flag(d.kolId(r), label(), Severity.UNKNOWN,
              col + " unknown", Double.NaN, Double.NaN));
          continue;
        }
        double lo = fences != null ? fences.lower() : low;
        double hi = fences != null ? fences.upper() : high;
        if (x >= lo && x <= hi) {
          continue;
        }
        boolean below = x < lo;
        String side = below ? "below " + readable(lo) + " (fake followers?)" : "above " + readable(hi)
            + " (bought likes or collects?)";
        String basis = fences != null
            ? "; tier " + e.getKey() + " is judged by its own fences " + fences.describe()
                + " because [" + readable(low) + ", " + readable(high) + "] misses " + percent(missShare) + " of it"
            : small ? "; rule of thumb [" + readable(low) + ", " + readable(high) + "] (tier " + e.getKey()
                + " has " + positive + (positive == 1 ? " KOL" : " KOLs") + ", too few for its own fences)"
            : "; rule of thumb [" + readable(low) + ", " + readable(high) + "]";
        Severity s = small ? Severity.INFO : Severity.WARNING;
        out.add(new Flag(d.kolId(r), label(), s, col + " = " + readable(x) + ", " + side + basis,
            x, below ? lo : hi));
      }
    }
    for (int r : d.untiered()) {
      out.add(new Flag(d.kolId(r), label(), Severity.UNKNOWN, "followers unknown", Double.NaN,
          Double.NaN));
    }
    return out;
  }
}
