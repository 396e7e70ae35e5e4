package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart that cannot be saved says which file and why, in words (real failures, Linux). */
class Charts_SaveFailureTest {
  static JFreeChart chart;
  @TempDir Path dir;

  @BeforeAll
  static void draw() {
    chart = ChartsSamples.chart("benford");
  }

  @Test
  void pngToAFullDisk_saysNoSpaceLeft() {
    // /dev/full accepts the open and fails every write with ENOSPC
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Charts.savePng(chart, Path.of("/dev/full"), 400, 300, 1));
    assertThat(e.getMessage()).isEqualTo("cannot write /dev/full: no space left on device");
  }

  @Test
  void svgToAFullDisk_saysNoSpaceLeft() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Charts.saveSvg(chart, Path.of("/dev/full"), 400, 300));
    assertThat(e.getMessage()).isEqualTo("cannot write /dev/full: no space left on device");
  }

  @Test
  void pngOntoAFolder_saysIsADirectory() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("chart.png"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Charts.save(chart, folder, 400, 300, 1));
    assertThat(e.getMessage()).isEqualTo("cannot write " + folder + ": is a directory");
  }

  @Test
  void belowAFile_namesTheFileInTheWay() throws Exception {
    Path file = Files.writeString(dir.resolve("charts"), "x");
    Path target = file.resolve("a.svg");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Charts.save(chart, target, 400, 300, 1));
    assertThat(e.getMessage()).isEqualTo("cannot write " + target + ": " + file + " is a file, not a folder");
  }

  @Test
  void intoAFolderTheSystemRefuses_saysWhichFolder() {
    // /proc exists, but nothing can be created in it, not even by root
    Path target = Path.of("/proc/kolscope-test/a.png");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Charts.save(chart, target, 400, 300, 1));
    assertThat(e.getMessage())
        .isEqualTo("cannot write /proc/kolscope-test/a.png: the folder /proc does not allow new folders");
  }
}
