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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.core.Schema;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadReport;

/**
 * Count columns twice in the header ({@code likes} and {@code 点赞}, {@code comments} and {@code
 * 评论}) that disagree on some rows. Each Spark part sees only its own rows; the disagreements are
 * counted over all parts, without the rows dropped as repeats of a note id in another part, so
 * the Spark engine's load report says what the loader says over the whole file: how many rows
 * disagree, of how many kept, and the first of them (its line and cells). Before, it said the
 * two agreed on every row kept (wrong), then that it did not compare them.
 *
 * <p>The file, 20,000 notes at 64 KiB splits (about 10 parts): 点赞 differs from likes on every
 * 997th row, 评论 from comments on every 1,500th; line 1,002 repeats line 7's note id and is the
 * first row on which 评论 differs, so whether it is dropped changes that pair's count and first
 * row; a rejected row (likes {@code abc}) whose 点赞 differs is not counted.
 */
class SparkNotes_RepeatedColumnTest {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkNotes_RepeatedColumnTest", 64 << 10);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Path disagreeing() throws IOException {
    StringBuilder sb = new StringBuilder("note_id,kol_id,likes,点赞,views,comments,评论\n");
    for (int i = 0; i < 20_000; i++) {
      String id = i == 1000 ? "n5" : "n" + i;
      String likes = i == 3000 ? "abc" : Integer.toString(i);
      int otherLikes = i % 997 == 500 || i == 3000 ? i + 1 : i;
      int comments = i % 50;
      int otherComments = i % 1500 == 1400 || i == 1000 ? comments + 2 : comments;
      sb.append(id).append(",k").append(i % 37).append(',').append(likes).append(',')
          .append(otherLikes).append(",100000,").append(comments).append(',').append(otherComments)
          .append('\n');
    }
    return Files.writeString(dir.resolve("repeat.csv"), sb.toString());
  }

  @ParameterizedTest(name = "drop duplicates: {0}")
  @ValueSource(booleans = {false, true})
  void disagreeingRepeats_countedOverAllParts_asTheLoaderCountsThem(boolean drop) throws IOException {
    Path f = disagreeing();
    LoadReport local = KolData.loader().kind(Schema.Kind.POSTS).dropDuplicates(drop).read(f).report();
    // the loader's own words, so that the comparison below is over something
    long kept = drop ? 19_998 : 19_999;
    assertThat(local.notes()).contains("likes (column 3) and 点赞 (column 4) disagree on 20 of "
        + kept + " rows kept (first: line 502, '500' vs '501'); likes is read from column 3");
    assertThat(local.notes()).contains(drop
        ? "comments (column 6) and 评论 (column 7) disagree on 13 of 19998 rows kept (first: line 1402, "
            + "'0' vs '2'); comments is read from column 6"
        : "comments (column 6) and 评论 (column 7) disagree on 14 of 19999 rows kept (first: line 1002, "
            + "'0' vs '2'); comments is read from column 6");

    assertThat(SparkNotes.read(spark, f.toString()).notes().rdd().getNumPartitions()).isGreaterThan(4);
    SparkNotes notes = SparkNotes.read(spark, f.toString()).dropDuplicates(drop).cache();
    LoadReport parts = notes.report();
    LoadReport collected = notes.collect().report();
    notes.unpersist();
    assertThat(headerNotes(parts)).isEqualTo(headerNotes(local));
    assertThat(headerNotes(collected)).isEqualTo(headerNotes(local));
    assertThat(parts.problems()).isEqualTo(local.problems());
    assertThat(collected.problems()).isEqualTo(local.problems());
    assertThat(parts.rowsKept()).isEqualTo(local.rowsKept());
  }

  @Test
  void agreeingRepeat_saidToAgree() throws IOException {
    StringBuilder sb = new StringBuilder("note_id,kol_id,likes,点赞,views\n");
    for (int i = 0; i < 5000; i++) {
      sb.append('n').append(i).append(",k").append(i % 7).append(',').append(i).append(',')
          .append(i).append(",100000\n");
    }
    Path f = Files.writeString(dir.resolve("agree.csv"), sb.toString());
    LoadReport local = KolData.loader().kind(Schema.Kind.POSTS).read(f).report();
    assertThat(local.notes()).contains("likes and 点赞 agree on every row kept");
    SparkNotes notes = SparkNotes.read(spark, f.toString());
    assertThat(headerNotes(notes.report())).isEqualTo(headerNotes(local));
    assertThat(headerNotes(notes.collect().report())).isEqualTo(headerNotes(local));
  }

  /** The notes after the first, which says how the file was read (the loader's or Spark's reader). */
  private static java.util.List<String> headerNotes(LoadReport r) {
    assertThat(r.notes().get(0)).matches("delimiter comma|read by Apache Spark .*");
    return r.notes().subList(1, r.notes().size());
  }
}
