package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The date-time fast path ({@code yyyy-MM-dd HH:mm[:ss]} parsed by hand) must give what the
 * general path's formatter gives, and leave every string it does not fully validate to that path.
 * Expected values come from the JDK's {@link DateTimeFormatter} with the loader's pattern, not from
 * our code.
 */
class DateTimes_FastPathTest {
  private static final DateTimeFormatter JDK =
      DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss][.SSS]", Locale.ROOT);

  @Property(tries = 3000)
  void fastPathAgreesWithTheFormatterOrDefers(
      @ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day, @ForAll @IntRange(min = 0, max = 24) int hour,
      @ForAll @IntRange(min = 0, max = 60) int minute, @ForAll @IntRange(min = 0, max = 60) int second,
      @ForAll boolean withSeconds) {
    String s = withSeconds
        ? String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second)
        : String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d", year, month, day, hour, minute);
    LocalDateTime fast = ColumnConverter.DateTimes.plain(s);
    LocalDateTime jdk;
    try {
      jdk = LocalDateTime.parse(s, JDK);
    } catch (DateTimeParseException e) {
      jdk = null;
    }
    if (fast != null) {
      assertThat(fast).as(s).isEqualTo(jdk);
    }
    // where the formatter reads the fields as written (no day clamped, no 24:00 rolled over, a
    // year of the common era), the fast path must take the string itself
    if (jdk != null && year >= 1 && hour <= 23 && jdk.getDayOfMonth() == day
        && jdk.getMonthValue() == month) {
      assertThat(fast).as(s).isEqualTo(jdk);
    }
  }

  @Test
  void commonFormIsTakenByTheFastPath() {
    // LocalDateTime.of(2024, 3, 1, 12, 30, 5) is the value of "2024-03-01 12:30:05" (ISO-8601)
    assertThat(ColumnConverter.DateTimes.plain("2024-03-01 12:30:05"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 30, 5));
    assertThat(ColumnConverter.DateTimes.plain("2024-03-01 12:30"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 30));
  }

  @Test
  void daysThatDoNotExistAndOtherFormsAreDeferred() {
    assertThat(ColumnConverter.DateTimes.plain("2023-02-29 12:00:00")).isNull();
    assertThat(ColumnConverter.DateTimes.plain("2024-13-01 12:00:00")).isNull();
    assertThat(ColumnConverter.DateTimes.plain("2024-03-01T12:00:00")).isNull();
    assertThat(ColumnConverter.DateTimes.plain(" 2024-03-01 12:00:00")).isNull();
    assertThat(ColumnConverter.DateTimes.plain("2024-3-1 12:00:00")).isNull();
    assertThat(ColumnConverter.DateTimes.plain("２０２４-03-01 12:00:00")).isNull();
  }

  @Test
  void loaderStillReadsTheGeneralForms() {
    // same values as the fast path would give, through the formatter path
    ColumnConverter.DateTimes d = new ColumnConverter.DateTimes("published_at");
    assertThat(d.stage("2024/03/01 12:30")).isNull();
    assertThat(d.stagedMissing()).isFalse();
    assertThat(d.stage("2024-02-30 12:00:00")).as("not a day: the general path rejects it")
        .isEqualTo("no such date: February 2024 has 29 days");
    assertThat(d.stage("not a date")).isEqualTo(ColumnConverter.DateTimes.NOT_A_DATE_TIME);
  }

  /**
   * Every form the loader reads takes a date-time that exists and rejects, with a "no such"
   * reason, one that does not — never moving it to a nearby day. The oracle is {@code
   * LocalDateTime.of}, which throws for fields that do not exist.
   */
  @Property(tries = 4000)
  void everyForm_acceptsExactlyTheDateTimesThatExist(
      @ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day, @ForAll @IntRange(min = 0, max = 24) int hour,
      @ForAll @IntRange(min = 0, max = 60) int minute, @ForAll @IntRange(min = 0, max = 60) int second,
      @ForAll @IntRange(min = 0, max = 5) int form) {
    String s;
    boolean dateOnly = false;
    boolean withSeconds = true;
    switch (form) {
      case 0 -> s = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second);
      case 1 -> {
        s = String.format(Locale.ROOT, "%04d/%d/%d %d:%02d", year, month, day, hour, minute);
        withSeconds = false;
      }
      case 2 -> s = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second);
      case 3 -> {
        s = String.format(Locale.ROOT, "%04d年%d月%d日 %d:%02d", year, month, day, hour, minute);
        withSeconds = false;
      }
      case 4 -> {
        s = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        dateOnly = true;
      }
      default -> s = String.format(Locale.ROOT, "%04d.%02d.%02d %02d:%02d:%02d.250", year, month, day, hour, minute, second);
    }
    LocalDateTime expected;
    try {
      expected = dateOnly ? LocalDateTime.of(year, month, day, 0, 0)
          : LocalDateTime.of(year, month, day, hour, minute, withSeconds ? second : 0, form == 5 ? 250_000_000 : 0);
    } catch (java.time.DateTimeException e) {
      expected = null;
    }
    ColumnConverter.DateTimes d = new ColumnConverter.DateTimes("published_at");
    String err = d.stage(s);
    if (expected != null) {
      assertThat(err).as(s).isNull();
      assertThat(d.stagedShown()).as(s).isEqualTo(expected.toString());
    } else {
      assertThat(err).as(s).startsWith("no such ");
    }
  }
}
