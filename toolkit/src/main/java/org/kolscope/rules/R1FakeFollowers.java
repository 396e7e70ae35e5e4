package org.kolscope.rules;

import static org.kolscope.core.Numbers.readable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.metrics.Metrics;
import org.kolscope.core.Numbers;

/**
 * R1 fake-followers: likes_and_collects / followers below a floor.
 *
 * <p>The field guide: "If the KOL has more followers than number of likes, it's likely that some of
 * the followers are fake" — a floor of 1. That floor holds for small accounts only. Measured on the
 * real RED sample ({@code ../shared/data/real/kaito-xiaohongshu-notes-2018.csv}, 1,722 authors,
 * RED tiers), the rule as written fires on 18 % of KOC (&lt; 5k), 22 % of micro (5k–50k), 64 % of
 * mid (50k–500k) and 95 % of top (≥ 500k) accounts: big accounts simply collect fewer likes per
 * follower (tier medians ≈ 4.0, 2.3, 0.70, 0.39). So the floor is tier-aware by follower count:
 * 1 below 50k followers, 0.1 from 50k (an order of magnitude fewer likes+collects than followers;
 * the real sample's 5th percentiles there are 0.27 and 0.12), which fires on 0 % of mid and 4.7 %
 * of top accounts of the sample. The floors are keyed by followers, not by tier label, so they
 * apply whatever tiers the audit reports. Severity {@code warning}.
 *
 * <p>Followers = 0 or unknown, or likes_and_collects unknown: not checked, with the reason.
 */
public final class R1FakeFollowers implements Rule {
  private final long[] from;
  private final double[] floors;

  /** The tier-aware default: floor 1 below 50,000 followers, 0.1 from 50,000. */
  public R1FakeFollowers() {
    this(new long[] {0, 50_000}, new double[] {1.0, 0.1});
  }

  /**
   * Floors by follower count: {@code floors[i]} applies from {@code fromFollowers[i]} followers up
   * to the next bound. {@code fromFollowers} must start at 0 and ascend; use {@code new long[]{0},
   * new double[]{1}} for the rule as written.
   *
   * @throws IllegalArgumentException if the arrays differ in length, do not start at 0, do not
   *     ascend, or a floor is not finite and &gt; 0
   */
  public R1FakeFollowers(long[] fromFollowers, double[] floors) {
    if (fromFollowers.length == 0 || fromFollowers.length != floors.length || fromFollowers[0] != 0) {
      throw new IllegalArgumentException(
          "need equally many bounds and floors, starting at 0 followers; got "
              + Arrays.toString(fromFollowers) + " and " + Arrays.toString(floors));
    }
    for (int i = 0; i < floors.length; i++) {
      Args.positive("floor", floors[i]);
      if (i > 0 && fromFollowers[i] <= fromFollowers[i - 1]) {
        throw new IllegalArgumentException(
            "follower bounds must ascend, got " + Arrays.toString(fromFollowers));
      }
    }
    this.from = fromFollowers.clone();
    this.floors = floors.clone();
  }

  /** The rule as written: floor 1 for every account. */
  public static R1FakeFollowers asWritten() {
    return new R1FakeFollowers(new long[] {0}, new double[] {1.0});
  }

  /** The floor for an account with {@code followers} followers. */
  public double floor(double followers) {
    int i = 0;
    while (i + 1 < from.length && followers >= from[i + 1]) {
      i++;
    }
    return floors[i];
  }

  @Override
  public String id() {
    return "R1";
  }

  @Override
  public String name() {
    return "fake-followers";
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("likes_and_collects / followers below ");
    for (int i = 0; i < from.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(readable(floors[i]));
      if (from.length > 1) {
        sb.append(i + 1 < from.length
            ? " under " + readable(from[i + 1]) + " followers"
            : " from " + readable(from[i]));
      }
    }
    return sb.toString();
  }

  @Override
  public List<Flag> check(AuditData d) {
    List<Flag> out = new ArrayList<>();
    var followers = d.kolColumn(Schema.FOLLOWERS);
    var likesAndCollects = d.kolColumn(Schema.LIKES_AND_COLLECTS);
    var ratios = d.kolColumn(Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER);
    for (int r = 0; r < d.kols().rowCount(); r++) {
      double f = Cells.number(followers, r);
      double lc = Cells.number(likesAndCollects, r);
      double ratio = Cells.number(ratios, r);
      if (Double.isNaN(ratio)) {
        String why = Double.isNaN(f) ? "followers unknown"
            : f == 0 ? "followers = 0, likes_and_collects / followers undefined"
            : "likes_and_collects unknown";
        out.add(new Flag(d.kolId(r), label(), Severity.UNKNOWN, why, Double.NaN, Double.NaN));
        continue;
      }
      double floor = floor(f);
      if (ratio < floor) {
        String reason = "likes_and_collects " + readable(lc) + " / followers " + readable(f) + " = "
            + readable(ratio) + " < " + readable(floor)
            + (floor == 1 ? " (more followers than likes and collects: fake followers?)"
                : " (below the floor for accounts with " + readable(f) + " followers: fake followers?)");
        out.add(new Flag(d.kolId(r), label(), Severity.WARNING, reason, ratio, floor));
      }
    }
    return out;
  }
}
