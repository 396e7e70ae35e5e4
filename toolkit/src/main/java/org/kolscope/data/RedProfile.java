package org.kolscope.data;

import org.kolscope.tiers.Tiers;

/**
 * The numbers the {@link Generator} draws RED accounts and notes from, per tier of {@link
 * Tiers#RED} (素人 &lt; 5k, 初级 5k–50k, 腰部 50k–500k, 头部 ≥ 500k followers).
 *
 * <p>Sources (see {@code docs/domain.md}): the tier medians of lifetime likes+collects per follower
 * (≈4.0, 2.3, 0.7, 0.4) and of the per-note engagement rate (≈0.24, 0.024, 0.012, 0.001) come from
 * a 2018 sample of 1,722 real RED authors; the spread under 5k (middle half ≈1.5–8.5) and "95 % of
 * 头部 below 1" fix the log-normal σ of the ratio in the first and last tier; likes 1–3 % of views,
 * comments 5–15 % of likes and prices of 500–8,000 RMB (above 10,000 for the top) come from the
 * field guide. Values at the anchors are calibrated so the tier medians come out as published,
 * checked by {@code Generator_DistributionTest}.
 */
public final class RedProfile {
  private RedProfile() {}

  /** Median of log10(followers): 10^4.3 ≈ 20,000. */
  public static final double LOG10_FOLLOWERS_MEDIAN = 4.3;

  /**
   * σ of log10(followers). With the median above the tier mix is ≈ 23 % 素人, 46 % 初级, 27 % 腰部, 4 %
   * 头部 (normal probabilities of the log bounds), and the first digits follow Benford's law closely
   * (a log-normal this wide is within 10⁻⁵ of it).
   */
  public static final double LOG10_FOLLOWERS_SIGMA = 0.8;

  /** Followers are redrawn outside [100, 30,000,000]. */
  public static final long MIN_FOLLOWERS = 100;

  /** Upper bound of followers (also caps bought followers). */
  public static final long MAX_FOLLOWERS = 30_000_000;

  /**
   * log10 followers at which the tier values below hold: each tier's median under the default
   * follower distribution (≈2,150, 16,500, 109,000 and 857,000 followers). Between anchors the
   * medians are interpolated linearly in log–log (σ linearly), and held constant beyond the first
   * and last, so no value jumps at a tier bound while each tier's median stays close to the
   * published one.
   */
  static final double[] ANCHOR_LOG10 = {3.33, 4.22, 5.04, 5.93};

  /**
   * Median likes_and_collects ÷ followers at the anchors: calibrated (7 rounds of 20,000 accounts)
   * so that the tier medians are the published 4.0, 2.3, 0.7 and 0.4.
   */
  static final double[] RATIO_MEDIAN = {4.2, 2.7, 0.66, 0.38};

  /** The published tier medians of likes_and_collects ÷ followers (real RED data, 2018). */
  static final double[] TIER_RATIO_MEDIAN = {4.0, 2.3, 0.7, 0.4};

  /**
   * Log-normal σ (natural log) of likes_and_collects ÷ followers within a tier: 1.29 gives the
   * reported middle half 1.5–8.5 under 5k; 0.557 puts 95 % of 头部 below 1 (ln 2.5 ÷ 1.645).
   */
  static final double[] RATIO_SIGMA = {1.29, 1.0, 0.8, 0.557};

  /**
   * Typical lifetime note counts ({@code notes}) at the anchors: bigger accounts have posted more.
   * Not published: 素人 calibrated (its accounts list all their notes, so their engagement is ratio ÷
   * notes), the others chosen as plausible.
   */
  static final double[] NOTES_MEDIAN = {6, 50, 120, 450};

  /**
   * Likes+collects of an account's listed (latest) notes relative to its lifetime average note, at
   * the anchors. Calibrated (as {@link #RATIO_MEDIAN}) so the tier medians of the per-note
   * engagement rate are the published 0.24, 0.024, 0.012, 0.001: it reconciles the lifetime ratio
   * with per-note engagement, which real data report from different samples. Capped per account so
   * the listed notes never sum to more than the lifetime likes_and_collects.
   */
  static final double[] RECENT_BOOST = {1.0, 0.39, 4.75, 1.23};

  /** Log-normal σ of the lifetime note count. */
  static final double NOTES_SIGMA = 0.6;

  /**
   * Median likes_and_collects ÷ followers at {@code followers} (interpolated, see {@link
   * #ANCHOR_LOG10}).
   */
  static double ratioMedian(double followers) {
    return StrictMath.exp(interpolate(StrictMath.log10(followers), ANCHOR_LOG10, ln(RATIO_MEDIAN)));
  }

  /** σ of ln(likes_and_collects ÷ followers) at {@code followers}. */
  static double ratioSigma(double followers) {
    return interpolate(StrictMath.log10(followers), ANCHOR_LOG10, RATIO_SIGMA);
  }

  /** Median lifetime note count at {@code followers}. */
  static double notesMedian(double followers) {
    return StrictMath.exp(interpolate(StrictMath.log10(followers), ANCHOR_LOG10, ln(NOTES_MEDIAN)));
  }

  /** Listed-note boost at {@code followers}. */
  static double recentBoost(double followers) {
    return StrictMath.exp(interpolate(StrictMath.log10(followers), ANCHOR_LOG10, ln(RECENT_BOOST)));
  }

  /** Piecewise-linear interpolation through (xs, ys), constant beyond the ends. */
  static double interpolate(double x, double[] xs, double[] ys) {
    if (x <= xs[0]) {
      return ys[0];
    }
    for (int i = 1; i < xs.length; i++) {
      if (x <= xs[i]) {
        double t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
        return ys[i - 1] + t * (ys[i] - ys[i - 1]);
      }
    }
    return ys[ys.length - 1];
  }

  private static double[] ln(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = StrictMath.log(v[i]);
    }
    return out;
  }

  /**
   * Log-normal σ of one note's share of its author's likes+collects: notes of one author differ a
   * lot (a hit note gets many times the median).
   */
  static final double NOTE_WEIGHT_SIGMA = 0.8;

  /** Median likes ÷ views of an account (the field guide's 1–3 %). */
  static final double LIKE_RATE_MEDIAN = 0.018;

  /** σ of the account's likes ÷ views median, and of one note around it. */
  static final double LIKE_RATE_ACCOUNT_SIGMA = 0.15;

  static final double LIKE_RATE_NOTE_SIGMA = 0.2;

  /** Median comments ÷ likes (the field guide's 5–15 %). */
  static final double COMMENT_RATE_MEDIAN = 0.085;

  /** σ of the account's comments ÷ likes, and of one note around it. */
  static final double COMMENT_RATE_ACCOUNT_SIGMA = 0.2;

  static final double COMMENT_RATE_NOTE_SIGMA = 0.2;

  /** Median shares ÷ likes and its σ (shares are rarer than comments on RED). */
  static final double SHARE_RATE_MEDIAN = 0.05;

  static final double SHARE_RATE_SIGMA = 0.6;

  /** σ of collects ÷ likes around the category median, per account and per note. */
  static final double COLLECT_RATE_ACCOUNT_SIGMA = 0.3;

  static final double COLLECT_RATE_NOTE_SIGMA = 0.25;

  /** Share of accounts that shared their notes' views (RED keeps views private). */
  static final double VIEWS_SHARED = 0.85;

  /** Chance that a note is a brand cooperation (has a {@code cost_rmb}). */
  static final double SPONSORED_NOTE = 0.25;

  /** Chance that an account's cooperation is gifting rather than paid, per tier. */
  static final double[] GIFTED = {0.6, 0.35, 0.1, 0.02};

  /**
   * Price per note: {@code PRICE_SCALE × followers^PRICE_EXPONENT × e^(σz)}, rounded to 100 RMB, at
   * least {@value #MIN_PRICE}: ≈ 560 RMB at 2k followers, 2,000 at 20k, 7,000 at 200k, 17,000 at
   * 1M.
   */
  static final double PRICE_SCALE = 8.6;

  static final double PRICE_EXPONENT = 0.55;
  static final double PRICE_SIGMA = 0.35;
  static final double MIN_PRICE = 200;

  /** Median of {@code following} and its σ. */
  static final double FOLLOWING_MEDIAN = 250;

  static final double FOLLOWING_SIGMA = 0.9;

  /** Median days between an account's notes and its σ. */
  static final double GAP_DAYS_MEDIAN = 3;

  static final double GAP_DAYS_SIGMA = 0.6;

  /** Categories and their weights in the mix. */
  static final String[] CATEGORIES = {"美妆", "护肤", "时尚", "美食", "旅行", "母婴", "健身", "家居", "数码"};

  static final double[] CATEGORY_WEIGHTS = {20, 16, 14, 14, 10, 8, 7, 6, 5};

  /**
   * Median collects ÷ likes per category: how-to content (skin care, travel guides, home) is saved
   * more than it is liked; fashion and digital less.
   */
  static final double[] COLLECT_RATE_MEDIAN = {0.45, 0.6, 0.3, 0.55, 0.7, 0.5, 0.5, 0.65, 0.35};

  /**
   * Relative frequency of posting hours 0–23 on weekdays, Beijing time: RED's evening peak (most
   * notes between 18:00 and 23:00, the highest at 20–21 h), a lunch bump at 12–13 h and few notes
   * from 02:00 to 06:00. The shape follows what RED agencies describe (people browse at lunch and
   * after work); the 2018 sample of real notes also has most of its notes at 17–22 h (see {@code
   * notebooks/05-when-to-post.ipynb}).
   */
  static final double[] HOUR_WEIGHTS = {
    2, 1, 1, 0.5, 0.5, 0.5, 1, 2, 3, 3, 3, 4, 6, 5, 4, 4, 4, 5, 7, 8, 9, 9, 8, 5
  };

  /**
   * Posting hours on Saturdays and Sundays: later mornings, more of the afternoon, and a later
   * night than on weekdays; the same evening peak.
   */
  static final double[] WEEKEND_HOUR_WEIGHTS = {
    3, 2, 1, 0.5, 0.5, 0.5, 0.5, 1, 1.5, 2.5, 3.5, 4.5, 5.5, 5.5, 5, 5, 5, 5.5, 7, 8, 9, 9, 8, 6
  };

  /**
   * Relative number of notes published on Monday … Sunday: a quieter start of the week and more
   * notes at the weekend, when creators have time to shoot and write. (An assumption: no public
   * source gives RED's weekday mix; it makes the weekday analysis have something to find.)
   */
  static final double[] WEEKDAY_WEIGHTS = {0.9, 0.95, 0.95, 1.0, 1.05, 1.15, 1.1};

  /**
   * Engagement of a note by the hour it was published, relative to the account's other notes:
   * notes that go out in the evening, when most of the audience is online, gather about 20 % more
   * likes, collects and comments; notes posted between 02:00 and 06:00, about 20 % fewer. (An
   * assumption, not a measurement: practitioners say the hour matters — the field guide: KOLs know
   * "what time is the best to publish content" — but publish no figures. The timing analysis should
   * find this effect in the shipped data; notebook 05 shows what the real 2018 notes say.)
   */
  static final double[] HOUR_LIFT = {
    1.0, 0.95, 0.8, 0.8, 0.8, 0.8, 0.85, 0.95, 1.0, 1.0, 1.0, 1.05, 1.05, 1.05, 1.0, 1.0, 1.0,
    1.05, 1.1, 1.2, 1.2, 1.2, 1.2, 1.1
  };

  /**
   * Engagement of a video note relative to an image note of the same account: 1.3. (An assumption
   * in line with RED's push for video since 2019; the field guide praises video ("a fun video …
   * generated over 4400 likes") without a figure, and the real 2018 notes have no content type.)
   */
  static final double VIDEO_LIFT = 1.3;

  /**
   * Hours in which a new note gathers 1 − 1/e (63 %) of its engagement: engagement at age a is the
   * final one times 1 − exp(−a / 12 h), so 98 % after 48 h — the field guide's note had "over 4400
   * likes and over 500 comments within a couple of days". Notes younger than that at the end of
   * the window (the crawl) show less.
   */
  static final double ENGAGEMENT_HOURS = 12;
}
