package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.arch.SourceFiles;

/**
 * The CLI's and the kernel's sources write no toolkit type with its package outside an import, as
 * the toolkit's own {@code Sources_ImportsTest} checks for the toolkit (a class name in a string,
 * such as the kernel's main class, is data and allowed).
 */
class Sources_InlineNamesTest {
  @Test
  void noInlineQualifiedToolkitNames() {
    List<Path> files = SourceFiles.javaFiles(Path.of("src/main/java"), Path.of("src/test/java"),
        Path.of("../kernel/src/main/java"), Path.of("../kernel/src/test/java"));
    List<String> found = new ArrayList<>();
    for (Path f : files) {
      SourceFiles.inlineQualifiedNames(SourceFiles.read(f)).forEach(n -> found.add(f + ":" + n));
    }
    assertThat(files).as("sources read").hasSizeGreaterThan(60);
    assertThat(found).as("write an import instead").isEmpty();
  }
}
