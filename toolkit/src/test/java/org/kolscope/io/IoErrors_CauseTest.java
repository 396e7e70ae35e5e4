package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoErrors_CauseTest {
  @TempDir Path dir;

  @Test
  void readingAMissingFile_saysNoSuchFile() {
    Path p = dir.resolve("absent.csv");
    IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(p));
    assertThat(IoErrors.cannotRead(p, e)).isEqualTo("cannot read " + p + ": no such file");
  }

  /**
   * A URI where a file was expected ({@code kolscope load hdfs:///…}): the path made of it is
   * {@code hdfs:/…}, and "no such folder …/hdfs:" would send the user looking for a folder.
   */
  @Test
  void readingAUriAsAPath_saysWhichCommandReadsOtherFileSystems() {
    Path p = Path.of("hdfs:///crawl/notes.csv");
    IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(p));
    assertThat(IoErrors.cannotRead(p, e)).isEqualTo("cannot read hdfs:/crawl/notes.csv: no such file on "
        + "this machine (hdfs://… names another file system, which only kolscope audit --posts … "
        + "--engine spark reads)");
    Path uri = Path.of("file:///tmp/notes.csv");
    IOException local = assertThrows(IOException.class, () -> Files.readAllBytes(uri));
    assertThat(IoErrors.cannotRead(uri, local)).isEqualTo("cannot read file:/tmp/notes.csv: no such file on "
        + "this machine (a file:// URI: give the file's path itself)");
    assertThat(IoErrors.scheme(Path.of("s3a://bucket/x.csv"))).isEqualTo("s3a");
    assertThat(IoErrors.scheme(Path.of("notes.csv"))).isNull();
    assertThat(IoErrors.scheme(Path.of("/hdfs:/x.csv"))).isNull();
    assertThat(IoErrors.scheme(Path.of("a b:/x.csv"))).isNull();
  }

  @Test
  void writingIntoAMissingFolder_namesTheFolder() {
    Path p = dir.resolve("nope/out.csv");
    IOException e = assertThrows(IOException.class, () -> new FileOutputStream(p.toFile()).close());
    assertThat(IoErrors.cause(e, p)).isEqualTo("no such folder " + dir.resolve("nope"));
  }

  @Test
  void writingToAFolder_saysIsADirectory() {
    IOException e = assertThrows(IOException.class, () -> new FileOutputStream(dir.toFile()).close());
    assertThat(IoErrors.cause(e, dir)).isEqualTo("is a directory");
    IOException nio = assertThrows(IOException.class, () -> Files.writeString(dir, "x"));
    assertThat(IoErrors.cause(nio, dir)).isEqualTo("is a directory");
  }

  @Test
  void writingToAFullDevice_saysNoSpaceLeft() throws IOException {
    Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC
    IOException e = assertThrows(IOException.class, () -> {
      try (FileOutputStream out = new FileOutputStream(full.toFile())) {
        out.write(new byte[8192]);
        out.flush();
      }
    });
    assertThat(IoErrors.cause(e, full)).isEqualTo("no space left on device");
  }

  @Test
  void accessDenied_isPermissionDeniedWithoutAClassName() {
    // root reads every file, so the exception is built as the JDK builds it for EACCES
    Path p = dir.resolve("locked.csv");
    String s = IoErrors.cannotRead(p, new AccessDeniedException(p.toString()));
    assertThat(s).isEqualTo("cannot read " + p + ": permission denied").doesNotContain("Exception");
  }

  @Test
  void javaIoMessage_keepsTheOsReasonOnly() {
    Path p = dir.resolve("x.csv");
    IOException e = new java.io.FileNotFoundException(p + " (Read-only file system)");
    assertThat(IoErrors.cause(e, p)).isEqualTo("read-only file system");
  }

  @Test
  void wrappedInALibrarysOwnException_theIoCauseIsFound() {
    // libraries (Tablesaw's RuntimeIOException, ImageIO) wrap the cause in their own exception
    Path p = dir.resolve("locked.csv");
    IOException io = new AccessDeniedException(p.toString());
    RuntimeException wrapped = new IllegalStateException("cannot save", new RuntimeException(io));
    assertThat(IoErrors.cannotWrite(p, wrapped)).isEqualTo("cannot write " + p + ": permission denied");
  }

  @Test
  void fileSystemExceptionWithoutReason_neverRepeatsThePathAsTheCause() {
    Path p = dir.resolve("x.csv");
    assertThat(IoErrors.cannotWrite(p, new FileSystemException(p.toString())))
        .isEqualTo("cannot write " + p + ": input/output error");
  }

  @Test
  void creatingAFileInProc_saysTheFolderRefusesIt() {
    // Linux: /proc exists but creating a file in it fails with ENOENT, even for root
    Path p = Path.of("/proc/kolscope-test");
    IOException e = assertThrows(IOException.class, () -> new FileOutputStream(p.toFile()).close());
    assertThat(IoErrors.cannotWrite(p, e))
        .isEqualTo("cannot write /proc/kolscope-test: the folder /proc does not allow new files");
  }

  @Test
  void creatingAFileInSys_isRefusedInWords() {
    // sysfs refuses new files with EACCES even for root; mounted read-only (containers) with EROFS
    Path p = Path.of("/sys/kolscope-test");
    IOException e = assertThrows(IOException.class, () -> Files.writeString(p, "x"));
    assertThat(IoErrors.cannotWrite(p, e))
        .matches("cannot write /sys/kolscope-test: (permission denied|read-only file system)");
  }

  @Test
  void creatingAFolderInSys_isRefusedInWords() {
    Path p = Path.of("/sys/kolscope-dir");
    IOException e = assertThrows(IOException.class, () -> Files.createDirectories(p));
    assertThat(IoErrors.cannotWriteInto(p, e))
        .matches("cannot write into /sys/kolscope-dir: (operation not permitted|permission denied|read-only file system)");
  }

  @Test
  void aFolderWhereAFileIs_saysItIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("report.txt"), "x");
    IOException e = assertThrows(IOException.class, () -> Files.createDirectories(file));
    assertThat(IoErrors.cannotWriteInto(file, e))
        .isEqualTo("cannot write into " + file + ": it is a file, not a folder");
  }

  @Test
  void aFolderBelowAFile_saysAPartIsNotAFolder() throws IOException {
    Path file = Files.writeString(dir.resolve("report.txt"), "x");
    Path sub = file.resolve("out");
    IOException e = assertThrows(IOException.class, () -> Files.createDirectories(sub));
    assertThat(IoErrors.cannotWriteInto(sub, e))
        .isEqualTo("cannot write into " + sub + ": a part of the path is not a folder");
  }

  @Test
  void writingToAFullDeviceThroughNio_saysNoSpaceLeft() {
    Path full = Path.of("/dev/full");
    IOException e = assertThrows(IOException.class, () -> Files.write(full, new byte[8192]));
    assertThat(IoErrors.cannotWrite(full, e)).isEqualTo("cannot write /dev/full: no space left on device");
  }

  @Test
  void aFolderAboveTheFileIsAFile_namesIt() throws IOException {
    // creating the folders above charts/a.png meets the file "charts"
    Path file = Files.writeString(dir.resolve("charts"), "x");
    IOException e = assertThrows(IOException.class, () -> Files.createDirectories(file));
    Path target = file.resolve("a.png");
    assertThat(IoErrors.cannotWrite(target, e))
        .isEqualTo("cannot write " + target + ": " + file + " is a file, not a folder");
  }

  @Test
  void aFolderAboveCannotBeCreatedInProc_namesTheRefusingFolder() {
    Path target = Path.of("/proc/kolscope-test/share/kernels");
    IOException e = assertThrows(IOException.class, () -> Files.createDirectories(target));
    assertThat(IoErrors.cannotWriteInto(target, e))
        .isEqualTo("cannot write into " + target + ": the folder /proc does not allow new folders");
  }

  @Test
  void ioException_isFoundInsideWrappers_andNullWithoutOne() {
    IOException io = new IOException("x");
    assertThat(IoErrors.ioException(new IllegalStateException(new RuntimeException(io)))).isSameAs(io);
    assertThat(IoErrors.ioException(new IllegalStateException("no cause"))).isNull();
  }
}
