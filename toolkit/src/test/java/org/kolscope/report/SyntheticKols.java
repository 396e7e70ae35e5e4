package org.kolscope.report;

import java.util.Random;
import org.kolscope.io.Schema;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded synthetic accounts table for report tests: follower counts log-uniform over 10^2.5 to
 * 10^6.5 (all four RED tiers), likes + collects ≈ 1.5 × followers with log-normal scatter, and
 * every tenth KOL with bought followers (likes + collects at 2 % of followers), so the audit flags
 * some KOLs in every run.
 */
final class SyntheticKols {
  private SyntheticKols() {}

  /** {@code n} KOLs named {@code KOL 0..}; {@code names} replace the first names. */
  static Table accounts(int n, long seed, String... names) {
    Random rnd = new Random(seed);
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    StringColumn name = StringColumn.create(Schema.NAME);
    LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
    LongColumn lc = LongColumn.create(Schema.LIKES_AND_COLLECTS);
    DoubleColumn price = DoubleColumn.create(Schema.PRICE_RMB);
    for (int i = 0; i < n; i++) {
      long f = Math.round(Math.pow(10, 2.5 + 4 * rnd.nextDouble()));
      double ratio = 1.5 * Math.exp(0.8 * rnd.nextGaussian());
      if (i % 10 == 9) {
        ratio = 0.02;
      }
      id.append("k" + i);
      name.append(i < names.length ? names[i] : "KOL " + i);
      followers.append(f);
      lc.append(Math.round(f * ratio));
      price.append(Math.round(500 + f * 0.01));
    }
    return Table.create("accounts", id, name, followers, lc, price);
  }
}
