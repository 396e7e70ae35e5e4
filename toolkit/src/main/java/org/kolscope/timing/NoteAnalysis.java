package org.kolscope.timing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.kolscope.io.NoteIds;
import org.kolscope.metrics.Metrics;
import org.kolscope.stats.groups.BootstrapMedianCi;
import org.kolscope.tiers.Tiers;
import tech.tablesaw.api.Table;

/**
 * The settings {@link Timing} and {@link Content} share: which metric, how old a note must be, in
 * which zone hours are read, the tiers, and the bootstrap. Every setter validates its argument and
 * returns the analysis for chaining.
 *
 * <p><b>Why a minimum age.</b> A note gathers most of its likes, collects and comments in its
 * first days (the field guide's example note had "over 4400 likes and over 500 comments within a
 * couple of days"), so at the crawl time a note published an hour earlier has not had its chance.
 * Notes younger than {@link #minAge} at {@link #crawlTime} are left out of every median and test
 * and counted; the default crawl time is the latest publication time in the data, the usual case
 * of a table crawled just after its newest note.
 *
 * <p><b>Per follower.</b> Engagement grows with the audience, so notes of different KOLs are
 * compared per follower: a count metric ({@code likes}, {@code collects}, {@code comments}, {@code
 * shares}, {@code views}, {@code interactions} or any integer column) is divided by the author's
 * {@code followers}; a ratio such as the default {@value Metrics#ENGAGEMENT_RATE} (interactions /
 * followers) is used as it is.
 *
 * @param <A> the concrete analysis
 */
public abstract class NoteAnalysis<A extends NoteAnalysis<A>> {
  /** The default minimum age of a note at the crawl time: 48 hours. */
  public static final Duration DEFAULT_MIN_AGE = Duration.ofHours(48);
  /** The default number of notes a slot or group needs to be ranked: 30. */
  public static final int DEFAULT_MIN_NOTES = 30;
  /** The default bootstrap seed. */
  public static final long DEFAULT_SEED = 1;

  final Table table;
  String metric = Metrics.ENGAGEMENT_RATE;
  ZoneId zone = NoteIds.BEIJING;
  ZoneId dataZone = NoteIds.BEIJING;
  Instant crawlTime;
  LocalDateTime crawlLocal;
  String crawlText;
  Duration minAge = DEFAULT_MIN_AGE;
  Tiers tiers = Tiers.RED;
  int minNotes = DEFAULT_MIN_NOTES;
  long seed = DEFAULT_SEED;
  int resamples = BootstrapMedianCi.DEFAULT_RESAMPLES;
  double level = BootstrapMedianCi.DEFAULT_LEVEL;

  NoteAnalysis(Table table) {
    this.table = Objects.requireNonNull(table, "notes table");
  }

  @SuppressWarnings("unchecked")
  private A self() {
    return (A) this;
  }

  /**
   * The metric (default {@value Metrics#ENGAGEMENT_RATE}): a numeric column of the notes, or one
   * KOLScope derives from them (see {@link org.kolscope.tiers.DerivedColumns}). Counts are divided
   * by the author's followers (see the class comment).
   *
   * @param column the column name (not null)
   * @return this
   */
  public A metric(String column) {
    this.metric = Objects.requireNonNull(column, "metric");
    return self();
  }

  /**
   * The zone hours and weekdays are read in (default Asia/Shanghai, Beijing time, UTC+8).
   *
   * @param z the zone (not null)
   * @return this
   */
  public A zone(ZoneId z) {
    this.zone = Objects.requireNonNull(z, "zone");
    return self();
  }

  /**
   * The zone the table's {@code published_at} wall-clock times are written in (default
   * Asia/Shanghai: RED, Chinese export tools and the loader's derivation from note ids write
   * Beijing time). Times are converted from it to {@link #zone}. Without a {@code published_at}
   * column, times come from the note ids (exact instants) and this setting does not matter.
   *
   * @param z the zone (not null)
   * @return this
   */
  public A dataZone(ZoneId z) {
    this.dataZone = Objects.requireNonNull(z, "data zone");
    return self();
  }

  /**
   * When the data were crawled (default: the latest publication time in the data).
   *
   * @param t the instant (not null)
   * @return this
   */
  public A crawlTime(Instant t) {
    this.crawlTime = Objects.requireNonNull(t, "crawl time");
    this.crawlLocal = null;
    this.crawlText = null;
    return self();
  }

  /**
   * When the data were crawled, as wall-clock time in {@link #zone} (default: the latest
   * publication time in the data).
   *
   * @param t the local date-time (not null)
   * @return this
   */
  public A crawlTime(LocalDateTime t) {
    this.crawlLocal = Objects.requireNonNull(t, "crawl time");
    this.crawlTime = null;
    this.crawlText = null;
    return self();
  }

  /**
   * When the data were crawled, as text ({@link TimeText#instant}: {@code 2018-07-25 18:00} in
   * {@link #zone}, {@code 2018-07-25T10:00Z}, an offset, or Unix seconds).
   *
   * @param text the time (not null)
   * @return this
   * @throws IllegalArgumentException quoting the text when it is not a time
   */
  public A crawlTime(String text) {
    TimeText.instant(Objects.requireNonNull(text, "crawl time"), zone);
    this.crawlText = text;
    this.crawlTime = null;
    this.crawlLocal = null;
    return self();
  }

  /**
   * The minimum age of a note at the crawl time (default 48 hours); younger notes are left out
   * and counted. {@link Duration#ZERO} keeps every note published up to the crawl time.
   *
   * @param age a duration ≥ 0 (not null)
   * @return this
   * @throws IllegalArgumentException if {@code age} is negative
   */
  public A minAge(Duration age) {
    Objects.requireNonNull(age, "minimum age");
    if (age.isNegative()) {
      throw new IllegalArgumentException("minimum age must be >= 0, got " + TimeText.duration(age));
    }
    this.minAge = age;
    return self();
  }

  /**
   * The minimum age as text ({@link TimeText#duration}: {@code 48h}, {@code 2d}, {@code 0}).
   *
   * @param text the duration (not null)
   * @return this
   * @throws IllegalArgumentException quoting the text when it is not a duration ≥ 0
   */
  public A minAge(String text) {
    return minAge(TimeText.duration(Objects.requireNonNull(text, "minimum age")));
  }

  /**
   * The follower tiers of the per-tier results (default {@link Tiers#RED}); an existing {@code
   * tier} column of the table wins only when the table has no {@code followers} column.
   *
   * @param t the tiers (not null)
   * @return this
   */
  public A tiers(Tiers t) {
    this.tiers = Objects.requireNonNull(t, "tiers");
    return self();
  }

  /**
   * How many notes (old enough, with a metric) a slot or group needs to be ranked and tested
   * (default {@value #DEFAULT_MIN_NOTES}); smaller ones are shown, marked thin.
   *
   * @param n at least 2
   * @return this
   * @throws IllegalArgumentException if n &lt; 2
   */
  public A minNotes(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("minimum notes per slot must be >= 2, got " + n);
    }
    this.minNotes = n;
    return self();
  }

  /**
   * The seed of the bootstrap CIs (default {@value #DEFAULT_SEED}).
   *
   * @param s the seed
   * @return this
   */
  public A seed(long s) {
    this.seed = s;
    return self();
  }

  /**
   * Bootstrap resamples per CI (default 2,000).
   *
   * @param b at least 100
   * @return this
   * @throws IllegalArgumentException if b &lt; 100
   */
  public A resamples(int b) {
    if (b < 100) {
      throw new IllegalArgumentException("need at least 100 resamples, got " + b);
    }
    this.resamples = b;
    return self();
  }

  /**
   * Confidence level of the CIs (default 0.95).
   *
   * @param l a level in (0, 1)
   * @return this
   * @throws IllegalArgumentException if l is outside (0, 1)
   */
  public A level(double l) {
    if (!(l > 0 && l < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + l);
    }
    this.level = l;
    return self();
  }

  /** The rows with their times, values and tiers under these settings. */
  NoteRows rows(boolean timesRequired) {
    return NoteRows.of(this, timesRequired);
  }
}
