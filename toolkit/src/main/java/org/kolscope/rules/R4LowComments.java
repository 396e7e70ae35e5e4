package org.kolscope.rules;

import static org.kolscope.core.Numbers.readable;

import java.util.ArrayList;
import java.util.List;
import org.kolscope.core.Numbers;

/**
 * R4 low-comments: a KOL's Σ comments / Σ likes below the lower Tukey fence of its tier.
 *
 * <p>The field guide: "A healthy amount of comments is also a good sign"; bought likes come without
 * comments. The norm is computed from the audited data, per tier ({@link TierFences}, log10 scale,
 * k = 1.5): it is not a constant. A KOL needs at least {@code minLikes} likes over its notes
 * (default 20; below that one comment more or less swings the ratio) and its tier at least {@code
 * minTierSize} such KOLs (default 10); otherwise the rule is not checked and says why. A ratio of
 * 0 is below any fence. Severity {@code warning}.
 *
 * <p>Measured on the real RED sample (kaito-xiaohongshu-notes-2018.csv, 1,939 notes of 1,722
 * authors): fires on 7.4 % of KOC, 3.1 % of micro, 3.9 % of mid and 2.3 % of top KOLs that can be
 * judged — no tier needs a different threshold. Without {@code minLikes} it would fire on 37 % of
 * KOC (418 of 1,162 have no comment on a handful of likes).
 */
public final class R4LowComments implements Rule {
  private final double minLikes;
  private final int minTierSize;
  private final double k;

  /** The defaults: 20 likes, 10 KOLs per tier, k = 1.5. */
  public R4LowComments() {
    this(20, 10, 1.5);
  }

  /**
   * @param minLikes likes a KOL's notes need in all (≥ 0)
   * @param minTierSize eligible KOLs a tier needs for fences (≥ 4)
   * @param k Tukey's fence multiplier (&gt; 0)
   * @throws IllegalArgumentException naming the bad value and its range
   */
  public R4LowComments(double minLikes, int minTierSize, double k) {
    this.minLikes = Args.nonNegative("minLikes", minLikes);
    this.minTierSize = Args.atLeast("minTierSize", minTierSize, 4);
    this.k = Args.positive("k", k);
  }

  @Override
  public String id() {
    return "R4";
  }

  @Override
  public String name() {
    return "low-comments";
  }

  @Override
  public String describe() {
    return "Σ comments / Σ likes below the tier's lower Tukey fence (log10, k = " + readable(k)
        + "; KOLs with ≥ " + readable(minLikes) + " likes, tiers of ≥ " + minTierSize + ")";
  }

  @Override
  public List<Flag> check(AuditData d) {
    List<Flag> out = new ArrayList<>();
    for (CommentsPerLikeByTier.Judged j : CommentsPerLikeByTier.judge(d, minLikes, minTierSize, k)) {
      String id = d.kolId(j.row());
      if (j.fences() == null) {
        out.add(new Flag(id, label(), Severity.UNKNOWN, j.unknown(), j.value(), Double.NaN));
      } else if (j.value() < j.fences().lower()) {
        String reason = j.measured() + ", below tier " + j.fences().tier() + "'s lower fence "
            + readable(j.fences().lower()) + " " + j.fences().describe() + "; tier Q1–Q3 "
            + readable(j.fences().q1()) + "–" + readable(j.fences().q3());
        out.add(new Flag(id, label(), Severity.WARNING, reason, j.value(), j.fences().lower()));
      }
    }
    return out;
  }
}
