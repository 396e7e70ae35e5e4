package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadReport;

/**
 * A count column twice in the header ({@code likes} and {@code 点赞}) that disagree on some rows:
 * the loader says so; the Spark engine, whose parts each see only their own rows, used to say the
 * two agreed on every row kept, and now says it did not compare them. Everything else in the
 * report (rows, lines) is the loader's.
 */
class SparkNotes_RepeatedColumnTest {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkNotes_RepeatedColumnTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void disagreeingRepeat_notClaimedToAgree() throws IOException {
    StringBuilder sb = new StringBuilder("note_id,kol_id,likes,点赞,views\n");
    for (int i = 0; i < 3000; i++) {
      sb.append('n').append(i).append(",k").append(i % 7).append(',').append(i)
          .append(',').append(i % 1000 == 7 ? i + 1 : i).append(",100000\n");
    }
    Path f = Files.writeString(dir.resolve("repeat.csv"), sb.toString());
    LoadReport local = KolData.loader().kind(Schema.Kind.POSTS).read(f).report();
    LoadReport parts = SparkNotes.read(spark, f.toString()).report();
    assertThat(local.notes()).anyMatch(n -> n.contains("disagree on 3 of 3000 rows kept"));
    assertThat(parts.notes()).noneMatch(n -> n.contains("agree"))
        .contains("likes and 点赞 (both in the header): not compared, the file was read in parts; "
            + "'kolscope load FILE' compares them");
    assertThat(parts.rowsKept()).isEqualTo(local.rowsKept());
    assertThat(parts.problems()).isEqualTo(local.problems());
  }
}
