package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import org.kolscope.io.Problem;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;

/**
 * {@link SparkNotes#dropDuplicates}: a row whose note id an earlier kept row has is dropped as the
 * loader's {@code dropDuplicates(true)} drops it, over all partitions: the same rows kept, the
 * same report lines (each drop rejected, naming the kept row's line; a dropped row's own notes and
 * suspicions gone), the same table on the driver and the same audit. 120,000 notes in 1 MB splits
 * (several partitions) with repeats across partitions and within one, repeats that would have had
 * a note (views {@code NaN}) or a suspicion (likes above views) of their own, and an id whose
 * first row is rejected (so its second row is the one kept).
 */
class SparkNotes_DropDuplicatesTest {
  private static SparkSession spark;
  @TempDir static Path dir;
  private static Path file;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start("drop duplicates");
    file = dir.resolve("notes.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("note_id,kol_id,likes,collects,comments,views,followers\n");
      for (int i = 0; i < 120_000; i++) {
        String id = "n" + i;
        String likes = Integer.toString(50 + i % 900);
        String views = Integer.toString(5000 + i % 40_000);
        if (i > 0 && i % 997 == 0) {
          id = "n0"; // across partitions
        } else if (i % 5000 == 1) {
          id = "n" + (i - 1); // the row before, in the same batch
          views = i % 2 == 0 ? "NaN" : "10"; // its own note, or likes above views
        }
        if (i == 30) {
          id = "r1";
          likes = "abc"; // rejected: not the first kept
        } else if (i == 60_000 || i == 110_000) {
          id = "r1";
        }
        w.write(id + ",k" + (i % 3000) + "," + likes + "," + i % 300 + "," + i % 40 + "," + views
            + "," + (1000 + (i % 3000) * 37) + "\n");
      }
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void repeatsDropped_sameRowsReportAndAuditAsTheLoader() {
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).dropDuplicates(true).read(file);
    SparkNotes notes = SparkNotes.read(spark, file.toString()).dropDuplicates(true).cache();
    try {
      // what the test is about: drops across partitions and within one, and the rejected first row
      long dropped = local.report().problems().stream()
          .filter(p -> p.severity() == Problem.Severity.REJECTED && p.reason().endsWith("); dropped")).count();
      assertThat(dropped).isGreaterThan(140);
      assertThat(local.report().problems()).anyMatch(p -> p.line() == 110_002
          && p.reason().equals("duplicate id (first at line 60002); dropped"));
      assertThat(spark.read().text(file.toString()).rdd().getNumPartitions()).as("input parts")
          .isGreaterThan(2);

      SameAnswers.reports(local.report(), notes.report());
      LoadResult onDriver = notes.collect();
      SameAnswers.reports(local.report(), onDriver.report());
      SameAnswers.tables(local.table(), onDriver.table());
      SameAnswers.problemLines(local.report(), notes);
      assertThat(notes.notes().count()).isEqualTo(local.report().rowsKept());

      AuditResult expected = Audit.ofPosts(local.table()).run();
      SparkAuditResult actual = SparkAudit.of(notes).run();
      try {
        SameAnswers.audits(expected, actual.audit());
      } finally {
        actual.release();
      }
    } finally {
      notes.unpersist();
    }
  }

  @Test
  void repeatsKept_byDefault_reportedAsTheLoaderReportsThem() {
    LoadResult local = KolData.loader().kind(Schema.Kind.POSTS).read(file);
    SparkNotes notes = SparkNotes.read(spark, file.toString());
    assertThat(local.report().problems()).anyMatch(Problem::isDuplicateKept);
    SameAnswers.reports(local.report(), notes.report());
    assertThat(notes.notes().count()).isEqualTo(local.report().rowsKept());
  }
}
