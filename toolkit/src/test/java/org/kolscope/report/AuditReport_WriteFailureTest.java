package org.kolscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A report that cannot be written says which file and why, in words (real failures, Linux). */
class AuditReport_WriteFailureTest {
  static AuditReport report;
  @TempDir Path dir;

  @BeforeAll
  static void audit() {
    Table t = Table.create("a",
        StringColumn.create(Schema.KOL_ID, "a", "b", "c"),
        LongColumn.create(Schema.FOLLOWERS, 100, 200, 300),
        LongColumn.create(Schema.LIKES_AND_COLLECTS, 150, 20, 900));
    AuditResult r = Audit.of(t).run();
    report = AuditReport.of(r).charts(false);
  }

  @Test
  void toAFullDisk_saysNoSpaceLeft() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> report.write(Path.of("/dev/full")));
    assertThat(e.getMessage()).isEqualTo("cannot write /dev/full: no space left on device");
  }

  @Test
  void ontoAFolder_saysIsADirectory() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("report.html"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> report.write(folder));
    assertThat(e.getMessage()).isEqualTo("cannot write " + folder + ": is a directory");
  }

  @Test
  void whereNoFileMayBeCreated_isRefusedInWords() {
    // sysfs refuses new files with EACCES even for root (EROFS where /sys is mounted read-only)
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> report.write(Path.of("/sys/kolscope-report.html")));
    assertThat(e.getMessage())
        .matches("cannot write /sys/kolscope-report.html: (permission denied|read-only file system)");
  }
}
