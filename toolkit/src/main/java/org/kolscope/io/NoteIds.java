package org.kolscope.io;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.kolscope.core.Schema;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The creation time inside a RED (Xiaohongshu) id.
 *
 * <p>RED note and user ids are MongoDB ObjectIds: 12 bytes written as 24 hex digits, of which the
 * first 4 bytes (8 hex digits) are the creation time in seconds since 1970-01-01T00:00Z,
 * big-endian. So {@code 5b30bf7e…} was created at {@code 0x5b30bf7e} = 1,529,921,406 s, 2018-06-25
 * 10:10:06 UTC, 18:10:06 Beijing time. The remaining 8 bytes (a random value and a counter) carry
 * no time.
 *
 * <p>A string is taken as an ObjectId when it is exactly 24 hex digits (either case, surrounding
 * spaces ignored) and its time is plausible for RED: not before {@link #EARLIEST} (RED launched in
 * June 2013) and not after {@link #LATEST}. Random 24-hex strings (hashes) pass the digit test but
 * mostly fail the time test: a random 32-bit second falls in those years with a chance of about
 * 12 %, which is why the loader derives times only when most ids of a file pass.
 *
 * <p>Reference: MongoDB manual, "ObjectId" (BSON types): "a 4-byte timestamp, representing the
 * ObjectId's creation, measured in seconds since the Unix epoch".
 */
public final class NoteIds {
  /** The earliest plausible RED id time: 2013-01-01T00:00:00Z (RED launched in June 2013). */
  public static final Instant EARLIEST = Instant.parse("2013-01-01T00:00:00Z");
  /** The latest plausible id time: 2038-01-19T03:14:07Z, where signed 32-bit seconds end. */
  public static final Instant LATEST = Instant.ofEpochSecond(Integer.MAX_VALUE);
  /** Beijing time (UTC+8, no daylight saving): RED's own zone and the default for shown times. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private NoteIds() {}

  /**
   * The creation time of an ObjectId.
   *
   * @param id a note or user id; null allowed
   * @return the instant of its first 4 bytes, or null when {@code id} is not a plausible ObjectId
   *     (see the class comment)
   */
  public static Instant time(String id) {
    if (id == null) {
      return null;
    }
    String s = id.strip();
    if (s.length() != 24) {
      return null;
    }
    long seconds = 0;
    for (int i = 0; i < 24; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return null;
      }
      if (i < 8) {
        seconds = seconds << 4 | d;
      }
    }
    Instant t = Instant.ofEpochSecond(seconds);
    return t.isBefore(EARLIEST) || t.isAfter(LATEST) ? null : t;
  }

  /**
   * The creation time of an ObjectId as wall-clock time in a zone.
   *
   * @param id a note or user id; null allowed
   * @param zone the zone to show the time in (not null), e.g. {@link #BEIJING}
   * @return the local date-time, or null when {@code id} is not a plausible ObjectId
   */
  public static LocalDateTime localTime(String id, ZoneId zone) {
    Instant t = time(id);
    return t == null ? null : LocalDateTime.ofInstant(t, zone);
  }

  /**
   * Adds a {@code published_at} column derived from the note ids, when {@code notes} has a {@code
   * note_id} column, no {@code published_at} column, and at least half of its non-missing note ids
   * are plausible ObjectIds ({@link #time}). Rows whose id is not one get a missing time. The
   * column goes where {@link Schema#POST_COLUMNS} puts it (after {@code note_id} and {@code
   * kol_id}). The loader calls this for every file it reads.
   *
   * @param notes the table, changed in place (not null)
   * @param zone the zone of the wall-clock times (not null); {@link #BEIJING} by default in the
   *     loader
   * @return what was done, in words, for the load report ({@code published_at derived from note_id
   *     for N rows (Beijing time, UTC+8)}), or null when nothing was derived
   */
  public static String addPublishedAt(Table notes, ZoneId zone) {
    if (!notes.containsColumn(Schema.NOTE_ID) || notes.containsColumn(Schema.PUBLISHED_AT)) {
      return null;
    }
    Column<?> ids = notes.column(Schema.NOTE_ID);
    int n = notes.rowCount();
    LocalDateTime[] times = new LocalDateTime[n];
    int present = 0;
    int derived = 0;
    for (int r = 0; r < n; r++) {
      if (ids.isMissing(r)) {
        continue;
      }
      present++;
      times[r] = localTime(ids.getString(r), zone);
      if (times[r] != null) {
        derived++;
      }
    }
    if (!derives(present, derived)) {
      return null;
    }
    put(notes, times);
    return derivedText(derived, n, zone);
  }

  /**
   * Whether {@link #addPublishedAt} derives the column: some of the {@code present} non-missing
   * note ids, and at least half of them, are plausible ObjectIds ({@code derived}). For an engine
   * that counts over parts of the notes.
   */
  public static boolean derives(long present, long derived) {
    return derived > 0 && 2L * derived >= present;
  }

  /**
   * Adds the {@code published_at} column derived from the note ids whatever their share (an
   * engine that decided with {@link #derives} over all parts calls it on each part).
   *
   * @param notes the table, changed in place; needs {@code note_id} and no {@code published_at}
   * @return the rows given a time
   */
  public static int putPublishedAt(Table notes, ZoneId zone) {
    Column<?> ids = notes.column(Schema.NOTE_ID);
    int n = notes.rowCount();
    LocalDateTime[] times = new LocalDateTime[n];
    int derived = 0;
    for (int r = 0; r < n; r++) {
      times[r] = ids.isMissing(r) ? null : localTime(ids.getString(r), zone);
      if (times[r] != null) {
        derived++;
      }
    }
    put(notes, times);
    return derived;
  }

  private static void put(Table notes, LocalDateTime[] times) {
    int n = times.length;
    DateTimeColumn c = DateTimeColumn.create(Schema.PUBLISHED_AT, n);
    for (int r = 0; r < n; r++) {
      if (times[r] != null) {
        c.set(r, times[r]);
      }
    }
    int at = 0;
    for (String name : notes.columnNames()) {
      int i = Schema.POST_COLUMNS.indexOf(name);
      if (i < 0 || i > Schema.POST_COLUMNS.indexOf(Schema.PUBLISHED_AT)) {
        break;
      }
      at++;
    }
    notes.insertColumn(at, c);
  }

  /** The load report's note on a derived {@code published_at}: {@code derived} of {@code n} rows. */
  public static String derivedText(long derived, long n, ZoneId zone) {
    String text = "published_at derived from note_id for " + derived + " rows (" + zoneName(zone)
        + ")";
    if (derived < n) {
      text += "; " + (n - derived) + " rows have no ObjectId note id and no published_at";
    }
    return text;
  }

  /**
   * A zone for people: {@code Beijing time, UTC+8} for Asia/Shanghai and its aliases, else the zone
   * id ({@code America/New_York}, {@code +08:00}).
   *
   * @param zone the zone (not null)
   * @return the name
   */
  public static String zoneName(ZoneId zone) {
    String id = zone.getId();
    return id.equals("Asia/Shanghai") || id.equals("Asia/Chongqing") || id.equals("Asia/Harbin")
            || id.equals("PRC")
        ? "Beijing time, UTC+8"
        : id;
  }
}
