package org.kolscope.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kolscope.core.Tiers;
import org.kolscope.io.NoteIds;
import org.kolscope.timing.NoteAnalysis;
import org.kolscope.timing.TimeText;
import picocli.CommandLine;
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

  @Option(names = "--resamples", paramLabel = "B",
      description = "bootstrap resamples per confidence interval, at least 100 (default: 2000;"
          + " fewer is faster, with wider run-to-run wobble in the CI bounds)")
  Integer resamples;

  @Option(names = "--level", paramLabel = "L",
      description = "confidence level of the intervals, in (0, 1) (default: 0.95)")
  Double level;

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
      if (resamples != null && resamples < 100) {
        throw new IllegalArgumentException("--resamples must be >= 100, got " + resamples);
      }
      if (level != null && !(level > 0 && level < 1)) {
        throw new IllegalArgumentException("--level must be in (0, 1), got " + level);
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
    if (resamples != null) {
      a.resamples(resamples);
    }
    if (level != null) {
      a.level(level);
    }
    return a;
  }

  /**
   * Prints a result of {@code kolscope COMMAND}: its text on stdout, or with {@code json} exactly
   * one JSON document on stdout and the result's notes on stderr, each prefixed with the command.
   */
  static void print(CommandLine.Model.CommandSpec spec, String command, boolean json, Object text,
      List<String> notes, Supplier<Map<String, Object>> document) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      PrintWriter err = spec.commandLine().getErr();
      notes.forEach(n -> err.println("kolscope " + command + ": " + n));
      err.flush();
      Json.print(out, document.get());
    } else {
      out.println(text);
      out.flush();
    }
  }
}
