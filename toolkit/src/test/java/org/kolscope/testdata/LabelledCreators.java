package org.kolscope.testdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Schema;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded, labelled generator of per-creator AVERAGE tables — the shape influencer-platform
 * exports have (one row per creator: followers and average views, likes, comments, shares of recent
 * posts) — for TESTS ONLY, like {@link LabelledRed}.
 *
 * <pre>{@code
 * LabelledCreators c = LabelledCreators.builder().platform(Platform.TIKTOK).seed(3).build();
 * Table t = c.creators();   // kol_id, name, platform, followers, avg_views, avg_likes,
 *                           // avg_comments, avg_shares, engagement_rate, truth
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * Calibrated on the real top-creator tables in {@code shared/data/real/} (juancos 2022: TikTok ×2,
 * YouTube, Instagram; commands in {@code docs/dev-notes/labelled-generators.md}). Those lists are
 * top-1,000 rankings, so only the <i>ratios</i> (likes/views, comments/likes, shares/likes) and
 * their spreads are taken from them directly; the size slope of views is not (TikTok's lists are
 * ranked by views, which flattens it to 0.10–0.14; YouTube's, ranked by followers, give 0.57).
 *
 * <ol>
 *   <li>followers F: 65 % log10 F = 5.0 + 0.7·t₄, 35 % F = 10^(5+U)·V^(−1/0.8) (Pareto tail with a
 *       log-uniform scale); redrawn outside [10³, 5·10⁸].
 *   <li>creator quality q = 0.12·t₅ (log10 units): views × 10^q, likes/views × 10^(0.3q).
 *   <li>median views per post V = F·a·(F/10⁶)^(e−1)·10^(q + s_v·t₅) with the platform's a, e, s_v
 *       ({@link Platform}); likes/views ρ = ρ₀·10^(0.3q + 0.9·s_ρ·t₅); comments/likes κ =
 *       κ₀·10^(s_κ·t₅ − c·δ), δ the creator's log10 likes/views deviation and c the platform's
 *       coupling (so, as in the real tables, likes/views and comments/likes are mildly negatively
 *       correlated: −0.13 to −0.19 there, −0.15 to −0.20 here); shares/likes σ =
 *       σ₀·10^(s_σ·t₅).
 *   <li>P = 8–30 recent posts, each: views = V·10^(0.25·t₄) (one viral post × logU(8, 30) with
 *       chance {@code viralShare}), likes = views·ρ·10^(0.08·t₅), comments = likes·κ·10^(0.15·t₅)
 *       (one giveaway post × U(6, 15) with chance {@code giveawayShare}), shares =
 *       likes·σ·10^(0.25·t₅). The table holds their rounded means, views and shares only where
 *       the platform shows them (TikTok both; YouTube views; Instagram neither), and
 *       engagement_rate = (avg_likes + avg_comments) ÷ followers.
 * </ol>
 *
 * <h2>Manipulations</h2>
 *
 * Chosen and split exactly as in {@link LabelledRed} ({@code manipulatedShare} default 9 %, equal
 * kinds, 20 % mixed, labelled by the main kind), applied to the posts before averaging, parameters
 * from each creator's own injection stream (so {@link #organicTwin()} is row-for-row the organic
 * table):
 *
 * <ul>
 *   <li><b>bought_followers</b>: followers × logU(1.3, 5); every average unchanged, so the
 *       engagement rate falls by that factor.
 *   <li><b>bought_likes</b>: max(1, round(U(0.1, 0.4)·P)) posts; k = logU(2, 8), per post
 *       k·e^(0.2·Z) (≥ 1.5); bought = (k−1)·max(likes, ½·median post likes); bot views
 *       U(0.2, 1)·bought. avg_likes and avg_views (and the engagement rate) rise.
 *   <li><b>comment_farm</b>: max(1, round(U(0.2, 0.7)·P)) posts; intensity r = U(0.25, 1.2);
 *       each gets r·U(0.85, 1.15)·likes extra comments. avg_comments (and the engagement rate)
 *       rise.
 * </ul>
 */
public final class LabelledCreators {

  /** Average columns. */
  public static final String AVG_VIEWS = "avg_views";

  public static final String AVG_LIKES = "avg_likes";
  public static final String AVG_COMMENTS = "avg_comments";
  public static final String AVG_SHARES = "avg_shares";
  public static final String ENGAGEMENT_RATE = "engagement_rate";

  /**
   * A platform's honest shape: median views per follower at 10⁶ followers ({@code
   * viewsPerFollowerAt1M}), views ∝ followers^{@code viewsExponent}, the log10 spread of views
   * across creators ({@code viewsSpread}), median likes/views, comments/likes, shares/likes and
   * their log10 spreads across creators, and which averages an export shows.
   */
  public enum Platform {
    /**
     * TikTok. Measured (two top-1,000 lists): likes/views median 0.133 / 0.117, log10 sd 0.22;
     * comments/likes 0.0072 / 0.0053, sd 0.34–0.36; shares/likes 0.0062 / 0.0046, sd 0.53;
     * views/followers median 0.71 / 0.54 at ≈4M followers. Chosen: views at 1M = 0.5 (below the
     * view-ranked lists), exponent 0.6 (between RED's per-note likes slope 0.51 and YouTube's
     * 0.57), spread 0.35; shares/likes 0.0045 and comments/likes spread 0.27 so that the
     * averages (means of noisy posts) come out at the measured medians and spreads.
     */
    TIKTOK("tiktok", 0.5, 0.6, 0.35, 0.125, 0.2, 0.006, 0.27, 0.35, 0.0045, 0.42, true, true),
    /**
     * YouTube. Measured (top channels, ranked by followers, 964 after dropping repeats and zero
     * views): views ∝ followers^0.57 (residual log10 sd 0.88); views/followers 0.011 at 14.5M, so
     * 0.035 at 1M on that slope (0.022 chosen, since averages of noisy posts exceed the median
     * post); likes/views 0.028 (sd 0.46); comments/likes 0.043 (sd 0.35). Shares are not
     * exported.
     */
    YOUTUBE("youtube", 0.022, 0.57, 0.65, 0.028, 0.42, 0.043, 0.28, 0.12, Double.NaN, 0, true, false),
    /**
     * Instagram. Measured (top-1,000 by followers): (likes + comments)/followers median 0.037 at
     * 14.5M, residual log10 sd 0.39. The export has no views, shares, nor a likes/comments split:
     * likes/views 0.10 (internal only), comments/likes 0.02 and the exponent 0.85 are chosen, not
     * measured.
     */
    INSTAGRAM("instagram", 0.33, 0.85, 0.3, 0.10, 0.15, 0.02, 0.27, 0.35, Double.NaN, 0, false, false);

    final String id;
    final double viewsPerFollowerAt1M, viewsExponent, viewsSpread;
    final double likesPerView, likesPerViewSpread, commentsPerLike, commentsPerLikeSpread, coupling;
    final double sharesPerLike, sharesPerLikeSpread;
    final boolean viewsShown, sharesShown;

    Platform(
        String id, double vpf, double exponent, double spread, double lpv, double lpvSpread,
        double cpl, double cplSpread, double coupling, double spl, double splSpread, boolean views,
        boolean shares) {
      this.id = id;
      this.viewsPerFollowerAt1M = vpf;
      this.viewsExponent = exponent;
      this.viewsSpread = spread;
      this.likesPerView = lpv;
      this.likesPerViewSpread = lpvSpread;
      this.commentsPerLike = cpl;
      this.commentsPerLikeSpread = cplSpread;
      this.coupling = coupling;
      this.sharesPerLike = spl;
      this.sharesPerLikeSpread = splSpread;
      this.viewsShown = views;
      this.sharesShown = shares;
    }

    /** Lower-case name written in the {@code platform} column. */
    public String id() {
      return id;
    }

    /** Median likes/views of honest creators (before per-post noise). */
    public double likesPerView() {
      return likesPerView;
    }

    /** Median comments/likes of honest creators. */
    public double commentsPerLike() {
      return commentsPerLike;
    }

    /** Median shares/likes of honest creators (NaN where the platform has none). */
    public double sharesPerLike() {
      return sharesPerLike;
    }
  }

  /**
   * What was done to one creator (one per creator, honest ones included); NaN where a kind was not
   * applied.
   *
   * @param kolId the creator
   * @param truth label (main kind or honest)
   * @param kinds every kind applied, main first
   * @param posts P, posts averaged
   * @param organicFollowers followers before any purchase
   * @param shownFollowers followers in the table
   * @param followerFactor the drawn follower factor
   * @param postsBoughtLikes posts with bought likes
   * @param likeFactor account like factor k
   * @param boughtLikes total bought likes over the P posts (avg_likes rises by about this ÷ P)
   * @param postsFarmed posts with farmed comments
   * @param farmIntensity r
   * @param farmedComments total farmed comments over the P posts
   * @param viralFactor honest confounder: reach factor of a viral post, NaN if none
   * @param giveaway honest confounder: whether one post is a giveaway
   */
  public record Manipulation(
      String kolId, Truth truth, List<Truth> kinds, int posts, long organicFollowers,
      long shownFollowers, double followerFactor, int postsBoughtLikes, double likeFactor,
      long boughtLikes, int postsFarmed, double farmIntensity, long farmedComments,
      double viralFactor, boolean giveaway) {

    public boolean has(Truth kind) {
      return kinds.contains(kind);
    }
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder options; every setter validates its argument. */
  public static final class Builder implements Cloneable {
    private int creators = 2000;
    private Platform platform = Platform.TIKTOK;
    private double manipulatedShare = 0.09;
    private double[] kindWeights = {1, 1, 1};
    private double mixedShare = 0.2;
    private long seed = 1;
    private Boolean views;
    private Boolean shares;
    private boolean engagementRate = true;
    private int minPosts = 8;
    private int maxPosts = 30;
    private double viralShare = 0.15;
    private double giveawayShare = 0.04;

    /** Number of creators (default 2,000), ≥ 1. */
    public Builder creators(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("creators must be >= 1, got " + n);
      }
      creators = n;
      return this;
    }

    /** The platform whose shape is drawn (default TikTok). */
    public Builder platform(Platform p) {
      platform = Objects.requireNonNull(p, "platform");
      return this;
    }

    /** Share of creators manipulated (default 0.09), in [0, 1]. */
    public Builder manipulatedShare(double s) {
      manipulatedShare = unit("manipulatedShare", s);
      return this;
    }

    /** Relative weights of bought followers, bought likes, comment farm (default 1, 1, 1). */
    public Builder kindWeights(double boughtFollowers, double boughtLikes, double commentFarm) {
      LabelledRed.builder().kindWeights(boughtFollowers, boughtLikes, commentFarm); // validates
      kindWeights = new double[] {boughtFollowers, boughtLikes, commentFarm};
      return this;
    }

    /** Share of manipulated creators with a second kind (default 0.2), in [0, 1]. */
    public Builder mixedShare(double s) {
      mixedShare = unit("mixedShare", s);
      return this;
    }

    /** The seed (default 1). */
    public Builder seed(long s) {
      seed = s;
      return this;
    }

    /** Whether avg_views has values (default: the platform's habit; missing column cells if not). */
    public Builder views(boolean shown) {
      views = shown;
      return this;
    }

    /** Whether avg_shares has values (default: the platform's habit). */
    public Builder shares(boolean shown) {
      shares = shown;
      return this;
    }

    /** Whether to add the engagement_rate column (default true). */
    public Builder engagementRate(boolean add) {
      engagementRate = add;
      return this;
    }

    /** Posts averaged per creator: uniform in [min, max] (default 8–30), 1 ≤ min ≤ max. */
    public Builder posts(int min, int max) {
      if (min < 1 || max < min) {
        throw new IllegalArgumentException("need 1 <= min <= max, got " + min + ", " + max);
      }
      minPosts = min;
      maxPosts = max;
      return this;
    }

    /** Chance of one viral post per creator (default 0.15), in [0, 1]. */
    public Builder viralShare(double s) {
      viralShare = unit("viralShare", s);
      return this;
    }

    /** Chance of one giveaway post per creator (default 0.04), in [0, 1]. */
    public Builder giveawayShare(double s) {
      giveawayShare = unit("giveawayShare", s);
      return this;
    }

    /** Generates the table (eagerly). */
    public LabelledCreators build() {
      return new LabelledCreators(copy());
    }

    private Builder copy() {
      try {
        Builder b = (Builder) super.clone();
        b.kindWeights = kindWeights.clone();
        return b;
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }

    private static double unit(String what, double s) {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException(what + " must be in [0, 1], got " + s);
      }
      return s;
    }
  }

  private final Builder config;
  private final Table creators;
  private final List<Manipulation> records;
  private final Map<String, Manipulation> byId = new LinkedHashMap<>();

  /** One creator while being generated: its posts' counts. */
  private static final class Creator {
    String id, name;
    long followers, organicFollowers;
    double[] views, likes, comments, shares;
    double viralFactor = Double.NaN;
    boolean giveaway;
  }

  private LabelledCreators(Builder b) {
    this.config = b;
    int n = b.creators;
    Truth[] main = new Truth[n];
    Truth[] second = new Truth[n];
    choose(b, main, second);
    boolean showViews = b.views != null ? b.views : b.platform.viewsShown;
    boolean showShares =
        (b.shares != null ? b.shares : b.platform.sharesShown) && !Double.isNaN(b.platform.sharesPerLike);

    StringColumn id = StringColumn.create(Schema.KOL_ID);
    StringColumn name = StringColumn.create(Schema.NAME);
    StringColumn platform = StringColumn.create(Schema.PLATFORM);
    LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
    LongColumn views = LongColumn.create(AVG_VIEWS);
    LongColumn likes = LongColumn.create(AVG_LIKES);
    LongColumn comments = LongColumn.create(AVG_COMMENTS);
    LongColumn shares = LongColumn.create(AVG_SHARES);
    DoubleColumn rate = DoubleColumn.create(ENGAGEMENT_RATE);
    StringColumn truth = StringColumn.create(Truth.COLUMN);
    List<Manipulation> recs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Creator c = organic(b, i, Draws.of(b.seed, 11, i));
      Manipulation m = inject(c, main[i], second[i], Draws.of(b.seed, 12, i));
      recs.add(m);
      byId.put(c.id, m);
      id.append(c.id);
      name.append(c.name);
      platform.append(b.platform.id);
      followers.append(c.followers);
      long avgLikes = Math.round(mean(c.likes));
      long avgComments = Math.round(mean(c.comments));
      if (showViews) {
        views.append(Math.round(mean(c.views)));
      } else {
        views.appendMissing();
      }
      likes.append(avgLikes);
      comments.append(avgComments);
      if (showShares) {
        shares.append(Math.round(mean(c.shares)));
      } else {
        shares.appendMissing();
      }
      rate.append((avgLikes + avgComments) / (double) c.followers);
      truth.append(main[i].label());
    }
    this.records = Collections.unmodifiableList(recs);
    Table t = Table.create("labelled-creators", id, name, platform, followers, views, likes,
        comments, shares);
    if (b.engagementRate) {
      t.addColumns(rate);
    }
    t.addColumns(truth);
    this.creators = t;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static void choose(Builder b, Truth[] main, Truth[] second) {
    // the same recipe as LabelledRed, on the creators' own selection stream
    int n = b.creators;
    Arrays.fill(main, Truth.HONEST);
    Draws d = Draws.of(b.seed, 13, 0);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = d.below(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] counts = LabelledRed.split((int) Math.round(b.manipulatedShare * n), b.kindWeights);
    int pos = 0;
    for (int k = 0; k < 3; k++) {
      Truth kind = Truth.KINDS.get(k);
      int mixed = (int) Math.round(b.mixedShare * counts[k]);
      for (int c = 0; c < counts[k]; c++) {
        int i = order[pos++];
        main[i] = kind;
        double u = d.u();
        if (c < mixed) {
          second[i] =
              switch (kind) {
                case BOUGHT_FOLLOWERS -> u < 0.6 ? Truth.BOUGHT_LIKES : Truth.COMMENT_FARM;
                case BOUGHT_LIKES -> u < 0.5 ? Truth.BOUGHT_FOLLOWERS : Truth.COMMENT_FARM;
                default -> u < 0.7 ? Truth.BOUGHT_LIKES : Truth.BOUGHT_FOLLOWERS;
              };
        }
      }
    }
  }

  private static double followers(Draws d) {
    while (true) {
      double lf;
      if (d.u() < 0.65) {
        lf = 5.0 + 0.7 * d.t(4);
      } else {
        lf = 5 + d.u() + StrictMath.log10(1.0 / StrictMath.pow(1.0 - d.u(), 1 / 0.8));
      }
      if (lf >= 3 && lf <= StrictMath.log10(5e8)) {
        return StrictMath.rint(StrictMath.pow(10, lf));
      }
    }
  }

  private static final String[] SYL = {
    "ka", "mi", "lo", "ra", "zen", "yu", "vi", "no", "sa", "tee", "jo", "ley", "ba", "ri", "dan",
    "ko", "ella", "max", "lu", "fi"
  };

  private static String handle(Draws d) {
    StringBuilder s = new StringBuilder();
    int parts = d.between(2, 3);
    for (int i = 0; i < parts; i++) {
      s.append(SYL[d.below(SYL.length)]);
    }
    double u = d.u();
    if (u < 0.3) {
      s.append('.').append(SYL[d.below(SYL.length)]);
    } else if (u < 0.5) {
      s.append(d.between(1, 99));
    }
    return s.toString();
  }

  private static Creator organic(Builder b, int index, Draws d) {
    Platform p = b.platform;
    Creator c = new Creator();
    double f = followers(d);
    c.followers = c.organicFollowers = (long) f;
    c.name = handle(d);
    double q = 0.12 * d.t(5);
    double lf = StrictMath.log10(f);
    double logV = lf + StrictMath.log10(p.viewsPerFollowerAt1M) + (p.viewsExponent - 1) * (lf - 6)
        + q + p.viewsSpread * d.t(5);
    double lvDev = 0.3 * q + 0.9 * p.likesPerViewSpread * d.t(5);
    double logLv = StrictMath.log10(p.likesPerView) + lvDev;
    double logCl = StrictMath.log10(p.commentsPerLike) + p.commentsPerLikeSpread * d.t(5)
        - p.coupling * lvDev;
    double sTerm = d.t(5);
    double logSl = Double.isNaN(p.sharesPerLike) ? 0
        : StrictMath.log10(p.sharesPerLike) + p.sharesPerLikeSpread * sTerm;
    int posts = d.between(b.minPosts, b.maxPosts);
    boolean viral = d.u() < b.viralShare;
    int viralIdx = d.below(posts);
    double viralK = d.logU(8, 30);
    boolean give = d.u() < b.giveawayShare;
    int giveIdx = d.below(posts);
    double giveK = d.u(6, 15);
    c.views = new double[posts];
    c.likes = new double[posts];
    c.comments = new double[posts];
    c.shares = new double[posts];
    for (int j = 0; j < posts; j++) {
      double v = StrictMath.pow(10, logV + 0.25 * d.t(4));
      if (viral && j == viralIdx) {
        v *= viralK;
        c.viralFactor = viralK;
      }
      double l = v * StrictMath.pow(10, logLv + 0.08 * d.t(5));
      double cm = l * StrictMath.pow(10, logCl + 0.15 * d.t(5));
      if (give && j == giveIdx) {
        cm *= giveK;
        c.giveaway = true;
      }
      double s = Double.isNaN(p.sharesPerLike) ? 0 : l * StrictMath.pow(10, logSl + 0.25 * d.t(5));
      c.views[j] = StrictMath.rint(v);
      c.likes[j] = StrictMath.rint(l);
      c.comments[j] = StrictMath.rint(cm);
      c.shares[j] = StrictMath.rint(s);
    }
    c.id = p.id.substring(0, 2) + String.format("%06d", index) + d.hexId(0).substring(16);
    return c;
  }

  private static Manipulation inject(Creator c, Truth main, Truth second, Draws d) {
    int posts = c.likes.length;
    double fFactor = d.logU(1.3, 5);
    double likeShare = d.u(0.10, 0.40);
    double likeFactor = d.logU(2, 8);
    double farmShare = d.u(0.2, 0.7);
    double farmR = d.u(0.25, 1.2);
    List<Truth> kinds = new ArrayList<>();
    if (main != Truth.HONEST) {
      kinds.add(main);
      if (second != null) {
        kinds.add(second);
      }
    }
    int liked = 0, farmed = 0;
    long boughtLikes = 0, farmedComments = 0;
    if (kinds.contains(Truth.BOUGHT_LIKES)) {
      double[] sorted = c.likes.clone();
      Arrays.sort(sorted);
      double median = posts % 2 == 1 ? sorted[posts / 2]
          : (sorted[posts / 2 - 1] + sorted[posts / 2]) / 2;
      int m = Math.max(1, (int) Math.round(likeShare * posts));
      for (int j : pick(d, posts, m)) {
        double kj = Math.max(1.5, likeFactor * StrictMath.exp(0.2 * d.normal()));
        double bought = StrictMath.rint((kj - 1) * Math.max(c.likes[j], 0.5 * median));
        c.likes[j] += bought;
        c.views[j] += StrictMath.rint(bought * d.u(0.2, 1));
        boughtLikes += (long) bought;
        liked++;
      }
    }
    if (kinds.contains(Truth.COMMENT_FARM)) {
      int m = Math.max(1, (int) Math.round(farmShare * posts));
      for (int j : pick(d, posts, m)) {
        double extra = Math.max(1, StrictMath.rint(farmR * d.u(0.85, 1.15) * c.likes[j]));
        c.comments[j] += extra;
        farmedComments += (long) extra;
        farmed++;
      }
    }
    boolean bf = kinds.contains(Truth.BOUGHT_FOLLOWERS);
    if (bf) {
      c.followers = Math.round(c.organicFollowers * fFactor);
    }
    return new Manipulation(
        c.id, main, List.copyOf(kinds), posts, c.organicFollowers, c.followers,
        bf ? fFactor : Double.NaN, liked, kinds.contains(Truth.BOUGHT_LIKES) ? likeFactor : Double.NaN,
        boughtLikes, farmed, kinds.contains(Truth.COMMENT_FARM) ? farmR : Double.NaN,
        farmedComments, c.viralFactor, c.giveaway);
  }

  private static int[] pick(Draws d, int len, int m) {
    int[] idx = new int[len];
    for (int i = 0; i < len; i++) {
      idx[i] = i;
    }
    m = Math.min(m, len);
    for (int i = 0; i < m; i++) {
      int j = i + d.below(len - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    return Arrays.copyOf(idx, m);
  }

  // ---------------------------------------------------------------- access

  /** The creators table (a fresh copy). */
  public Table creators() {
    return creators.copy();
  }

  /** {@code kol_id, truth}. */
  public Table truth() {
    return creators.selectColumns(Schema.KOL_ID, Truth.COLUMN).copy().setName("truth");
  }

  /** One record per creator, in table order. */
  public List<Manipulation> records() {
    return records;
  }

  /** The record of one creator; throws for an unknown id. */
  public Manipulation record(String kolId) {
    Manipulation m = byId.get(kolId);
    if (m == null) {
      throw new IllegalArgumentException("no creator " + kolId);
    }
    return m;
  }

  /**
   * The records as a table: kol_id, truth, kinds, posts, organic_followers, shown_followers,
   * follower_factor, posts_bought_likes, like_factor, bought_likes, posts_farmed, farm_intensity,
   * farmed_comments, viral_factor, giveaway (0/1).
   */
  public Table manipulations() {
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    StringColumn truth = StringColumn.create(Truth.COLUMN);
    StringColumn kinds = StringColumn.create("kinds");
    IntColumn posts = IntColumn.create("posts");
    LongColumn orgF = LongColumn.create("organic_followers");
    LongColumn shownF = LongColumn.create("shown_followers");
    DoubleColumn fFactor = DoubleColumn.create("follower_factor");
    IntColumn nLiked = IntColumn.create("posts_bought_likes");
    DoubleColumn lFactor = DoubleColumn.create("like_factor");
    LongColumn bLikes = LongColumn.create("bought_likes");
    IntColumn nFarmed = IntColumn.create("posts_farmed");
    DoubleColumn intensity = DoubleColumn.create("farm_intensity");
    LongColumn fComments = LongColumn.create("farmed_comments");
    DoubleColumn viral = DoubleColumn.create("viral_factor");
    IntColumn give = IntColumn.create("giveaway");
    for (Manipulation m : records) {
      id.append(m.kolId());
      truth.append(m.truth().label());
      kinds.append(String.join("+", m.kinds().stream().map(Truth::label).toList()));
      posts.append(m.posts());
      orgF.append(m.organicFollowers());
      shownF.append(m.shownFollowers());
      fFactor.append(m.followerFactor());
      nLiked.append(m.postsBoughtLikes());
      lFactor.append(m.likeFactor());
      bLikes.append(m.boughtLikes());
      nFarmed.append(m.postsFarmed());
      intensity.append(m.farmIntensity());
      fComments.append(m.farmedComments());
      viral.append(m.viralFactor());
      give.append(m.giveaway() ? 1 : 0);
    }
    return Table.create("labelled-creators manipulations", id, truth, kinds, posts, orgF, shownF,
        fFactor, nLiked, lFactor, bLikes, nFarmed, intensity, fComments, viral, give);
  }

  /** The same generator with nothing injected: every creator's organic twin, row for row. */
  public LabelledCreators organicTwin() {
    Builder b = config.copy();
    b.manipulatedShare = 0;
    return new LabelledCreators(b);
  }

  /** The platform drawn. */
  public Platform platform() {
    return config.platform;
  }

  /**
   * Writes {@code creators.csv}, {@code truth.csv} and {@code manipulations.csv} into {@code dir}.
   *
   * @return the paths, in that order
   */
  public List<Path> write(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return List.of(
        LabelledCsv.write(creators, dir.resolve("creators.csv")),
        LabelledCsv.write(truth(), dir.resolve("truth.csv")),
        LabelledCsv.write(manipulations(), dir.resolve("manipulations.csv")));
  }

  @Override
  public String toString() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Manipulation m : records) {
      counts.merge(m.truth().label(), 1, Integer::sum);
    }
    return "LabelledCreators[" + config.platform.id + ", seed=" + config.seed + ", creators="
        + creators.rowCount() + ", truth=" + counts + "]";
  }
}
