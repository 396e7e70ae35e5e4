package org.kolscope.rules;

import java.nio.file.Path;
import org.kolscope.SharedFiles;
import org.kolscope.core.Schema;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The real RED sample {@code ../shared/data/real/kaito-xiaohongshu-notes-2018.csv} as canonical
 * notes: {@code id} → note_id, {@code user_id} → kol_id, {@code stars} → collects, {@code fans} →
 * followers, {@code collect} → likes_and_collects. Counts like {@code 422.9万} are converted by a
 * local helper until the real loader lands. Tests using it are marked {@link org.kolscope.RealData}.
 */
final class RealRedSample {
  private RealRedSample() {}

  /** The sample's notes with canonical columns (a fresh table each call). */
  static Table notes() throws java.io.IOException {
    Path file = SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv");
    Table raw = Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
        .columnTypes(c -> ColumnType.STRING).maxCharsPerColumn(1_000_000));
    return Table.create("red notes",
        StringColumn.create(Schema.NOTE_ID, raw.stringColumn("id").asList()),
        StringColumn.create(Schema.KOL_ID, raw.stringColumn("user_id").asList()),
        counts(raw, "likes", Schema.LIKES),
        counts(raw, "stars", Schema.COLLECTS),
        counts(raw, "comments", Schema.COMMENTS),
        counts(raw, "fans", Schema.FOLLOWERS),
        counts(raw, "collect", Schema.LIKES_AND_COLLECTS),
        counts(raw, "notes", Schema.NOTES));
  }

  private static LongColumn counts(Table raw, String from, String to) {
    LongColumn c = LongColumn.create(to);
    for (String s : raw.stringColumn(from)) {
      String t = s.trim();
      c.append(t.endsWith("万")
          ? Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 10_000)
          : Long.parseLong(t));
    }
    return c;
  }
}
