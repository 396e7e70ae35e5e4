package org.kolscope.cli;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import org.kolscope.io.NoteIds;
import org.kolscope.tiers.Tiers;
import org.kolscope.timing.NoteAnalysis;
import org.kolscope.timing.TimeText;
import picocli.CommandLine.Option;

/**
 * The options {@code kolscope timing} and {@code kolscope content} share (a picocli mixin):
 * metric, crawl time, minimum age, zone, tiers, slot size and seed. Bad values are usage errors
 * (exit 2) that quote the value.
 */
public final class TimingOptions {
  @Option(names = "--metric", paramLabel = "COL", defaultValue = "engagement_rate",
      description = "engagement metric; counts (likes, interactions …) are divided by the author's"
          + " followers (default: ${DEFAULT-VALUE})")
  String metric;

  @Option(names = "--crawl-time", paramLabel = "T",
      description = "when the data were crawled: 2018-07-25 18:00 (in --tz), 2018-07-25T10:00Z,"
          + " an offset or Unix seconds (default: the latest publication time)")
  String crawlTime;

  @Option(names = "--min-age", paramLabel = "D", defaultValue = "48h",
      description = "leave out notes younger than this at the crawl time: 48h, 2d, 0"
          + " (default: ${DEFAULT-VALUE})")
  String minAge;

  @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
      description = "zone hours and weekdays are read in; published_at in the file is Beijing"
          + " time (default: ${DEFAULT-VALUE})")
  String tz;

  @Option(names = "--tiers", paramLabel = "red|international|B1,B2,...", defaultValue = "red",
      description = "follower tiers (default: ${DEFAULT-VALUE})")
  String tiers;

  @Option(names = "--min-notes", paramLabel = "N",
      description = "notes a slot or group needs to be ranked and tested (default: "
          + NoteAnalysis.DEFAULT_MIN_NOTES + ")")
  Integer minNotes;

  @Option(names = "--seed", paramLabel = "S",
      description = "bootstrap seed (default: " + NoteAnalysis.DEFAULT_SEED + ")")
  Long seed;

  /** A zone from its id; a usage error quoting it when unknown. */
  static ZoneId zone(String id) {
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new Main.UsageException("unknown time zone '" + id
          + "': expected a zone id such as Asia/Shanghai, Europe/Paris or +08:00");
    }
  }

  private ZoneId zone;
  private Tiers parsedTiers;
  private Duration age;
  private java.time.Instant crawl;

  /**
   * Parses the values, before any file is read: a bad one is a usage error (exit 2) quoting it.
   *
   * @return this
   */
  TimingOptions check() {
    zone = zone(tz);
    try {
      parsedTiers = Tiers.parse(tiers);
      age = TimeText.duration(minAge);
      crawl = crawlTime == null ? null : TimeText.instant(crawlTime, zone);
      if (minNotes != null && minNotes < 2) {
        throw new IllegalArgumentException("--min-notes must be >= 2, got " + minNotes);
      }
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    return this;
  }

  /** Applies the checked options to an analysis. */
  <A extends NoteAnalysis<A>> A apply(A a) {
    a.metric(metric).zone(zone).dataZone(NoteIds.BEIJING).tiers(parsedTiers).minAge(age);
    if (crawl != null) {
      a.crawlTime(crawl);
    }
    if (minNotes != null) {
      a.minNotes(minNotes);
    }
    if (seed != null) {
      a.seed(seed);
    }
    return a;
  }
}
