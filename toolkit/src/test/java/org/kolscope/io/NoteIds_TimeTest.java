package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The time in a RED ObjectId. Expected values computed apart from our code, with Python 3:
 *
 * <pre>
 * import datetime as dt
 * s = "5b30bf7e910cf67e6a3c20b3"
 * int(s[:8], 16)                                                     # 1529921406
 * dt.datetime.fromtimestamp(int(s[:8], 16), dt.timezone(dt.timedelta(hours=8)))
 *                                                                    # 2018-06-25 18:10:06+08:00
 * </pre>
 */
class NoteIds_TimeTest {

  @ParameterizedTest
  @CsvSource({
    // id, Unix seconds (int(id[:8], 16)), Beijing time (UTC+8)
    "5b30bf7e910cf67e6a3c20b3, 1529921406, 2018-06-25T18:10:06",
    "5b38f120910cf66734b110ae, 1530458400, 2018-07-01T23:20:00",
    "5b56fe34910cf65384ce6c3b, 1532427828, 2018-07-24T18:23:48",
    "5B30D4F107EF1C1D034273D9, 1529926897, 2018-06-25T19:41:37",
  })
  void redIds_firstFourBytesAreUnixSeconds(String id, long seconds, String beijing) {
    assertThat(NoteIds.time(id)).isEqualTo(Instant.ofEpochSecond(seconds));
    assertThat(NoteIds.localTime(id, NoteIds.BEIJING)).isEqualTo(LocalDateTime.parse(beijing));
  }

  @Test
  void otherZone_sameInstant() {
    // dt.datetime.fromtimestamp(1529921406, ZoneInfo("America/New_York")) → 2018-06-25 06:10:06-04:00
    assertThat(NoteIds.localTime("5b30bf7e910cf67e6a3c20b3", ZoneId.of("America/New_York")))
        .isEqualTo(LocalDateTime.parse("2018-06-25T06:10:06"));
  }

  @Test
  void surroundingSpaces_ignored() {
    assertThat(NoteIds.time(" 5b30bf7e910cf67e6a3c20b3 "))
        .isEqualTo(Instant.ofEpochSecond(1529921406));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "n1",
    "5b30bf7e910cf67e6a3c20b",    // 23 digits
    "5b30bf7e910cf67e6a3c20b3a",  // 25 digits
    "5b30bf7e910cf67e6a3c20bg",   // not hex
    "00000000910cf67e6a3c20b3",   // 1970: before RED
    "50d0e8f0910cf67e6a3c20b3",   // 0x50d0e8f0 = 2012-12-18: before 2013
    "ffffffff910cf67e6a3c20b3",   // 2106: beyond signed 32-bit seconds
  })
  void notAPlausibleObjectId_noTime(String id) {
    assertThat(NoteIds.time(id)).isNull();
  }

  @Test
  void bounds_2013AndSigned32BitEnd() {
    // int("50e22700", 16) = 1356998400 = 2013-01-01T00:00:00Z; 0x7fffffff = 2038-01-19T03:14:07Z
    assertThat(NoteIds.time("50e22700" + "0".repeat(16)))
        .isEqualTo(Instant.parse("2013-01-01T00:00:00Z"));
    assertThat(NoteIds.time("50e226ff" + "0".repeat(16))).isNull();
    assertThat(NoteIds.time("7fffffff" + "0".repeat(16)))
        .isEqualTo(Instant.parse("2038-01-19T03:14:07Z"));
    assertThat(NoteIds.time("80000000" + "0".repeat(16))).isNull();
  }

  @Test
  void zoneName_beijingInWords() {
    assertThat(NoteIds.zoneName(ZoneId.of("Asia/Shanghai"))).isEqualTo("Beijing time, UTC+8");
    assertThat(NoteIds.zoneName(ZoneId.of("Europe/Paris"))).isEqualTo("Europe/Paris");
  }
}
