package org.kolscope.timing;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times and durations as people type them on a command line, and as the results print them.
 *
 * <ul>
 *   <li>durations: a sum of numbers with units {@code d}, {@code h}, {@code m} (minutes), {@code
 *       s} — {@code 48h}, {@code 2d}, {@code 1d12h}, {@code 90m}, {@code 0} — or ISO-8601 ({@code
 *       PT48H});
 *   <li>times: {@code 2018-07-25}, {@code 2018-07-25 18:00}, {@code 2018-07-25 18:00:30} or the
 *       same with {@code T} (wall-clock time in the zone given), an offset ({@code
 *       2018-07-25T18:00+08:00}) or {@code Z} (UTC), or Unix seconds ({@code 1532512800}).
 * </ul>
 */
public final class TimeText {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(d|h|m|s)");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd[[ ]['T']HH:mm[:ss]]", Locale.ROOT);
  private static final DateTimeFormatter OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][XXX][XX]", Locale.ROOT);
  private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private TimeText() {}

  /**
   * Parses a duration.
   *
   * @param text e.g. {@code 48h}, {@code 2d}, {@code 1d12h}, {@code 0}, {@code PT48H} (not null)
   * @return the duration (≥ 0)
   * @throws IllegalArgumentException quoting the text when it is not a duration ≥ 0
   */
  public static Duration duration(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.matches("0+(\\.0*)?")) {
      return Duration.ZERO;
    }
    if (s.startsWith("pt") || s.startsWith("p")) {
      try {
        Duration d = Duration.parse(s.toUpperCase(Locale.ROOT));
        if (!d.isNegative()) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      throw bad(text);
    }
    Matcher m = PART.matcher(s.replace(" ", ""));
    int at = 0;
    double seconds = 0;
    String compact = s.replace(" ", "");
    while (m.find()) {
      if (m.start() != at) {
        throw bad(text);
      }
      double v = Double.parseDouble(m.group(1));
      seconds += v * switch (m.group(2)) {
        case "d" -> 86_400;
        case "h" -> 3_600;
        case "m" -> 60;
        default -> 1;
      };
      at = m.end();
    }
    if (at == 0 || at != compact.length() || !(seconds < 1e12)) {
      throw bad(text);
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException("bad duration '" + text
        + "': expected a number with a unit (d, h, m, s) such as 48h, 2d or 1d12h, or 0");
  }

  /**
   * Parses a time.
   *
   * @param text see the class comment (not null)
   * @param zone the zone of a wall-clock time without an offset (not null)
   * @return the instant
   * @throws IllegalArgumentException quoting the text when it is not a time
   */
  public static Instant instant(String text, ZoneId zone) {
    String s = text.strip();
    if (s.matches("\\d{9,11}")) {
      return Instant.ofEpochSecond(Long.parseLong(s));
    }
    try {
      if (s.matches(".*[T ]\\d{1,2}:\\d{2}(:\\d{2})?([zZ]|[+-]\\d{2}:?\\d{2})")) {
        return OffsetDateTime.parse(s.replace(' ', 'T').replace('z', 'Z'), OFFSET).toInstant();
      }
      var parsed = LOCAL.parseBest(s, LocalDateTime::from, LocalDate::from);
      LocalDateTime local =
          parsed instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) parsed;
      return local.atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("bad time '" + text + "': expected e.g. 2018-07-25,"
          + " 2018-07-25 18:00, 2018-07-25T18:00+08:00, 2018-07-25T10:00Z or Unix seconds");
    }
  }

  /**
   * A duration for people: {@code 48 h}, {@code 90 min}, {@code 1.5 d}… whole hours as hours.
   *
   * @param d the duration (not null)
   * @return the text
   */
  public static String duration(Duration d) {
    long s = d.getSeconds();
    if (s % 3600 == 0) {
      return (s / 3600) + " h";
    }
    if (s % 60 == 0) {
      return (s / 60) + " min";
    }
    return s + " s";
  }

  /**
   * A wall-clock time for people and JSON: {@code yyyy-MM-dd HH:mm:ss}.
   *
   * @param t the time (not null)
   * @return the text
   */
  public static String time(LocalDateTime t) {
    return SHOW.format(t);
  }
}
