package org.kolscope.data;

import static org.kolscope.data.RedProfile.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Tiers;

/**
 * The draws of one account of a {@link Generator} and its notes, in a fixed order: the organic
 * model, then the anomaly injected (the model and the injections are described in {@link
 * Generator}).
 */
final class AccountDraw {
  /** The generator: its window, notes per account and publication days. */
  private final Generator generator;

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
      Generator generator,
      int index,
      Anomaly anomaly,
      Set<String> ids,
      RandomGenerator rng,
      RandomGenerator anomalyRng) {
    this.generator = generator;
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
    double ratio = Draws.logNormal(rng, ratioMedian(f0), ratioSigma(f0));
    long organicLc = Math.round(ratio * f0);
    lifetimeNotes = Math.max(1, Math.round(Draws.logNormal(rng, notesMedian(f0), NOTES_SIGMA)));
    following = Math.round(Draws.logNormal(rng, FOLLOWING_MEDIAN, FOLLOWING_SIGMA));
    int cat = Draws.weighted(rng, CATEGORY_WEIGHTS);
    category = CATEGORIES[cat];
    name = Names.nickname(rng, index, cat);
    boolean viewsShared = rng.nextDouble() < VIEWS_SHARED;
    double likeRate = Draws.logNormal(rng, LIKE_RATE_MEDIAN, LIKE_RATE_ACCOUNT_SIGMA);
    double commentRate = Draws.logNormal(rng, COMMENT_RATE_MEDIAN, COMMENT_RATE_ACCOUNT_SIGMA);
    double collectRate = Draws.logNormal(rng, COLLECT_RATE_MEDIAN[cat], COLLECT_RATE_ACCOUNT_SIGMA);
    double videoShare = Draws.uniform(rng, 0.1, 0.7);
    double gapDays = Draws.logNormal(rng, GAP_DAYS_MEDIAN, GAP_DAYS_SIGMA);
    double createdDraw = rng.nextDouble();
    double priceNoise = StrictMath.exp(PRICE_SIGMA * rng.nextGaussian());
    double giftedDraw = rng.nextDouble();

    long f = f0;
    if (anomaly == Anomaly.BOUGHT_FOLLOWERS) {
      f = Math.round(f0 * Math.max(Draws.uniform(anomalyRng, 4, 12), 2 * ratio));
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
    int k = Math.min(n, generator.notesPerAccount);
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
        generator.publicationDay(daysBack[n - 1]).minusDays(1).toEpochDay() * 86_400 - 8 * 3600;
    long created =
        Generator.FIRST_ACCOUNT_EPOCH
            + (long) (createdDraw * Math.max(0, oldestNote - 30 * 86_400L - Generator.FIRST_ACCOUNT_EPOCH));
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
      note.shares = Math.round(note.likes * Draws.logNormal(rng, SHARE_RATE_MEDIAN, SHARE_RATE_SIGMA));
      double rate = likeRate * StrictMath.exp(LIKE_RATE_NOTE_SIGMA * rng.nextGaussian());
      long views =
          note.likes > 0
              ? Math.round(note.likes / rate)
              : Math.max(1, Math.round(Draws.logNormal(rng, 40, 0.8)));
      note.views = viewsShared ? Math.max(views, note.likes) : -1;
      note.video = rng.nextDouble() < videoShare;
      boolean sponsored = rng.nextDouble() < SPONSORED_NOTE;
      double costJitter = Draws.uniform(rng, 0.8, 1.1);
      if (sponsored) {
        note.cost = gifted ? 0 : 50 * Math.round(price * costJitter / 50);
      }
      LocalDate day = generator.publicationDay(daysBack[j]);
      int hour = Draws.weighted(rng, weekend(day) ? WEEKEND_HOUR_WEIGHTS : HOUR_WEIGHTS);
      note.at = day.atTime(hour, rng.nextInt(60), rng.nextInt(60));
      if (note.at.isAfter(generator.end)) {
        note.at = generator.end;
      }
      note.epoch = note.at.toEpochSecond(Generator.BEIJING);
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
    long endEpoch = generator.end.toEpochSecond(Generator.BEIJING);
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
    int count = (int) Math.max(1, Math.round(Draws.uniform(anomalyRng, 0.15, 0.35) * notes.size()));
    for (Note note : pickNotes(count)) {
      long bought =
          Math.round(Math.max(Math.max(note.likes, median), 10) * Draws.uniform(anomalyRng, 8, 30));
      if (note.views > 0) {
        bought = Math.max(bought, (long) Math.ceil(0.1 * note.views));
      }
      likesAndCollects += bought - note.likes;
      note.likes = bought;
      note.anomaly = Anomaly.BOUGHT_LIKES;
    }
  }

  private void farmComments() {
    int count = (int) Math.max(1, Math.round(Draws.uniform(anomalyRng, 0.5, 1.0) * notes.size()));
    for (Note note : pickNotes(count)) {
      note.comments = Math.round(Math.max(note.likes, 20) * Draws.uniform(anomalyRng, 0.4, 1.5));
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

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek().getValue() >= 6;
  }

  /** One note's row before it is appended. */
  static final class Note {
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
}
