package org.kolscope.data;

import static org.kolscope.data.RedProfile.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * A seeded generator of realistic Xiaohongshu (RED) accounts and notes with injected, labelled
 * anomalies — test data for every KOLScope check.
 *
 * <pre>{@code
 * GeneratedData d = Generator.builder().accounts(2000).notesPerAccount(20).seed(42).build().generate();
 * Table accounts = d.accounts(), notes = d.notes();
 * }</pre>
 *
 * <p><b>Tables.</b> {@code accounts} has the canonical {@link Schema#ACCOUNT_COLUMNS} plus {@value
 * #ANOMALY}; {@code notes} has {@link Schema#POST_COLUMNS} (with the author columns {@code
 * followers}, {@code likes_and_collects}, {@code notes} repeated per row, as exports do) plus
 * {@value #ANOMALY}. Counts are LONG, money DOUBLE, {@code published_at} LOCAL_DATE_TIME (Beijing
 * time). {@code views} is missing for the ≈15 % of accounts that did not share them; {@code
 * cost_rmb} is missing for notes that were not a brand cooperation.
 *
 * <p><b>Organic model</b> (parameters and sources in {@link RedProfile}), per account:
 *
 * <ol>
 *   <li>followers F: log10 F ~ N(4.3, 0.8²), redrawn outside [100, 3·10⁷];
 *   <li>lifetime likes_and_collects L = round(ρ·F), ρ log-normal whose median and σ move smoothly
 *       with F through the real tier medians (4.0, 2.3, 0.7, 0.4 at each tier's typical size; see
 *       {@link RedProfile#ANCHOR_LOG10});
 *   <li>lifetime note count n log-normal, its median moving with F the same way; the export lists
 *       the latest {@code min(n, M)} notes (M = {@code notesPerAccount});
 *   <li>the n notes share L in proportion to log-normal weights w (σ 0.8), the listed ones scaled
 *       by b ({@link RedProfile#RECENT_BOOST}): a listed note's likes+collects is ⌊b·L·wᵢ/Σw⌋, with
 *       b capped so the listed notes never sum to more than L;
 *   <li>likes+collects split by the account's collects÷likes (by category); comments = likes × c
 *       (median 8.5 %, ≈95 % within 5–15 %); shares = likes × s (median 5 %); views = likes ÷ r, r
 *       ≈ 1.8 % (≈97 % within 1–3 %);
 *   <li>the per-note engagement rate (likes+collects+comments)/F then falls with followers as on
 *       real RED data (tier medians ≈0.24, 0.024, 0.012, 0.001);
 *   <li>publication times: gaps between an account's notes exponential (median ≈3 days), the days
 *       reweighted by weekday ({@link RedProfile#WEEKDAY_WEIGHTS}: more at the weekend), the hour
 *       drawn from {@link RedProfile#HOUR_WEIGHTS} (weekends: {@link
 *       RedProfile#WEEKEND_HOUR_WEIGHTS}), Beijing time: an evening peak at 20–21 h;
 *   <li>engagement effects, applied to the note's counts after the draws (so no random stream
 *       moves): × {@link RedProfile#VIDEO_LIFT} for a video and × {@link RedProfile#HOUR_LIFT} of
 *       its hour, relative to the account's other notes (the account's total is kept), and × (1 −
 *       exp(−age / {@link RedProfile#ENGAGEMENT_HOURS} h)) for its age at the end of the window.
 * </ol>
 *
 * <p><b>Anomalies</b>: exactly {@code round(rate × accounts)} accounts of each kind, chosen by a
 * seeded shuffle, disjoint:
 *
 * <ul>
 *   <li>{@code bought_followers}: after the organic draw, followers × k, k = max(U(4, 12), 2ρ),
 *       then × 1.25 repeatedly until likes_and_collects ÷ followers is below a third of the median
 *       of the tier the account now shows (capped at 3·10⁷ followers). So the ratio is ≤ 1/2, at
 *       least 4× below the account's organic ratio and below a third of its shown tier's norm, and
 *       its notes' engagement rates fall by the same k. Price and cooperation follow the inflated
 *       count. All its notes are labelled (their author column {@code followers} is inflated).
 *   <li>{@code bought_likes}: max(1, round(U(0.15, 0.35) × notes)) of its exported notes get likes
 *       = round(max(likes, median likes of its notes, 10) × U(8, 30)), raised to 10 % of views
 *       where that is more; views, collects and comments unchanged, so likes ÷ views ≥ 10 % and
 *       comments ÷ likes collapse to about a tenth of the norm; the bought likes are added to the
 *       account's likes_and_collects. Only those notes are labelled.
 *   <li>{@code comment_farm}: a fraction U(0.5, 1) of its exported notes (at least one) get
 *       comments = round(max(likes, 20) × U(0.4, 1.5)) — comments ÷ likes ≥ 40 % against the 5–15 %
 *       norm. Only those notes are labelled.
 * </ul>
 *
 * <p><b>Reproducibility</b>: account i draws its organic values from its own Commons Math {@link
 * Well19937c} seeded with SplitMix64(seed, i) and its injection from a second one seeded with
 * SplitMix64(¬seed, i); all transcendental functions use {@link StrictMath}. So the same seed gives
 * the same tables on every JVM; with anomaly rates 0 the first accounts do not depend on how many
 * are generated; organic accounts do not depend on {@code notesPerAccount}; and every anomalous
 * account has an <i>organic twin</i> — the same seed with rates 0 gives the same account and notes
 * without the injection (the tests compare the two).
 */
public final class Generator {

  /** The ground-truth column in both tables. */
  public static final String ANOMALY = Schema.ANOMALY;

  /** The value of {@code platform}. */
  public static final String PLATFORM = "xiaohongshu";

  /** The default end of the observation window: no note is published later. */
  public static final LocalDateTime DEFAULT_END = LocalDateTime.of(2025, 6, 30, 23, 59, 59);

  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  static final long FIRST_ACCOUNT_EPOCH = LocalDate.of(2015, 1, 1).toEpochDay() * 86_400;

  private final int accounts;
  final int notesPerAccount;
  private final long seed;
  private final double boughtFollowersRate;
  private final double boughtLikesRate;
  private final double commentFarmRate;
  final LocalDateTime end;
  /** Cumulative weekday weights of the days 0…6 back from the end date (see publicationDay). */
  private final double[] weekCumulative = new double[7];
  private final double weekTotal;

  private Generator(Builder b) {
    this.accounts = b.accounts;
    this.notesPerAccount = b.notesPerAccount;
    this.seed = b.seed;
    this.boughtFollowersRate = b.boughtFollowersRate;
    this.boughtLikesRate = b.boughtLikesRate;
    this.commentFarmRate = b.commentFarmRate;
    this.end = b.end;
    double c = 0;
    for (int j = 0; j < 7; j++) {
      c += WEEKDAY_WEIGHTS[end.toLocalDate().minusDays(j).getDayOfWeek().getValue() - 1];
      weekCumulative[j] = c;
    }
    this.weekTotal = c;
  }

  /**
   * A builder with the defaults of the files in {@code data/}: 2,000 accounts, at most 24 notes
   * each (≈39,700 notes), seed 42, 3 % of the accounts for each anomaly.
   */
  public static Builder builder() {
    return new Builder();
  }

  public int accounts() {
    return accounts;
  }

  public int notesPerAccount() {
    return notesPerAccount;
  }

  public long seed() {
    return seed;
  }

  /** Number of accounts labelled {@code anomaly}, {@code round(rate × accounts)}. */
  public int anomalyCount(Anomaly anomaly) {
    switch (anomaly) {
      case BOUGHT_FOLLOWERS:
        return (int) Math.round(boughtFollowersRate * accounts);
      case BOUGHT_LIKES:
        return (int) Math.round(boughtLikesRate * accounts);
      case COMMENT_FARM:
        return (int) Math.round(commentFarmRate * accounts);
      default:
        return accounts
            - anomalyCount(Anomaly.BOUGHT_FOLLOWERS)
            - anomalyCount(Anomaly.BOUGHT_LIKES)
            - anomalyCount(Anomaly.COMMENT_FARM);
    }
  }

  /** Draws the tables. Calling it twice gives equal tables. */
  public GeneratedData generate() {
    Anomaly[] labels = assignAnomalies();
    GeneratedColumns out = new GeneratedColumns();
    Set<String> ids = new HashSet<>();
    // Re-seeding two generators gives the same streams as new ones per account, 10× faster.
    Well19937c organic = new Well19937c(0L);
    Well19937c injection = new Well19937c(0L);
    for (int i = 0; i < accounts; i++) {
      organic.setSeed(Draws.splitMix(seed, i));
      injection.setSeed(Draws.splitMix(~seed, i));
      out.add(new AccountDraw(this, i, labels[i], ids, organic, injection));
    }
    return new GeneratedData(out.accountsTable(), out.notesTable(), seed);
  }

  /** Labels per account index: exact counts, positions from a seeded Fisher–Yates shuffle. */
  private Anomaly[] assignAnomalies() {
    Anomaly[] labels = new Anomaly[accounts];
    Arrays.fill(labels, Anomaly.NONE);
    int[] order = new int[accounts];
    for (int i = 0; i < accounts; i++) {
      order[i] = i;
    }
    RandomGenerator rng = new Well19937c(Draws.splitMix(seed, -1));
    for (int i = accounts - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int p = 0;
    for (Anomaly a :
        List.of(Anomaly.BOUGHT_FOLLOWERS, Anomaly.BOUGHT_LIKES, Anomaly.COMMENT_FARM)) {
      for (int c = anomalyCount(a); c > 0; c--) {
        labels[order[p++]] = a;
      }
    }
    return labels;
  }

  /**
   * The day of a note published {@code daysBack} days before the end of the window. The gaps
   * between notes are drawn in days; the days are then reweighted by weekday ({@link
   * RedProfile#WEEKDAY_WEIGHTS}) by stretching each week counted back from the end: the fraction f
   * ∈ [0, 1) of the way through week k goes to the day of that week whose cumulative weight first
   * passes f. Monotone, so the notes keep their order, and a uniform f gives each weekday its
   * weight's share of the notes.
   */
  LocalDate publicationDay(double daysBack) {
    double weeks = daysBack / 7;
    long k = (long) Math.floor(weeks);
    double u = (weeks - k) * weekTotal;
    int j = 0;
    while (j < 6 && u >= weekCumulative[j]) {
      j++;
    }
    return end.toLocalDate().minusDays(7 * k + j);
  }

  /** Options of a {@link Generator}; every setter validates its argument. */
  public static final class Builder {
    private int accounts = 2000;
    private int notesPerAccount = 24;
    private long seed = 42;
    private double boughtFollowersRate = 0.03;
    private double boughtLikesRate = 0.03;
    private double commentFarmRate = 0.03;
    private LocalDateTime end = DEFAULT_END;

    private Builder() {}

    /** Number of accounts, 1 to 5,000,000. */
    public Builder accounts(int n) {
      accounts = checkRange("accounts", n, 1, 5_000_000);
      return this;
    }

    /**
     * The most notes listed per account (an account with fewer lifetime notes lists all), 1 to
     * 1,000.
     */
    public Builder notesPerAccount(int m) {
      notesPerAccount = checkRange("notes per account", m, 1, 1_000);
      return this;
    }

    /** The seed; equal seeds and options give equal data. */
    public Builder seed(long s) {
      seed = s;
      return this;
    }

    /** Share of accounts with bought followers, 0 to 1. */
    public Builder boughtFollowersRate(double r) {
      boughtFollowersRate = checkRate("bought followers rate", r);
      return this;
    }

    /** Share of accounts with bought likes, 0 to 1. */
    public Builder boughtLikesRate(double r) {
      boughtLikesRate = checkRate("bought likes rate", r);
      return this;
    }

    /** Share of accounts with comment farms, 0 to 1. */
    public Builder commentFarmRate(double r) {
      commentFarmRate = checkRate("comment farm rate", r);
      return this;
    }

    /** Sets all three anomaly rates. */
    public Builder anomalyRate(double r) {
      return boughtFollowersRate(r).boughtLikesRate(r).commentFarmRate(r);
    }

    /** The latest possible publication time (Beijing time); notes go back from it. */
    public Builder end(LocalDateTime t) {
      end = Objects.requireNonNull(t, "end");
      return this;
    }

    /**
     * The generator.
     *
     * @throws IllegalArgumentException if the anomaly rates add up to more than 1
     */
    public Generator build() {
      double total = boughtFollowersRate + boughtLikesRate + commentFarmRate;
      if (total > 1) {
        throw new IllegalArgumentException(
            "anomaly rates add up to " + total + ": must be at most 1");
      }
      return new Generator(this);
    }

    private static int checkRange(String what, int v, int lo, int hi) {
      if (v < lo || v > hi) {
        throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "], got " + v);
      }
      return v;
    }

    private static double checkRate(String what, double r) {
      if (!(r >= 0 && r <= 1)) {
        throw new IllegalArgumentException(what + " must be in [0, 1], got " + r);
      }
      return r;
    }
  }
}
