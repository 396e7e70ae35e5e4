package org.kolscope.timing;

import java.time.LocalDateTime;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small hand-made notes tables for the behaviour tests. */
final class Notes {
  private Notes() {}

  /**
   * {@code n} notes, one per hour going back from 2024-03-10 23:30 (Beijing time), author
   * followers 1,000, likes = 10 + index, no collects or comments; content type alternating image,
   * video.
   */
  static Table hourly(int n) {
    LocalDateTime last = LocalDateTime.parse("2024-03-10T23:30:00");
    StringColumn id = StringColumn.create("note_id");
    StringColumn kol = StringColumn.create("kol_id");
    DateTimeColumn at = DateTimeColumn.create("published_at");
    LongColumn likes = LongColumn.create("likes");
    LongColumn zero = LongColumn.create("collects");
    LongColumn zero2 = LongColumn.create("comments");
    LongColumn followers = LongColumn.create("followers");
    StringColumn type = StringColumn.create("content_type");
    for (int i = 0; i < n; i++) {
      id.append("n" + i);
      kol.append("k" + (i % 5));
      at.append(last.minusHours(i));
      likes.append(10 + i);
      zero.append(0);
      zero2.append(0);
      followers.append(1000);
      type.append(i % 2 == 0 ? "image" : "video");
    }
    return Table.create("notes", id, kol, at, likes, zero, zero2, followers, type);
  }
}
