package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class Failures_DescribeTest {
  @Test
  void nullMessage_isAnInternalErrorInWords_neverAClassName() {
    String s = Failures.describe(new IllegalStateException());
    assertThat(s).isEqualTo("internal error (an unexpected failure); rerun with KOLSCOPE_DEBUG=1 for details")
        .doesNotContain("Exception");
  }

  @Test
  void nullPointer_withTheJdksHelpfulMessage_stillInWords() {
    String s = Failures.describe(new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null"));
    assertThat(s).isEqualTo("internal error (a value was missing where one was expected); "
        + "rerun with KOLSCOPE_DEBUG=1 for details");
  }

  @Test
  void stackOverflow_isAnInternalError() {
    assertThat(Failures.describe(new StackOverflowError())).startsWith("internal error (the call stack overflowed)");
  }

  @Test
  void ownMessage_isKept_onItsFirstLine() {
    assertThat(Failures.describe(new IllegalArgumentException("no column 'x'; columns are [a, b]\n  detail")))
        .isEqualTo("no column 'x'; columns are [a, b]");
  }

  @Test
  void classNameInsideAMessage_isRemoved() {
    assertThat(Failures.describe(new IllegalStateException("cannot save: java.io.IOException: disk on fire")))
        .isEqualTo("cannot save: disk on fire");
    assertThat(Failures.withoutClassNames("RuntimeIOException: x (Is a directory)")).isEqualTo("x (Is a directory)");
  }

  @Test
  void rawFileSystemException_namesTheFileAndTheCause() {
    assertThat(Failures.describe(new AccessDeniedException("/etc/kolscope.json")))
        .isEqualTo("cannot access /etc/kolscope.json: permission denied");
  }

  @Test
  void uncheckedIoWithoutWords_givesTheCause() {
    assertThat(Failures.describe(new UncheckedIOException(new IOException("No space left on device"))))
        .isEqualTo("no space left on device");
  }

  @Test
  void outOfMemory_isFoundInsideWrappers() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    assertThat(Failures.outOfMemory(new RuntimeException(new IllegalStateException(oom)))).isSameAs(oom);
    assertThat(Failures.outOfMemory(new RuntimeException("x"))).isNull();
  }
}
