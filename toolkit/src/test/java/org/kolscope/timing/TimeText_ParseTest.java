package org.kolscope.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations and times as typed on the command line; expected values worked out by hand. */
class TimeText_ParseTest {
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @CsvSource({
    "48h, 172800", "2d, 172800", "1d12h, 129600", "90m, 5400", "30s, 30", "0, 0",
    "PT48H, 172800", "1.5h, 5400", "' 48h ', 172800", "48H, 172800"})
  void durations(String text, long seconds) {
    assertThat(TimeText.duration(text)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "h", "48", "-1h", "48x", "2 days", "PT-1H", "h48"})
  void badDurations_quoted(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimeText.duration(text));
    assertThat(e.getMessage()).startsWith("bad duration '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({
    // Beijing is UTC+8
    "2018-07-25, 2018-07-24T16:00:00Z",
    "2018-07-25 18:00, 2018-07-25T10:00:00Z",
    "2018-07-25T18:00:30, 2018-07-25T10:00:30Z",
    "2018-07-25T18:00+08:00, 2018-07-25T10:00:00Z",
    "2018-07-25T18:00:00-0400, 2018-07-25T22:00:00Z",
    "2018-07-25T10:00Z, 2018-07-25T10:00:00Z",
    "1532512800, 2018-07-25T10:00:00Z"})
  void times(String text, String expected) {
    assertThat(TimeText.instant(text, BEIJING)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2018-13-01", "2018-07-25 25:00", "25/07/2018"})
  void badTimes_quoted(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimeText.instant(text, BEIJING));
    assertThat(e.getMessage()).startsWith("bad time '" + text + "'");
  }
}
