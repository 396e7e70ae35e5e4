package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadReport;
import org.kolscope.core.Schema;

/**
 * A notes file named by a path is the file on this machine, checked here and read from here, even
 * when the session's default file system is another (a cluster's Hadoop configuration makes it
 * HDFS): Spark resolved a bare path there. The default file system here is an HDFS address where
 * nothing answers, tried once: a read that went there fails at once.
 */
class SparkNotes_DefaultFileSystemTest {
  private static SparkSession spark;
  @TempDir static Path dir;
  private static Path parquet;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("SparkNotes_DefaultFileSystemTest");
    parquet = dir.resolve("notes.parquet");
    SparkNotes.read(spark, LocalSpark.ROOT.resolve("data/notes.csv").toString()).notes().drop("line")
        .write().parquet(parquet.toUri().toString());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    conf.set("fs.defaultFS", "hdfs://127.0.0.1:1");
    conf.setInt("ipc.client.connect.max.retries", 0);
    conf.setInt("ipc.client.connect.max.retries.on.timeouts", 0);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void csvByPath_oneRecordPerLine_readFromThisMachine() {
    Path csv = LocalSpark.ROOT.resolve("data/notes.csv");
    LoadReport expected = KolData.loader().kind(Schema.Kind.POSTS).read(csv).report();
    LoadReport actual = SparkNotes.read(spark, csv.toString()).report();
    assertThat(actual.rowsKept()).isEqualTo(expected.rowsKept()).isEqualTo(39_662);
    assertThat(actual.file()).isEqualTo(csv.toString());
  }

  @Test
  void csvByRelativePath_quotedCellsOverLines_readFromThisMachine() throws Exception {
    Path csv = Files.writeString(dir.resolve("spans.csv"), "note_id,kol_id,likes,followers,title\n"
        + "n1,k1,5,100,\"one\nline two\"\nn2,k1,7,100,plain\nn3,k2,1.2万,20000,\"a \"\"quoted\"\"\nword\"\n",
        StandardCharsets.UTF_8);
    Path relative = Path.of("").toAbsolutePath().relativize(csv);
    LoadReport expected = KolData.loader().kind(Schema.Kind.POSTS).read(csv).report();
    SparkNotes n = SparkNotes.read(spark, relative.toString());
    assertThat(n.report().rowsKept()).isEqualTo(expected.rowsKept()).isEqualTo(3);
    assertThat(n.notes().count()).isEqualTo(3);
  }

  @Test
  void parquetByPath_readFromThisMachine() {
    assertThat(SparkNotes.read(spark, parquet.toString()).report().rowsKept()).isEqualTo(39_662);
  }
}
