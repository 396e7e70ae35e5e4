package org.kolscope.testdata;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Schema;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A second, independent labelled generator of Xiaohongshu (RED) accounts and notes, for TESTS
 * ONLY: held-out data for measuring fraud detection that was tuned on {@code data/}'s generator
 * ({@code data.Generator}). It is built differently on purpose (see {@code
 * docs/dev-notes/labelled-generators.md}); where it copies nothing, a detector that only learned
 * the quirks of {@code data/} shows it here.
 *
 * <pre>{@code
 * LabelledRed red = LabelledRed.builder().accounts(3000).seed(7).build();
 * Table accounts = red.accounts(), notes = red.notes();  // canonical columns + truth
 * red.record("…kol_id…").followerFactor();               // what was done to an account
 * red.organicTwin();                                     // same seed, nothing injected
 * red.write(dir);                                        // accounts.csv, notes.csv, truth.csv
 * }</pre>
 *
 * <h2>Tables</h2>
 *
 * {@link #accounts()}: {@link Schema#ACCOUNT_COLUMNS} (platform {@code xiaohongshu}) + {@value
 * Truth#COLUMN}. {@link #notes()}: {@link Schema#POST_COLUMNS} (author columns repeated per row) +
 * {@value Truth#COLUMN}. Counts LONG, money DOUBLE, {@code published_at} LOCAL_DATE_TIME (Beijing
 * time, up to 2025-09-30). {@code views} is missing for every note of an account that hides its
 * views (default 75 % of accounts); {@code cost_rmb} is missing for non-sponsored notes and 0 for
 * sponsored notes of gifted accounts.
 *
 * <h2>Organic model (every account, honest or not)</h2>
 *
 * All calibration numbers were measured on the real 2018 RED notes ({@code
 * shared/data/real/kaito-xiaohongshu-notes-2018.csv}, 1,939 notes of 1,722 authors; commands in the
 * dev note).
 *
 * <ol>
 *   <li><b>followers F</b>, a three-part mixture (not {@code data/}'s single log-normal): 22 %
 *       small accounts, log10 F ~ N(1.7, 0.65²) (real note feeds are full of them: the real
 *       sample's median author has 72 followers); 50 % core, log10 F = 4.5 + 0.6·t₃ (heavy tails
 *       both ways); 28 % a Pareto tail F = 10^(4+U)·V^(−1/0.9) (U, V uniform; the log-uniform
 *       scale keeps first digits Benford-like: MAD ≈0.004). Redrawn outside [20, 5·10⁷]. Tiers
 *       come out ≈24 % &lt;5k, 36 % 5k–50k, 34 % 50k–500k, 6 % ≥500k: more mid-size and big
 *       accounts than {@code data/} (22/45/28/5).
 *   <li><b>category</b> (10, each with its own collects/likes, comments/likes and shares/likes
 *       medians: {@link #CATEGORIES}; 家居 and 美食 are collect-heavy, 母婴 and 情感 comment-heavy).
 *   <li><b>content quality</b> q = 0.9·t₅ (natural-log units), one per account: it multiplies the
 *       expected likes of every note by e^q, collects/likes and comments/likes by e^(0.1q), likes
 *       per view by e^(0.1q) (so reach moves by e^(0.9q)) and the price by e^(0.25q). Honest
 *       accounts therefore have correlated signals. (Lifetime likes+collects is not driven by q:
 *       on the real data it follows the sampled note only loosely, partial correlation 0.14 from
 *       5k followers; here ≈0.38, through the listed notes it contains.)
 *   <li>per-account ratio levels: collects/likes × e^(0.45·Z), comments/likes × e^(0.3·Z),
 *       shares/likes × e^(0.4·Z), likes/views × e^(0.15·Z); a video share U(0,1)^1.5; a posting
 *       rhythm (median gap log-uniform 1.2–12 days; last note Exp(mean 12 days) before the end).
 *   <li><b>lifetime notes</b> n = 10^(0.55 + 0.3·log10 F)·e^(0.6·Z) (real medians by size: 18 at
 *       100 followers, 59 at 10k, 229 at 1M). <b>Listed notes</b> K: with chance {@code
 *       fewNotesShare} (default 10 %) 1–3 (half of them new accounts, n = K), else min(n, {@code
 *       maxNotes}, 16·e^(0.55·Z)).
 *   <li><b>per note</b> (Student-t noise everywhere, not log-normal):
 *       <ul>
 *         <li>expected likes λ = F·E(F)/(1 + c + k)·e^(q + 0.45·t₄), E the continuous per-note
 *             engagement curve {@link #ENGAGEMENT} (knots at log10 F = 1, 2, 3, 3.6, 4.3, 5, 5.5,
 *             6, 7: 0.6, 0.12, 0.08, 0.065, 0.024, 0.0125, 0.005, 0.0013, 0.0004 — fitted to the
 *             real data's follower bands, not its tier medians), c and k the note's collects/likes
 *             and comments/likes below. Real within-author sd of log likes: 0.54 median (authors
 *             with ≥ 3 notes), 0.64 pooled; here 0.64 median.
 *         <li>c = category × account × (video 0.7) × e^(0.1q + 0.3·t₅); k = category × account ×
 *             (video 1.2) × e^(0.1q + 0.35·t₅); shares/likes = category × account × (video 1.5) ×
 *             e^(0.5·t₅); likes/views r = 1.8 % × account × (video 0.74) × e^(0.1q + 0.18·t₅), kept
 *             in [0.4 %, 8 %] (≈90 % of notes with ≥ 100 likes within 1–3 %).
 *         <li>likes, collects, comments, shares ~ Poisson(λ, λc, λk, λs) (zeros on small
 *             accounts, as in the real feed where 10 % of notes have no like); views =
 *             max(likes, round(λ/r)).
 *         <li>sponsored with chance 22 %: cost = price × U(0.75, 1.05) rounded to 10 (0 if
 *             gifted); else cost missing. Hours follow a lunch/evening profile.
 *       </ul>
 *   <li><b>honest confounders</b>: with chance {@code viralShare} (default 12 %, accounts with ≥4
 *       notes) one note is a viral hit, its λ × logU(8, 30) (reach, likes, collects, comments,
 *       shares all up together); with chance {@code giveawayShare} (default 4 %, ≥3 notes) one
 *       note is a giveaway (评论抽奖), comments/likes × U(6, 15) (≈50–150 % of likes). Both are
 *       organic (label {@code honest}) and listed in the account's {@link Manipulation} record.
 *   <li><b>lifetime likes_and_collects</b> = Σ listed (likes+collects) + round((n−K+8)/(n+8) ·
 *       T), T = F·L(F)·e^(σ(F)·t₅), L the curve {@link #LIFETIME} (1.0, 6.5, 4.4, 3.6, 0.65, 0.38,
 *       0.3 at 10^1…10^7), σ from 1.0 (≤1k) to 0.6 (≥1M); the 8 ({@link #HIDDEN_NOTES}) stands
 *       for likes no listed note explains (likes on the account's comments, deleted notes). So
 *       likes_and_collects is never below the listed notes' sum.
 *   <li>price = max(100, 150·(F/1000)^0.62·e^(0.35·Z + 0.25q)) rounded to 50; gifted with chance
 *       1/(1 + (F/3000)^0.9); following = 180·e^(0.9·Z).
 * </ol>
 *
 * <h2>Manipulations</h2>
 *
 * {@code round(manipulatedShare × accounts)} accounts (default 9 %), split among the kinds by
 * {@code kindWeights} (default equal) with largest remainders, chosen by a seeded shuffle; of each
 * kind, {@code round(mixedShare × count)} (default 20 %) also get a second kind (bought followers →
 * bought likes or comment farm; bought likes → bought followers or comment farm; comment farm →
 * bought likes or bought followers) and are labelled by their main kind. Every parameter is drawn
 * from the account's own injection stream <i>after</i> its organic values, so the same builder with
 * {@code manipulatedShare(0)} gives every account's organic twin ({@link #organicTwin()}).
 *
 * <ul>
 *   <li><b>bought_followers</b>: factor k = logU(1.3, 5); shown followers = round(F·k) on the
 *       account and on every note row. Price, cooperation and sponsored notes' cost are recomputed
 *       from the shown count (sellers price by it). Nothing else changes: the fake followers do not
 *       engage, so every note's engagement per follower falls by k. 60 % bought "a while ago"
 *       (before the first listed note), 40 % between listed notes; the time is recorded only —
 *       a snapshot table cannot show it, notes before and after look the same.
 *   <li><b>bought_likes</b>: m = max(1, round(U(0.10, 0.40)·K)) notes; with chance 40 % (K ≥ 3)
 *       only after a date: the m are drawn from the latest max(m, round(m·U(1, 2))) notes and the
 *       date is the window's first note. Account factor k = logU(2, 8); per note k·e^(0.2·Z) (at
 *       least 1.5); bought likes = round((k−1)·max(likes, ½·median likes of the account, 10)),
 *       with bot views round(bought·U(0.2, 1)) added to views; with chance 35 % also bought
 *       collects round(bought·U(0.05, 0.25)). Comments and shares unchanged. likes_and_collects
 *       (account, and the author column of every note row) grows by all bought likes+collects.
 *   <li><b>comment_farm</b>: m = max(1, round(U(0.2, 0.7)·K)) notes; intensity r = U(0.25, 1.2);
 *       each gets round(r·U(0.85, 1.15)·max(likes, 8)) extra comments (at least 1), likes being
 *       the note's shown likes. Nothing else changes.
 * </ul>
 *
 * Order of injection: bought likes, then the comment farm, then bought followers. A note's {@code
 * truth} is the account's main kind if that kind changed the note's own counts or its followers
 * cell, else the other kind that did, else {@code honest} (the repeated likes_and_collects author
 * cell is an account value and not counted). So every note of a bought-followers account is
 * labelled, and only the touched notes of the other kinds.
 *
 * <p>Deterministic: one {@link Draws} ({@code SplittableRandom}, StrictMath) per account and
 * purpose; 3,000 accounts take well under a second.
 */
public final class LabelledRed {

  /** Platform written in the accounts table. */
  public static final String PLATFORM = "xiaohongshu";

  /** Last possible publication time (Beijing). */
  public static final LocalDateTime END = LocalDateTime.of(2025, 9, 30, 23, 59, 59);

  /**
   * Per-note engagement (likes+collects+comments)/followers, median, as a continuous curve of
   * followers: knots at log10 F = 1…7. Real half-decade bin medians (log10 F: value): 1.0: 0.50,
   * 2.0: 0.20, 2.5: 0.080, 3.0: 0.064, 3.5: 0.063, 4.0: 0.029, 4.5: 0.014, 5.0: 0.016, 5.5:
   * 0.0050, 6.0: 0.0019, 6.5: 0.0006.
   */
  static final LogCurve ENGAGEMENT =
      new LogCurve(
          new double[] {1, 2, 3, 3.6, 4.3, 5, 5.5, 6, 7},
          new double[] {0.6, 0.12, 0.08, 0.065, 0.024, 0.0125, 0.005, 0.0013, 0.0004});

  /**
   * Lifetime likes+collects per follower T/F (median before the listed-notes adjustment): knots at
   * log10 F = 1…7. Real half-decade bin medians: 1.0: 2.7, 1.5: 4.4, 2.0: 5.6, 2.5: 5.3, 3.0: 4.0,
   * 3.5: 4.0, 4.0: 2.1, 4.5: 3.0, 5.0: 0.83, 5.5: 0.48, 6.0: 0.38, 6.5: 0.39.
   */
  static final LogCurve LIFETIME =
      new LogCurve(
          new double[] {1, 2, 3, 4, 5, 6, 7}, new double[] {1.0, 6.5, 4.4, 3.6, 0.65, 0.38, 0.3});

  /**
   * A content category and its effects: median collects/likes, comments/likes and shares/likes of
   * its notes, and its weight in the population.
   */
  public record Category(
      String name, double weight, double collectsPerLike, double commentsPerLike,
      double sharesPerLike) {}

  /** The categories (real feed, pooled: collects/likes median 0.62, comments/likes 0.13). */
  public static final List<Category> CATEGORIES =
      List.of(
          new Category("美妆", 18, 0.55, 0.10, 0.04),
          new Category("护肤", 15, 0.90, 0.08, 0.04),
          new Category("穿搭", 13, 0.60, 0.06, 0.03),
          new Category("美食", 12, 1.10, 0.07, 0.08),
          new Category("旅行", 9, 1.00, 0.06, 0.10),
          new Category("家居", 8, 1.40, 0.05, 0.06),
          new Category("母婴", 8, 0.60, 0.17, 0.05),
          new Category("情感", 6, 0.20, 0.22, 0.12),
          new Category("数码", 6, 0.50, 0.12, 0.05),
          new Category("健身", 5, 0.80, 0.07, 0.05));

  /** Relative weight of each publication hour 0–23 (lunch and evening peaks). */
  private static final double[] HOUR_WEIGHTS = {
    1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 2.5, 2.6, 3, 4, 3.6, 2.6, 2.4, 2.5, 2.8, 3.4, 4.4,
    5, 5, 4.2, 2.4
  };

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final long END_EPOCH = END.toEpochSecond(BEIJING);
  private static final long EARLIEST_EPOCH = LocalDateTime.of(2014, 1, 1, 0, 0).toEpochSecond(BEIJING);
  private static final double LN2 = StrictMath.log(2);

  /**
   * Likes+collects that no listed note explains (likes on the account's own comments, deleted or
   * hidden notes) counted as this many notes' worth of T: see the lifetime step.
   */
  static final double HIDDEN_NOTES = 8;

  /**
   * What was done to one account (one record per account, honest ones included). Lists hold
   * note ids; factors are NaN and times null where the kind was not applied.
   *
   * @param kolId the account
   * @param truth its label (main kind, or honest)
   * @param kinds every kind applied, main first (empty for honest)
   * @param listedNotes K, notes in the notes table
   * @param viewsHidden whether its views are missing
   * @param organicFollowers F before any purchase
   * @param shownFollowers followers in the tables
   * @param followerFactor shown ÷ organic followers as drawn (k)
   * @param followersBoughtAt when the followers were bought
   * @param followersBoughtBeforeNotes whether that is before the first listed note
   * @param likedNotes notes with bought likes
   * @param likeFactor the account's like factor k
   * @param likesFrom with "only after a date", the first note of the window, else null
   * @param boughtLikes total bought likes
   * @param boughtCollects total bought collects (0 if none)
   * @param farmedNotes notes with farmed comments
   * @param farmIntensity farmed comments ÷ likes, account level r
   * @param farmedComments total farmed comments
   * @param viralNotes honest confounder: the viral hit (0 or 1 note)
   * @param viralFactor its reach factor, NaN if none
   * @param giveawayNotes honest confounder: the giveaway note (0 or 1)
   */
  public record Manipulation(
      String kolId, Truth truth, List<Truth> kinds, int listedNotes, boolean viewsHidden,
      long organicFollowers, long shownFollowers, double followerFactor,
      LocalDateTime followersBoughtAt, boolean followersBoughtBeforeNotes, List<String> likedNotes,
      double likeFactor, LocalDateTime likesFrom, long boughtLikes, long boughtCollects,
      List<String> farmedNotes, double farmIntensity, long farmedComments, List<String> viralNotes,
      double viralFactor, List<String> giveawayNotes) {

    /** Whether {@code kind} was applied (as main or second kind). */
    public boolean has(Truth kind) {
      return kinds.contains(kind);
    }
  }

  private final Builder config;
  private final Table accounts;
  private final Table notes;
  private final List<Manipulation> records;
  private final Map<String, Manipulation> byId = new LinkedHashMap<>();

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder options; every setter validates its argument. */
  public static final class Builder implements Cloneable {
    private int accounts = 3000;
    private double manipulatedShare = 0.09;
    private double[] kindWeights = {1, 1, 1};
    private double mixedShare = 0.2;
    private long seed = 1;
    private double hiddenViewsShare = 0.75;
    private int maxNotes = 40;
    private double fewNotesShare = 0.10;
    private double viralShare = 0.12;
    private double giveawayShare = 0.04;

    /** Number of accounts (default 3,000), ≥ 1. */
    public Builder accounts(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("accounts must be >= 1, got " + n);
      }
      accounts = n;
      return this;
    }

    /** Share of accounts manipulated (default 0.09), in [0, 1]. */
    public Builder manipulatedShare(double s) {
      manipulatedShare = unit("manipulatedShare", s);
      return this;
    }

    /** Relative weights of bought followers, bought likes, comment farm (default 1, 1, 1). */
    public Builder kindWeights(double boughtFollowers, double boughtLikes, double commentFarm) {
      double[] w = {boughtFollowers, boughtLikes, commentFarm};
      double sum = 0;
      for (double x : w) {
        if (!(x >= 0) || Double.isInfinite(x)) {
          throw new IllegalArgumentException("kind weights must be finite and >= 0");
        }
        sum += x;
      }
      if (sum == 0) {
        throw new IllegalArgumentException("at least one kind weight must be > 0");
      }
      kindWeights = w;
      return this;
    }

    /** Share of manipulated accounts that also get a second kind (default 0.2), in [0, 1]. */
    public Builder mixedShare(double s) {
      mixedShare = unit("mixedShare", s);
      return this;
    }

    /** The seed (default 1). */
    public Builder seed(long s) {
      seed = s;
      return this;
    }

    /** {@code true}: every account shows its views; {@code false}: none does. */
    public Builder views(boolean shown) {
      hiddenViewsShare = shown ? 0 : 1;
      return this;
    }

    /** Share of accounts whose views are missing (default 0.75), in [0, 1]. */
    public Builder hiddenViewsShare(double s) {
      hiddenViewsShare = unit("hiddenViewsShare", s);
      return this;
    }

    /** Most notes listed per account (default 40), ≥ 3. */
    public Builder maxNotes(int m) {
      if (m < 3) {
        throw new IllegalArgumentException("maxNotes must be >= 3, got " + m);
      }
      maxNotes = m;
      return this;
    }

    /** Share of accounts listing only 1–3 notes (default 0.10), in [0, 1]. */
    public Builder fewNotesShare(double s) {
      fewNotesShare = unit("fewNotesShare", s);
      return this;
    }

    /** Chance of one viral hit in an account with ≥ 4 notes (default 0.12), in [0, 1]. */
    public Builder viralShare(double s) {
      viralShare = unit("viralShare", s);
      return this;
    }

    /** Chance of one giveaway note in an account with ≥ 3 notes (default 0.04), in [0, 1]. */
    public Builder giveawayShare(double s) {
      giveawayShare = unit("giveawayShare", s);
      return this;
    }

    /** Generates the tables (eagerly). */
    public LabelledRed build() {
      return new LabelledRed(copy());
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

  // ---------------------------------------------------------------- generation

  /** One note while being generated. */
  private static final class Note {
    String id;
    long at;
    boolean video;
    long likes, collects, comments, shares, views;
    boolean sponsored;
    double costU;
    Truth touchedBy1, touchedBy2; // the (up to two) kinds that changed the note's own counts
    boolean viral, giveaway;
  }

  /** One account while being generated. */
  private static final class Account {
    String id, name, category;
    long followers, organicFollowers, following, likesAndCollects, lifetimeNotes;
    double q, priceZ, giftU;
    boolean hidesViews;
    Note[] notes;
    long creation;
    double viralFactor = Double.NaN;
  }

  private LabelledRed(Builder b) {
    this.config = b;
    int n = b.accounts;
    Truth[] main = new Truth[n];
    Truth[] second = new Truth[n];
    choose(b, main, second);

    List<Account> accs = new ArrayList<>(n);
    List<Manipulation> recs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Account a = organic(b, Draws.of(b.seed, 1, i));
      Manipulation m = inject(a, main[i], second[i], Draws.of(b.seed, 2, i));
      accs.add(a);
      recs.add(m);
      byId.put(a.id, m);
    }
    this.records = Collections.unmodifiableList(recs);
    this.accounts = accountTable(accs, main);
    this.notes = noteTable(accs, main);
  }

  /** Which accounts are manipulated, and how: a seeded shuffle, largest-remainder split. */
  private static void choose(Builder b, Truth[] main, Truth[] second) {
    int n = b.accounts;
    Arrays.fill(main, Truth.HONEST);
    Draws d = Draws.of(b.seed, 3, 0);
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
    int total = (int) Math.round(b.manipulatedShare * n);
    int[] counts = split(total, b.kindWeights);
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

  /** {@code total} split by {@code weights}, largest remainders (ties to the earlier kind). */
  static int[] split(int total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] out = new int[weights.length];
    double[] rem = new double[weights.length];
    int given = 0;
    for (int k = 0; k < weights.length; k++) {
      double exact = total * weights[k] / sum;
      out[k] = (int) Math.floor(exact);
      rem[k] = exact - out[k];
      given += out[k];
    }
    while (given < total) {
      int best = 0;
      for (int k = 1; k < weights.length; k++) {
        if (rem[k] > rem[best]) {
          best = k;
        }
      }
      out[best]++;
      rem[best] = -1;
      given++;
    }
    return out;
  }

  private static double followers(Draws d) {
    while (true) {
      double u = d.u();
      double lf;
      if (u < 0.22) {
        lf = 1.7 + 0.65 * d.normal();
      } else if (u < 0.72) {
        lf = 4.5 + 0.6 * d.t(3);
      } else {
        lf = 4 + d.u() + StrictMath.log10(1.0 / StrictMath.pow(1.0 - d.u(), 1 / 0.9));
      }
      if (lf >= StrictMath.log10(20) && lf <= StrictMath.log10(5e7)) {
        return StrictMath.rint(StrictMath.pow(10, lf));
      }
    }
  }

  private static Category category(double u) {
    double total = 0;
    for (Category c : CATEGORIES) {
      total += c.weight();
    }
    double x = u * total;
    for (Category c : CATEGORIES) {
      x -= c.weight();
      if (x < 0) {
        return c;
      }
    }
    return CATEGORIES.get(CATEGORIES.size() - 1);
  }

  static double price(double followers, double z, double q) {
    double p = 150 * StrictMath.pow(followers / 1000, 0.62) * StrictMath.exp(0.35 * z + 0.25 * q);
    return Math.max(100, 50 * StrictMath.rint(p / 50));
  }

  static boolean gifted(double followers, double u) {
    return u < 1 / (1 + StrictMath.pow(followers / 3000, 0.9));
  }

  private static double cost(Account a, Note n) {
    if (gifted(a.followers, a.giftU)) {
      return 0;
    }
    return 10 * StrictMath.rint(price(a.followers, a.priceZ, a.q) * n.costU / 10);
  }

  private static int hour(double u) {
    double total = 0;
    for (double w : HOUR_WEIGHTS) {
      total += w;
    }
    double x = u * total;
    for (int h = 0; h < 24; h++) {
      x -= HOUR_WEIGHTS[h];
      if (x < 0) {
        return h;
      }
    }
    return 23;
  }

  /** Every organic value of one account, from its organic stream (fixed draw order). */
  private static Account organic(Builder b, Draws d) {
    Account a = new Account();
    double f = followers(d);
    a.followers = a.organicFollowers = (long) f;
    Category cat = category(d.u());
    a.category = cat.name();
    a.name = Nicknames.next(d);
    a.q = 0.9 * d.t(5);
    double acctC = StrictMath.exp(0.45 * d.normal());
    double acctK = StrictMath.exp(0.3 * d.normal());
    double acctS = StrictMath.exp(0.4 * d.normal());
    double acctLv = StrictMath.exp(0.15 * d.normal());
    double videoShare = StrictMath.pow(d.u(), 1.5);
    double gapDays = d.logU(1.2, 12);
    double lastAgeDays = 12 * d.exp1();
    a.hidesViews = d.u() < b.hiddenViewsShare;
    a.giftU = d.u();
    a.priceZ = d.normal();
    a.following = Math.round(180 * StrictMath.exp(0.9 * d.normal()));
    double lifetimeZ = d.t(5);
    double nMedian = StrictMath.pow(10, 0.55 + 0.3 * StrictMath.log10(f));
    long life = Math.max(1, Math.round(nMedian * StrictMath.exp(0.6 * d.normal())));
    boolean few = d.u() < b.fewNotesShare;
    int fewK = d.between(1, 3);
    boolean fresh = d.u() < 0.5;
    long usual = Math.max(1, Math.round(16 * StrictMath.exp(0.55 * d.normal())));
    int k;
    if (few) {
      k = fewK;
      life = fresh ? k : Math.max(life, k);
    } else {
      k = (int) Math.min(Math.min(life, b.maxNotes), usual);
    }
    a.lifetimeNotes = life;

    // honest confounders: always drawn, so streams stay aligned
    boolean viral = k >= 4 && d.u() < b.viralShare;
    int viralIdx = d.below(k);
    double viralK = d.logU(8, 30);
    boolean give = k >= 3 && d.u() < b.giveawayShare;
    int giveIdx = d.below(k);
    double giveK = d.u(6, 15);
    if (viral) {
      a.viralFactor = viralK;
    }

    // times, newest first then sorted
    long[] times = new long[k];
    double t = END_EPOCH - lastAgeDays * 86400;
    for (int j = 0; j < k; j++) {
      long day = Math.floorDiv((long) t + 8 * 3600, 86400) * 86400 - 8 * 3600;
      long at = day + hour(d.u()) * 3600L + d.below(60) * 60L + d.below(60);
      times[j] = Math.max(EARLIEST_EPOCH + 86400L * 400, Math.min(END_EPOCH, at));
      t -= gapDays * d.exp1() / LN2 * 86400;
    }
    Arrays.sort(times);
    double unlistedSpan = (life - k) * gapDays * 1.44 * 86400;
    a.creation =
        Math.max(EARLIEST_EPOCH, (long) (times[0] - unlistedSpan - d.u(5, 180) * 86400));

    double e = ENGAGEMENT.at(f);
    long listedLc = 0;
    a.notes = new Note[k];
    for (int j = 0; j < k; j++) {
      Note n = new Note();
      n.at = times[j];
      n.id = d.hexId(n.at);
      n.video = d.u() < videoShare;
      double eps = 0.45 * d.t(4);
      double c = cat.collectsPerLike() * acctC * (n.video ? 0.7 : 1)
          * StrictMath.exp(0.1 * a.q + 0.3 * d.t(5));
      double kk = cat.commentsPerLike() * acctK * (n.video ? 1.2 : 1)
          * StrictMath.exp(0.1 * a.q + 0.35 * d.t(5));
      double s = cat.sharesPerLike() * acctS * (n.video ? 1.5 : 1) * StrictMath.exp(0.5 * d.t(5));
      double r = 0.018 * acctLv * (n.video ? 0.74 : 1) * StrictMath.exp(0.1 * a.q + 0.18 * d.t(5));
      r = Math.max(0.004, Math.min(0.08, r));
      n.sponsored = d.u() < 0.22;
      n.costU = d.u(0.75, 1.05);
      double lambda = f * e / (1 + c + kk) * StrictMath.exp(a.q + eps);
      if (viral && j == viralIdx) {
        lambda *= viralK;
        n.viral = true;
      }
      if (give && j == giveIdx) {
        kk *= giveK;
        n.giveaway = true;
      }
      n.likes = d.poisson(lambda);
      n.collects = d.poisson(lambda * c);
      n.comments = d.poisson(lambda * kk);
      n.shares = d.poisson(lambda * s);
      n.views = Math.max(n.likes, Math.round(lambda / r));
      listedLc += n.likes + n.collects;
      a.notes[j] = n;
    }
    double lf = StrictMath.log10(f);
    double sigma = 1.0 - 0.4 * Math.max(0, Math.min(1, (lf - 3) / 3));
    double target = f * LIFETIME.at(f) * StrictMath.exp(sigma * lifetimeZ);
    a.likesAndCollects = listedLc + Math.round((life - k + HIDDEN_NOTES) / (life + HIDDEN_NOTES) * target);
    a.id = d.hexId(a.creation);
    return a;
  }

  /** Applies the account's kinds from its injection stream and returns its record. */
  private static Manipulation inject(Account a, Truth main, Truth second, Draws d) {
    int k = a.notes.length;
    // every parameter is drawn, applied or not (fixed draw order)
    double fFactor = d.logU(1.3, 5);
    boolean old = d.u() < 0.6 || k < 2;
    double fWhenU = d.u();
    double likeShare = d.u(0.10, 0.40);
    boolean afterDate = d.u() < 0.4 && k >= 3;
    double windowU = d.u(1, 2);
    double likeFactor = d.logU(2, 8);
    boolean withCollects = d.u() < 0.35;
    double farmShare = d.u(0.2, 0.7);
    double farmR = d.u(0.25, 1.2);

    List<Truth> kinds = new ArrayList<>();
    if (main != Truth.HONEST) {
      kinds.add(main);
      if (second != null) {
        kinds.add(second);
      }
    }
    List<String> liked = new ArrayList<>();
    List<String> farmed = new ArrayList<>();
    LocalDateTime likesFrom = null;
    LocalDateTime boughtAt = null;
    long boughtLikes = 0, boughtCollects = 0, farmedComments = 0;

    if (kinds.contains(Truth.BOUGHT_LIKES)) {
      long[] organicLikes = new long[k];
      for (int j = 0; j < k; j++) {
        organicLikes[j] = a.notes[j].likes;
      }
      Arrays.sort(organicLikes);
      double median = k % 2 == 1 ? organicLikes[k / 2]
          : (organicLikes[k / 2 - 1] + organicLikes[k / 2]) / 2.0;
      int m = Math.max(1, (int) Math.round(likeShare * k));
      int window = afterDate ? Math.min(k, Math.max(m, (int) Math.round(m * windowU))) : k;
      int[] picked = pick(d, k - window, k, m);
      if (afterDate) {
        likesFrom = time(a.notes[k - window].at);
      }
      for (int j : picked) {
        Note n = a.notes[j];
        double kj = Math.max(1.5, likeFactor * StrictMath.exp(0.2 * d.normal()));
        long bought = Math.round((kj - 1) * Math.max(Math.max(n.likes, 0.5 * median), 10));
        long botViews = Math.round(bought * d.u(0.2, 1));
        long collects = withCollects ? Math.round(bought * d.u(0.05, 0.25)) : 0;
        n.likes += bought;
        n.views += botViews;
        n.collects += collects;
        boughtLikes += bought;
        boughtCollects += collects;
        touch(n, Truth.BOUGHT_LIKES);
        liked.add(n.id);
      }
      a.likesAndCollects += boughtLikes + boughtCollects;
    }
    if (kinds.contains(Truth.COMMENT_FARM)) {
      int m = Math.max(1, (int) Math.round(farmShare * k));
      for (int j : pick(d, 0, k, m)) {
        Note n = a.notes[j];
        long extra = Math.max(1, Math.round(farmR * d.u(0.85, 1.15) * Math.max(n.likes, 8)));
        n.comments += extra;
        farmedComments += extra;
        touch(n, Truth.COMMENT_FARM);
        farmed.add(n.id);
      }
    }
    if (kinds.contains(Truth.BOUGHT_FOLLOWERS)) {
      a.followers = Math.round(a.organicFollowers * fFactor);
      long first = a.notes[0].at;
      long at;
      if (old) {
        at = a.creation + (long) ((first - a.creation) * (0.1 + 0.8 * fWhenU));
      } else {
        at = first + (long) ((a.notes[k - 1].at - first) * fWhenU);
      }
      boughtAt = time(at);
      for (Note n : a.notes) {
        touch(n, Truth.BOUGHT_FOLLOWERS);
      }
    }
    boolean hasBf = kinds.contains(Truth.BOUGHT_FOLLOWERS);
    boolean hasBl = kinds.contains(Truth.BOUGHT_LIKES);
    boolean hasCf = kinds.contains(Truth.COMMENT_FARM);
    List<String> viral = new ArrayList<>();
    List<String> give = new ArrayList<>();
    for (Note n : a.notes) {
      if (n.viral) {
        viral.add(n.id);
      }
      if (n.giveaway) {
        give.add(n.id);
      }
    }
    return new Manipulation(
        a.id, main, List.copyOf(kinds), k, a.hidesViews, a.organicFollowers, a.followers,
        hasBf ? fFactor : Double.NaN, boughtAt, hasBf && old, List.copyOf(liked),
        hasBl ? likeFactor : Double.NaN, likesFrom, boughtLikes, boughtCollects,
        List.copyOf(farmed), hasCf ? farmR : Double.NaN, farmedComments, List.copyOf(viral),
        a.viralFactor, List.copyOf(give));
  }

  /** m distinct indexes in [from, to), ascending (partial Fisher–Yates). */
  private static int[] pick(Draws d, int from, int to, int m) {
    int len = to - from;
    int[] idx = new int[len];
    for (int i = 0; i < len; i++) {
      idx[i] = from + i;
    }
    m = Math.min(m, len);
    for (int i = 0; i < m; i++) {
      int j = i + d.below(len - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    int[] out = Arrays.copyOf(idx, m);
    Arrays.sort(out);
    return out;
  }

  private static void touch(Note n, Truth kind) {
    if (n.touchedBy1 == null || n.touchedBy1 == kind) {
      n.touchedBy1 = kind;
    } else {
      n.touchedBy2 = kind;
    }
  }

  private static Truth noteTruth(Note n, Truth main) {
    if (n.touchedBy1 == null) {
      return Truth.HONEST;
    }
    if (n.touchedBy1 == main || n.touchedBy2 == main) {
      return main;
    }
    return n.touchedBy1;
  }

  static LocalDateTime time(long epoch) {
    return LocalDateTime.ofEpochSecond(epoch, 0, BEIJING);
  }

  // ---------------------------------------------------------------- tables

  private static Table accountTable(List<Account> accs, Truth[] main) {
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    StringColumn name = StringColumn.create(Schema.NAME);
    StringColumn platform = StringColumn.create(Schema.PLATFORM);
    LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
    LongColumn following = LongColumn.create(Schema.FOLLOWING);
    LongColumn lc = LongColumn.create(Schema.LIKES_AND_COLLECTS);
    LongColumn notes = LongColumn.create(Schema.NOTES);
    StringColumn category = StringColumn.create(Schema.CATEGORY);
    DoubleColumn price = DoubleColumn.create(Schema.PRICE_RMB);
    StringColumn coop = StringColumn.create(Schema.COOPERATION);
    StringColumn truth = StringColumn.create(Truth.COLUMN);
    for (int i = 0; i < accs.size(); i++) {
      Account a = accs.get(i);
      id.append(a.id);
      name.append(a.name);
      platform.append(PLATFORM);
      followers.append(a.followers);
      following.append(a.following);
      lc.append(a.likesAndCollects);
      notes.append(a.lifetimeNotes);
      category.append(a.category);
      price.append(price(a.followers, a.priceZ, a.q));
      coop.append(gifted(a.followers, a.giftU) ? "gifted" : "paid");
      truth.append(main[i].label());
    }
    return Table.create(
        "labelled-red accounts", id, name, platform, followers, following, lc, notes, category,
        price, coop, truth);
  }

  private static Table noteTable(List<Account> accs, Truth[] main) {
    StringColumn noteId = StringColumn.create(Schema.NOTE_ID);
    StringColumn kol = StringColumn.create(Schema.KOL_ID);
    DateTimeColumn at = DateTimeColumn.create(Schema.PUBLISHED_AT);
    LongColumn likes = LongColumn.create(Schema.LIKES);
    LongColumn collects = LongColumn.create(Schema.COLLECTS);
    LongColumn comments = LongColumn.create(Schema.COMMENTS);
    LongColumn shares = LongColumn.create(Schema.SHARES);
    LongColumn views = LongColumn.create(Schema.VIEWS);
    StringColumn type = StringColumn.create(Schema.CONTENT_TYPE);
    DoubleColumn cost = DoubleColumn.create(Schema.COST_RMB);
    LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
    LongColumn lc = LongColumn.create(Schema.LIKES_AND_COLLECTS);
    LongColumn notes = LongColumn.create(Schema.NOTES);
    StringColumn truth = StringColumn.create(Truth.COLUMN);
    for (int i = 0; i < accs.size(); i++) {
      Account a = accs.get(i);
      for (Note n : a.notes) {
        noteId.append(n.id);
        kol.append(a.id);
        at.append(time(n.at));
        likes.append(n.likes);
        collects.append(n.collects);
        comments.append(n.comments);
        shares.append(n.shares);
        if (a.hidesViews) {
          views.appendMissing();
        } else {
          views.append(n.views);
        }
        type.append(n.video ? "video" : "image");
        if (n.sponsored) {
          cost.append(cost(a, n));
        } else {
          cost.appendMissing();
        }
        followers.append(a.followers);
        lc.append(a.likesAndCollects);
        notes.append(a.lifetimeNotes);
        truth.append(noteTruth(n, main[i]).label());
      }
    }
    return Table.create(
        "labelled-red notes", noteId, kol, at, likes, collects, comments, shares, views, type, cost,
        followers, lc, notes, truth);
  }

  // ---------------------------------------------------------------- access

  /** Accounts: canonical account columns + {@code truth}. A fresh copy on every call. */
  public Table accounts() {
    return accounts.copy();
  }

  /** Notes: canonical post columns + {@code truth}, per account in time order. A fresh copy. */
  public Table notes() {
    return notes.copy();
  }

  /** {@code kol_id, truth}: the file the CLI's {@code --truth} option reads. */
  public Table truth() {
    return accounts.selectColumns(Schema.KOL_ID, Truth.COLUMN).copy().setName("truth");
  }

  /** One record per account, in account order. */
  public List<Manipulation> records() {
    return records;
  }

  /** The record of one account; throws for an unknown id. */
  public Manipulation record(String kolId) {
    Manipulation m = byId.get(kolId);
    if (m == null) {
      throw new IllegalArgumentException("no account " + kolId);
    }
    return m;
  }

  /**
   * The records as a table, one row per account, for stratified evaluation: kol_id, truth, kinds
   * (main first, {@code +}-joined), listed_notes, views_hidden, organic_followers,
   * shown_followers, follower_factor, followers_bought_at, followers_bought_before_notes,
   * notes_bought_likes, like_factor, likes_from, bought_likes, bought_collects, notes_farmed,
   * farm_intensity, farmed_comments, viral_factor (NaN: none), giveaway (0/1 note).
   */
  public Table manipulations() {
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    StringColumn truth = StringColumn.create(Truth.COLUMN);
    StringColumn kinds = StringColumn.create("kinds");
    IntColumn listed = IntColumn.create("listed_notes");
    BooleanColumn hidden = BooleanColumn.create("views_hidden");
    LongColumn orgF = LongColumn.create("organic_followers");
    LongColumn shownF = LongColumn.create("shown_followers");
    DoubleColumn fFactor = DoubleColumn.create("follower_factor");
    DateTimeColumn fAt = DateTimeColumn.create("followers_bought_at");
    BooleanColumn fOld = BooleanColumn.create("followers_bought_before_notes");
    IntColumn nLiked = IntColumn.create("notes_bought_likes");
    DoubleColumn lFactor = DoubleColumn.create("like_factor");
    DateTimeColumn lFrom = DateTimeColumn.create("likes_from");
    LongColumn bLikes = LongColumn.create("bought_likes");
    LongColumn bCollects = LongColumn.create("bought_collects");
    IntColumn nFarmed = IntColumn.create("notes_farmed");
    DoubleColumn intensity = DoubleColumn.create("farm_intensity");
    LongColumn fComments = LongColumn.create("farmed_comments");
    DoubleColumn viral = DoubleColumn.create("viral_factor");
    IntColumn give = IntColumn.create("giveaway_notes");
    for (Manipulation m : records) {
      id.append(m.kolId());
      truth.append(m.truth().label());
      kinds.append(String.join("+", m.kinds().stream().map(Truth::label).toList()));
      listed.append(m.listedNotes());
      hidden.append(m.viewsHidden());
      orgF.append(m.organicFollowers());
      shownF.append(m.shownFollowers());
      fFactor.append(m.followerFactor());
      fAt.append(m.followersBoughtAt());
      fOld.append(m.followersBoughtBeforeNotes());
      nLiked.append(m.likedNotes().size());
      lFactor.append(m.likeFactor());
      lFrom.append(m.likesFrom());
      bLikes.append(m.boughtLikes());
      bCollects.append(m.boughtCollects());
      nFarmed.append(m.farmedNotes().size());
      intensity.append(m.farmIntensity());
      fComments.append(m.farmedComments());
      viral.append(m.viralFactor());
      give.append(m.giveawayNotes().size());
    }
    return Table.create(
        "labelled-red manipulations", id, truth, kinds, listed, hidden, orgF, shownF, fFactor, fAt,
        fOld, nLiked, lFactor, lFrom, bLikes, bCollects, nFarmed, intensity, fComments, viral,
        give);
  }

  /** The same generator with nothing injected: every account's organic twin, row for row. */
  public LabelledRed organicTwin() {
    Builder b = config.copy();
    b.manipulatedShare = 0;
    return new LabelledRed(b);
  }

  /** The options this was generated with (a copy). */
  public Builder options() {
    return config.copy();
  }

  /**
   * Writes {@code accounts.csv}, {@code notes.csv}, {@code truth.csv} (kol_id,truth) and {@code
   * manipulations.csv} into {@code dir} (created if needed); see {@link LabelledCsv}.
   *
   * @return the paths written, in that order
   */
  public List<Path> write(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return List.of(
        LabelledCsv.write(accounts, dir.resolve("accounts.csv")),
        LabelledCsv.write(notes, dir.resolve("notes.csv")),
        LabelledCsv.write(truth(), dir.resolve("truth.csv")),
        LabelledCsv.write(manipulations(), dir.resolve("manipulations.csv")));
  }

  @Override
  public String toString() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Manipulation m : records) {
      counts.merge(m.truth().label(), 1, Integer::sum);
    }
    return "LabelledRed[seed=" + config.seed + ", accounts=" + accounts.rowCount() + ", notes="
        + notes.rowCount() + ", truth=" + counts + "]";
  }
}
