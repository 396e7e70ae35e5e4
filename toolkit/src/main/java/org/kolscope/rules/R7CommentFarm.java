package org.kolscope.rules;

import static org.kolscope.core.Numbers.readable;

import java.util.ArrayList;
import java.util.List;
import org.kolscope.core.Numbers;

/**
 * R7 comment-farm: a KOL's Σ comments / Σ likes far above its tier's norm.
 *
 * <p>Unusual comment ratios go both ways: bought comments ("comment farms") push comments / likes
 * above what the KOL's peers get. Judged like {@link R4LowComments} (same eligibility, fences from
 * the audited data per tier, log10 scale) on the upper side: above the inner fence (k = 1.5) gives a
 * {@code warning}, above the outer fence (k = 3, Tukey's "far out") an {@code alert}.
 *
 * <p>Measured on the real RED sample (kaito-xiaohongshu-notes-2018.csv): above the inner fence
 * 0.3 % of KOC, 0 % of micro and mid, 2.3 % of top (1 of 43) KOLs that can be judged; above the
 * outer fence none.
 */
public final class R7CommentFarm implements Rule {
  private final double minLikes;
  private final int minTierSize;
  private final double k;
  private final double kAlert;

  /** The defaults: 20 likes, 10 KOLs per tier, warning above k = 1.5, alert above k = 3. */
  public R7CommentFarm() {
    this(20, 10, 1.5, 3);
  }

  /**
   * @param minLikes likes a KOL's notes need in all (≥ 0)
   * @param minTierSize eligible KOLs a tier needs for fences (≥ 4)
   * @param k fence multiplier of a warning (&gt; 0)
   * @param kAlert fence multiplier of an alert (≥ k)
   * @throws IllegalArgumentException naming the bad value and its range
   */
  public R7CommentFarm(double minLikes, int minTierSize, double k, double kAlert) {
    this.minLikes = Args.nonNegative("minLikes", minLikes);
    this.minTierSize = Args.atLeast("minTierSize", minTierSize, 4);
    this.k = Args.positive("k", k);
    if (!(kAlert >= k && Double.isFinite(kAlert))) {
      throw new IllegalArgumentException("kAlert must be finite and >= k = " + k + ", got " + kAlert);
    }
    this.kAlert = kAlert;
  }

  @Override
  public String id() {
    return "R7";
  }

  @Override
  public String name() {
    return "comment-farm";
  }

  @Override
  public String describe() {
    return "Σ comments / Σ likes above the tier's upper Tukey fence (log10; warning k = " + readable(k)
        + ", alert k = " + readable(kAlert) + ")";
  }

  @Override
  public List<Flag> check(AuditData d) {
    List<Flag> out = new ArrayList<>();
    for (CommentsPerLikeByTier.Judged j : CommentsPerLikeByTier.judge(d, minLikes, minTierSize, k)) {
      String id = d.kolId(j.row());
      if (j.fences() == null) {
        out.add(new Flag(id, label(), Severity.UNKNOWN, j.unknown(), j.value(), Double.NaN));
        continue;
      }
      TierFences f = j.fences();
      if (j.value() > f.upper()) {
        double far = Math.pow(10, Math.log10(f.q3()) + kAlert * (Math.log10(f.q3()) - Math.log10(f.q1())));
        boolean alert = j.value() > far;
        String reason = j.measured() + ", above tier " + f.tier() + "'s " + (alert ? "outer fence " + readable(far)
                + " (k = " + readable(kAlert) + ")" : "upper fence " + readable(f.upper()) + " " + f.describe())
            + "; tier Q1–Q3 " + readable(f.q1()) + "–" + readable(f.q3()) + " (comment farm?)";
        out.add(new Flag(id, label(), alert ? Severity.ALERT : Severity.WARNING, reason, j.value(),
            alert ? far : f.upper()));
      }
    }
    return out;
  }
}
