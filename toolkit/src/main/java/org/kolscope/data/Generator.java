package org.kolscope.data;

import static org.kolscope.data.RedProfile.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.kolscope.io.Schema;
import org.kolscope.stats.Quantiles;
import org.kolscope.tiers.Tiers;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
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

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final long FIRST_ACCOUNT_EPOCH = LocalDate.of(2015, 1, 1).toEpochDay() * 86_400;

  private final int accounts;
  private final int notesPerAccount;
  private final long seed;
  private final double boughtFollowersRate;
  private final double boughtLikesRate;
  private final double commentFarmRate;
  private final LocalDateTime end;
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
    Columns out = new Columns();
    Set<String> ids = new HashSet<>();
    // Re-seeding two generators gives the same streams as new ones per account, 10× faster.
    Well19937c organic = new Well19937c(0L);
    Well19937c injection = new Well19937c(0L);
    for (int i = 0; i < accounts; i++) {
      organic.setSeed(splitMix(seed, i));
      injection.setSeed(splitMix(~seed, i));
      new AccountDraw(i, labels[i], ids, organic, injection).emit(out);
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
    RandomGenerator rng = new Well19937c(splitMix(seed, -1));
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

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek().getValue() >= 6;
  }

  /** SplitMix64 (Steele, Lea and Flood 2014) of {@code seed} and a stream number. */
  static long splitMix(long seed, long stream) {
    long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** e^(ln(median) + σz), z standard normal: a log-normal draw with the given median. */
  static double logNormal(RandomGenerator rng, double median, double sigma) {
    return median * StrictMath.exp(sigma * rng.nextGaussian());
  }

  static double uniform(RandomGenerator rng, double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  static int weighted(RandomGenerator rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** One note's row before it is appended. */
  private static final class Note {
    String id;
    LocalDateTime at;
    long epoch;
    long likes;
    long collects;
    long comments;
    long shares;
    long views = -1;
    boolean video;
    double cost = Double.NaN;
    Anomaly anomaly = Anomaly.NONE;
  }

  /** The draws of one account and its notes, in a fixed order. */
  private final class AccountDraw {
    /** Organic draws: the same whatever the account's label. */
    final RandomGenerator rng;

    /** Draws of the injection only, so an anomalous account has an organic twin. */
    final RandomGenerator anomalyRng;

    final Anomaly anomaly;
    final Set<String> ids;
    final String kolId;
    final String name;
    final long followers;
    long likesAndCollects;
    final long lifetimeNotes;
    final long following;
    final String category;
    final double price;
    final boolean gifted;
    final List<Note> notes = new ArrayList<>();

    AccountDraw(
        int index,
        Anomaly anomaly,
        Set<String> ids,
        RandomGenerator rng,
        RandomGenerator anomalyRng) {
      this.rng = rng;
      this.anomalyRng = anomalyRng;
      this.anomaly = anomaly;
      this.ids = ids;
      long f0;
      do {
        f0 =
            Math.round(
                StrictMath.pow(
                    10, LOG10_FOLLOWERS_MEDIAN + LOG10_FOLLOWERS_SIGMA * rng.nextGaussian()));
      } while (f0 < MIN_FOLLOWERS || f0 > MAX_FOLLOWERS);
      double ratio = logNormal(rng, ratioMedian(f0), ratioSigma(f0));
      long organicLc = Math.round(ratio * f0);
      lifetimeNotes = Math.max(1, Math.round(logNormal(rng, notesMedian(f0), NOTES_SIGMA)));
      following = Math.round(logNormal(rng, FOLLOWING_MEDIAN, FOLLOWING_SIGMA));
      int cat = weighted(rng, CATEGORY_WEIGHTS);
      category = CATEGORIES[cat];
      name = Names.nickname(rng, index, cat);
      boolean viewsShared = rng.nextDouble() < VIEWS_SHARED;
      double likeRate = logNormal(rng, LIKE_RATE_MEDIAN, LIKE_RATE_ACCOUNT_SIGMA);
      double commentRate = logNormal(rng, COMMENT_RATE_MEDIAN, COMMENT_RATE_ACCOUNT_SIGMA);
      double collectRate = logNormal(rng, COLLECT_RATE_MEDIAN[cat], COLLECT_RATE_ACCOUNT_SIGMA);
      double videoShare = uniform(rng, 0.1, 0.7);
      double gapDays = logNormal(rng, GAP_DAYS_MEDIAN, GAP_DAYS_SIGMA);
      double createdDraw = rng.nextDouble();
      double priceNoise = StrictMath.exp(PRICE_SIGMA * rng.nextGaussian());
      double giftedDraw = rng.nextDouble();

      long f = f0;
      if (anomaly == Anomaly.BOUGHT_FOLLOWERS) {
        f = Math.round(f0 * Math.max(uniform(anomalyRng, 4, 12), 2 * ratio));
        while (f < MAX_FOLLOWERS && organicLc > TIER_RATIO_MEDIAN[Tiers.RED.index(f)] / 3 * f) {
          f = Math.round(f * 1.25);
        }
        f = Math.min(MAX_FOLLOWERS, f);
      }
      followers = f;
      price =
          Math.max(
              MIN_PRICE,
              100 * Math.round(PRICE_SCALE * StrictMath.pow(f, PRICE_EXPONENT) * priceNoise / 100));
      gifted = giftedDraw < GIFTED[Tiers.RED.index(f)];

      // The lifetime notes' weights; the export holds the latest min(n, M).
      int n = (int) lifetimeNotes;
      double[] w = new double[n];
      double sum = 0;
      for (int j = 0; j < n; j++) {
        w[j] = StrictMath.exp(NOTE_WEIGHT_SIGMA * rng.nextGaussian());
        sum += w[j];
      }
      int k = Math.min(n, notesPerAccount);
      double listedWeight = 0;
      for (int j = 0; j < k; j++) {
        listedWeight += w[j];
      }
      double boost = Math.min(recentBoost(f0), sum / listedWeight);
      // Days before the end of each lifetime note, newest first: exponential gaps.
      double[] daysBack = new double[n];
      daysBack[0] = rng.nextDouble() * gapDays;
      for (int j = 1; j < n; j++) {
        daysBack[j] = daysBack[j - 1] - gapDays * StrictMath.log(1 - rng.nextDouble());
      }
      // Created between 2015-01-01 and 30 days before its oldest note (2015-01-01 if that is
      // earlier); listed notes are the newest, so they all come after the creation.
      long oldestNote =
          publicationDay(daysBack[n - 1]).minusDays(1).toEpochDay() * 86_400 - 8 * 3600;
      long created =
          FIRST_ACCOUNT_EPOCH
              + (long) (createdDraw * Math.max(0, oldestNote - 30 * 86_400L - FIRST_ACCOUNT_EPOCH));
      kolId = uniqueId(created);
      for (int j = 0; j < k; j++) {
        Note note = new Note();
        long lc = (long) Math.floor(organicLc * boost * w[j] / sum);
        double collectsPerLike =
            collectRate * StrictMath.exp(COLLECT_RATE_NOTE_SIGMA * rng.nextGaussian());
        note.likes = Math.round(lc / (1 + collectsPerLike));
        note.collects = lc - note.likes;
        note.comments =
            Math.round(
                note.likes
                    * commentRate
                    * StrictMath.exp(COMMENT_RATE_NOTE_SIGMA * rng.nextGaussian()));
        note.shares = Math.round(note.likes * logNormal(rng, SHARE_RATE_MEDIAN, SHARE_RATE_SIGMA));
        double rate = likeRate * StrictMath.exp(LIKE_RATE_NOTE_SIGMA * rng.nextGaussian());
        long views =
            note.likes > 0
                ? Math.round(note.likes / rate)
                : Math.max(1, Math.round(logNormal(rng, 40, 0.8)));
        note.views = viewsShared ? Math.max(views, note.likes) : -1;
        note.video = rng.nextDouble() < videoShare;
        boolean sponsored = rng.nextDouble() < SPONSORED_NOTE;
        double costJitter = uniform(rng, 0.8, 1.1);
        if (sponsored) {
          note.cost = gifted ? 0 : 50 * Math.round(price * costJitter / 50);
        }
        LocalDate day = publicationDay(daysBack[j]);
        int hour = weighted(rng, weekend(day) ? WEEKEND_HOUR_WEIGHTS : HOUR_WEIGHTS);
        note.at = day.atTime(hour, rng.nextInt(60), rng.nextInt(60));
        if (note.at.isAfter(end)) {
          note.at = end;
        }
        note.epoch = note.at.toEpochSecond(BEIJING);
        note.id = uniqueId(note.epoch);
        notes.add(note);
      }
      applyEffects();
      notes.sort((a, b) -> Long.compare(a.epoch, b.epoch));
      likesAndCollects = organicLc;
      if (anomaly == Anomaly.BOUGHT_FOLLOWERS) {
        notes.forEach(x -> x.anomaly = Anomaly.BOUGHT_FOLLOWERS);
      } else if (anomaly == Anomaly.BOUGHT_LIKES) {
        buyLikes();
      } else if (anomaly == Anomaly.COMMENT_FARM) {
        farmComments();
      }
    }

    /**
     * Scales each listed note's counts by its content type ({@link RedProfile#VIDEO_LIFT}) and
     * publication hour ({@link RedProfile#HOUR_LIFT}), relative to the account's other listed
     * notes — divided by the lifts' mean weighted by likes + collects, so the notes' total stays
     * that of the organic draw — and by its age at the end of the window (1 − exp(−age / {@link
     * RedProfile#ENGAGEMENT_HOURS} h)). Likes and collects are rounded down (the total never
     * grows), comments, shares and views to the nearest count (views at least the likes). No
     * random draw: the organic stream is the same as without the effects.
     */
    private void applyEffects() {
      double total = 0;
      double lifted = 0;
      double[] lift = new double[notes.size()];
      for (int j = 0; j < lift.length; j++) {
        Note note = notes.get(j);
        lift[j] = (note.video ? VIDEO_LIFT : 1) * HOUR_LIFT[note.at.getHour()];
        double lc = note.likes + note.collects;
        total += lc;
        lifted += lc * lift[j];
      }
      double mean = total > 0 ? lifted / total : 1;
      long endEpoch = end.toEpochSecond(BEIJING);
      for (int j = 0; j < lift.length; j++) {
        Note note = notes.get(j);
        double ageHours = (endEpoch - note.epoch) / 3600.0;
        double f = lift[j] / mean * -StrictMath.expm1(-ageHours / ENGAGEMENT_HOURS);
        note.likes = (long) Math.floor(note.likes * f);
        note.collects = (long) Math.floor(note.collects * f);
        note.comments = Math.round(note.comments * f);
        note.shares = Math.round(note.shares * f);
        if (note.views > 0) {
          note.views = Math.max(note.likes, Math.max(1, Math.round(note.views * f)));
        }
      }
    }

    private void buyLikes() {
      double[] likes = notes.stream().mapToDouble(x -> x.likes).toArray();
      double median = Quantiles.median(likes);
      int count = (int) Math.max(1, Math.round(uniform(anomalyRng, 0.15, 0.35) * notes.size()));
      for (Note note : pickNotes(count)) {
        long bought =
            Math.round(Math.max(Math.max(note.likes, median), 10) * uniform(anomalyRng, 8, 30));
        if (note.views > 0) {
          bought = Math.max(bought, (long) Math.ceil(0.1 * note.views));
        }
        likesAndCollects += bought - note.likes;
        note.likes = bought;
        note.anomaly = Anomaly.BOUGHT_LIKES;
      }
    }

    private void farmComments() {
      int count = (int) Math.max(1, Math.round(uniform(anomalyRng, 0.5, 1.0) * notes.size()));
      for (Note note : pickNotes(count)) {
        note.comments = Math.round(Math.max(note.likes, 20) * uniform(anomalyRng, 0.4, 1.5));
        note.anomaly = Anomaly.COMMENT_FARM;
      }
    }

    /** {@code count} distinct notes, by a partial Fisher–Yates shuffle, in time order. */
    private List<Note> pickNotes(int count) {
      int[] idx = new int[notes.size()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = i;
      }
      for (int i = 0; i < count; i++) {
        int j = i + anomalyRng.nextInt(idx.length - i);
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
      }
      int[] chosen = Arrays.copyOf(idx, count);
      Arrays.sort(chosen);
      List<Note> out = new ArrayList<>();
      for (int i : chosen) {
        out.add(notes.get(i));
      }
      return out;
    }

    /**
     * A 24-hex-digit id in the style of RED's ids (MongoDB ObjectIds): 8 digits of the epoch
     * second, 16 random.
     */
    private String uniqueId(long epochSecond) {
      String id;
      do {
        id = hex(epochSecond & 0xFFFFFFFFL, 8) + hex(rng.nextLong(), 16);
      } while (!ids.add(id));
      return id;
    }

    /** The lowest {@code digits} hex digits of {@code v}, zero-padded. */
    private String hex(long v, int digits) {
      String h = Long.toHexString(v);
      return h.length() >= digits
          ? h.substring(h.length() - digits)
          : "0".repeat(digits - h.length()) + h;
    }

    void emit(Columns out) {
      out.kolId.append(kolId);
      out.name.append(name);
      out.platform.append(PLATFORM);
      out.followers.append(followers);
      out.following.append(following);
      out.likesAndCollects.append(likesAndCollects);
      out.notes.append(lifetimeNotes);
      out.category.append(category);
      out.price.append(price);
      out.cooperation.append(gifted ? "gifted" : "paid");
      out.anomaly.append(anomaly.label());
      for (Note note : notes) {
        out.nNoteId.append(note.id);
        out.nKolId.append(kolId);
        out.nPublished.append(note.at);
        out.nLikes.append(note.likes);
        out.nCollects.append(note.collects);
        out.nComments.append(note.comments);
        out.nShares.append(note.shares);
        if (note.views < 0) {
          out.nViews.appendMissing();
        } else {
          out.nViews.append(note.views);
        }
        out.nContentType.append(note.video ? "video" : "image");
        out.nCost.append(note.cost);
        out.nFollowers.append(followers);
        out.nLikesAndCollects.append(likesAndCollects);
        out.nNotes.append(lifetimeNotes);
        out.nAnomaly.append(note.anomaly.label());
      }
    }
  }

  /** The columns being filled. */
  private static final class Columns {
    final StringColumn kolId = StringColumn.create(Schema.KOL_ID);
    final StringColumn name = StringColumn.create(Schema.NAME);
    final StringColumn platform = StringColumn.create(Schema.PLATFORM);
    final LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
    final LongColumn following = LongColumn.create(Schema.FOLLOWING);
    final LongColumn likesAndCollects = LongColumn.create(Schema.LIKES_AND_COLLECTS);
    final LongColumn notes = LongColumn.create(Schema.NOTES);
    final StringColumn category = StringColumn.create(Schema.CATEGORY);
    final DoubleColumn price = DoubleColumn.create(Schema.PRICE_RMB);
    final StringColumn cooperation = StringColumn.create(Schema.COOPERATION);
    final StringColumn anomaly = StringColumn.create(ANOMALY);

    final StringColumn nNoteId = StringColumn.create(Schema.NOTE_ID);
    final StringColumn nKolId = StringColumn.create(Schema.KOL_ID);
    final DateTimeColumn nPublished = DateTimeColumn.create(Schema.PUBLISHED_AT);
    final LongColumn nLikes = LongColumn.create(Schema.LIKES);
    final LongColumn nCollects = LongColumn.create(Schema.COLLECTS);
    final LongColumn nComments = LongColumn.create(Schema.COMMENTS);
    final LongColumn nShares = LongColumn.create(Schema.SHARES);
    final LongColumn nViews = LongColumn.create(Schema.VIEWS);
    final StringColumn nContentType = StringColumn.create(Schema.CONTENT_TYPE);
    final DoubleColumn nCost = DoubleColumn.create(Schema.COST_RMB);
    final LongColumn nFollowers = LongColumn.create(Schema.FOLLOWERS);
    final LongColumn nLikesAndCollects = LongColumn.create(Schema.LIKES_AND_COLLECTS);
    final LongColumn nNotes = LongColumn.create(Schema.NOTES);
    final StringColumn nAnomaly = StringColumn.create(ANOMALY);

    Table accountsTable() {
      return Table.create(
          "accounts",
          kolId,
          name,
          platform,
          followers,
          following,
          likesAndCollects,
          notes,
          category,
          price,
          cooperation,
          anomaly);
    }

    Table notesTable() {
      return Table.create(
          "notes",
          nNoteId,
          nKolId,
          nPublished,
          nLikes,
          nCollects,
          nComments,
          nShares,
          nViews,
          nContentType,
          nCost,
          nFollowers,
          nLikesAndCollects,
          nNotes,
          nAnomaly);
    }
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
