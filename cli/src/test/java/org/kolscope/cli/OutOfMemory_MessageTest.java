package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfMemory_MessageTest {
  static final long MB = 1L << 20;
  static final long GB = 1L << 30;

  @Test
  void whileLoading_saysRowsAndFile_andSuggestsAHeapForTheWholeFile() {
    // a quarter of a 400 MB file read in a 1 GB heap: 1 GB × 4 × 1.25 = 5 GB
    var read = List.of(new OutOfMemory.Read("notes.csv", 1_234_567, 100 * MB, 400 * MB, false));
    assertThat(OutOfMemory.message("Java heap space", null, read, GB, 64 * GB))
        .isEqualTo("out of memory after reading 1,234,567 rows of notes.csv (heap limit 1.0 GB); "
            + "raise it with KOLSCOPE_JAVA_OPTS=-Xmx5g");
  }

  @Test
  void afterLoading_twoFiles_bothCounted_heapDoubled() {
    var read = List.of(
        new OutOfMemory.Read("accounts.csv", 2_000, 0, 0, true),
        new OutOfMemory.Read("notes.csv", 5_000_000, 0, 0, true));
    assertThat(OutOfMemory.message("GC overhead limit exceeded", "auditing", read, 4 * GB, 0))
        .isEqualTo("out of memory while auditing, after reading 2,000 rows of accounts.csv and 5,000,000 rows of "
            + "notes.csv (heap limit 4.0 GB); raise it with KOLSCOPE_JAVA_OPTS=-Xmx8g");
  }

  @Test
  void beforeTheFirstProgressReport_namesTheFile() {
    var read = List.of(new OutOfMemory.Read("export.xlsx", 0, 0, 0, false));
    assertThat(OutOfMemory.message("Java heap space", null, read, 64 * MB, 0))
        .isEqualTo("out of memory while reading export.xlsx (heap limit 64 MB); "
            + "raise it with KOLSCOPE_JAVA_OPTS=-Xmx1g");
  }

  @Test
  void generating_nothingRead_saysWhatItWasDoing() {
    assertThat(OutOfMemory.message("Java heap space", "generating data", List.of(), 2 * GB, 0))
        .isEqualTo("out of memory while generating data (heap limit 2.0 GB); raise it with KOLSCOPE_JAVA_OPTS=-Xmx4g");
  }

  @Test
  void readingAgain_afterAStep_isReadingNotTheStep() {
    StringWriter sw = new StringWriter();
    OutOfMemory.start();
    OutOfMemory.read("accounts.csv", 10);
    OutOfMemory.doing("auditing");
    OutOfMemory.reading("notes.csv", 16_384, MB, 2 * MB);
    OutOfMemory.report(new PrintWriter(sw), new OutOfMemoryError("Java heap space"));
    assertThat(sw.toString()).startsWith("kolscope: out of memory after reading 10 rows of accounts.csv and "
        + "16,384 rows of notes.csv (heap limit");
  }

  @Test
  void nothingRead_stillSaysHowToRaiseTheHeap() {
    assertThat(OutOfMemory.message(null, null, List.of(), 512 * MB, 0))
        .isEqualTo("out of memory (heap limit 512 MB); raise it with KOLSCOPE_JAVA_OPTS=-Xmx1g");
  }

  @Test
  void suggestionAboveThePhysicalMemory_saysSo() {
    var read = List.of(new OutOfMemory.Read("notes.csv", 10, 10 * MB, 1000 * MB, false));
    assertThat(OutOfMemory.message("Java heap space", null, read, 4 * GB, 16 * GB))
        .endsWith("raise it with KOLSCOPE_JAVA_OPTS=-Xmx500g (this machine has 16.0 GB: read a part of the data)");
  }

  @Test
  void notTheHeap_saysWhichLimit_andNoHeapAdvice() {
    assertThat(OutOfMemory.message("Metaspace", null, List.of(), GB, 0))
        .isEqualTo("out of memory (metaspace); rerun with KOLSCOPE_DEBUG=1 for details");
  }

  @Test
  void report_isOneLine_startingKolscope_exitOne() {
    StringWriter sw = new StringWriter();
    OutOfMemory.start();
    OutOfMemory.reading("notes.csv", 16_384, MB, 10 * MB);
    int rc = OutOfMemory.report(new PrintWriter(sw), new OutOfMemoryError("Java heap space"));
    assertThat(rc).isEqualTo(Main.FAILURE);
    assertThat(sw.toString()).startsWith("kolscope: out of memory after reading 16,384 rows of notes.csv (heap limit ")
        .endsWith(System.lineSeparator()).hasLineCount(1);
  }

  @Test
  void parseSize_readsJavaSizes() {
    assertThat(OutOfMemory.parseSize("64m")).isEqualTo(64 * MB);
    assertThat(OutOfMemory.parseSize("1G")).isEqualTo(GB);
    assertThat(OutOfMemory.parseSize("512k")).isEqualTo(512 * 1024);
    assertThat(OutOfMemory.parseSize("1048576")).isEqualTo(MB);
    assertThat(OutOfMemory.parseSize("lots")).isZero();
  }
}
