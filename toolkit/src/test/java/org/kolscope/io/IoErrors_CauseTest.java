package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
}
