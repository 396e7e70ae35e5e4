package org.kolscope.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import tech.tablesaw.api.Table;

/**
 * The module reads and writes with no Hadoop class on the class path (surefire leaves the
 * compile-only hadoop-client-api out, as the CLI's lib does), and its read options are the
 * pinned parquet-hadoop's ({@link ReadOptions}).
 */
class Parquet_HadoopFreeTest {
  @TempDir Path dir;

  @Test
  void noHadoopOnTheClassPath_writesAndReads() throws Exception {
    assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
        .isInstanceOf(ClassNotFoundException.class);
    Table notes = KolData.load("../data/notes.csv").first(100);
    Path f = dir.resolve("n.parquet");
    ParquetOut.write(notes, f);
    assertThat(KolData.load(f).stringColumn("note_id").asList())
        .isEqualTo(notes.stringColumn("note_id").asList());
  }

  @Test
  void readOptions_everyFilterOffAndTheHadoopFreeCodecs() {
    var o = ReadOptions.plain();
    assertThat(o.getCodecFactory()).isSameAs(Codecs.INSTANCE);
    assertThat(o.useStatsFilter() || o.useDictionaryFilter() || o.useRecordFilter()
        || o.useColumnIndexFilter() || o.useBloomFilter()).isFalse();
  }
}
