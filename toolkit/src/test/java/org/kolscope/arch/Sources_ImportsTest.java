package org.kolscope.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The toolkit's sources, read as text: no toolkit type is written with its package outside an
 * import (a dependency the imports do not show), and every import points down the layers of
 * {@link Layers} — which also covers compile-time constants ({@code Schema.FOLLOWERS}), copied
 * into the bytecode and so invisible to {@link Packages_LayersTest}.
 */
class Sources_ImportsTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");

  @Test
  void noInlineQualifiedToolkitNames() {
    List<String> found = new ArrayList<>();
    List<Path> files = SourceFiles.javaFiles(MAIN, TEST);
    for (Path f : files) {
      SourceFiles.inlineQualifiedNames(SourceFiles.read(f)).forEach(n -> found.add(f + ":" + n));
    }
    assertThat(files).as("sources read").hasSizeGreaterThan(300);
    assertThat(found).as("write an import instead").isEmpty();
  }

  @Test
  void importsPointDownTheLayers() {
    List<String> upward = new ArrayList<>();
    List<Path> files = SourceFiles.javaFiles(MAIN);
    for (Path f : files) {
      String text = SourceFiles.read(f);
      String from = Layers.layerOf(SourceFiles.packageOf(text));
      assertThat(from).as("layer of " + f).isNotNull();
      for (String pkg : SourceFiles.importedPackages(text)) {
        String to = Layers.layerOf(pkg);
        if (to != null && !Layers.mayUse(from, to)) {
          upward.add(f + " (" + from + ") imports " + pkg + " (" + to + ")");
        }
      }
    }
    assertThat(files).as("sources read").hasSizeGreaterThan(150);
    assertThat(upward).isEmpty();
  }

  @Test
  void aQualifiedNameIsFoundInCodeAndJavadocButNotInStrings() {
    String text = """
        package org.kolscope.io;

        import org.kolscope.core.Schema;

        /** Uses {@link org.kolscope.metrics.Ratio}. */
        final class X {
          Object a = org.kolscope.metrics.Cells.find(null, "x");
          String b = "org.kolscope.kernel.KernelMain";
          char c = '"'; String d = "org.kolscope.io.Y \\" org.kolscope.io.Z";
          String e = \"""
              org.kolscope.io.W
              \""";
        }
        """;
    assertThat(SourceFiles.inlineQualifiedNames(text))
        .containsExactly("5: org.kolscope.metrics.Ratio", "7: org.kolscope.metrics.Cells");
  }

  @Test
  void anUpwardImportIsNamed() {
    assertThat(Layers.mayUse("io", "metrics")).isFalse();
    assertThat(Layers.mayUse("metrics", "io")).isTrue();
    assertThat(Layers.mayUse("report", "data")).isFalse();
    assertThat(Layers.mayUse("data", "core")).isTrue();
    assertThat(SourceFiles.importedPackages("import org.kolscope.metrics.Cells;\nimport static org.kolscope.stats.groups.ResultTable.fmt;\n"))
        .containsExactly("org.kolscope.metrics", "org.kolscope.stats.groups");
  }
}
