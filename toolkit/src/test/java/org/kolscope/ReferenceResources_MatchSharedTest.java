package org.kolscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The reference files in the test resources are the same as the originals in {@code
 * ../shared/reference/} (where {@code compute.py} writes them): same file names, same bytes. So
 * a copy cannot be edited by hand, and a regenerated original that was not copied again is
 * noticed. Needs {@code ../shared/reference}: not run on a fresh clone, run in CI ({@code
 * KOLSCOPE_REQUIRE_REAL_DATA=1}).
 */
@NeedsShared(value = "reference", what = "reference originals")
class ReferenceResources_MatchSharedTest {
  /** Not copied: the README is rewritten for the copy; the other two are compute.py by-products. */
  private static final Set<String> NOT_COPIED =
      Set.of("README.md", "r_results.tsv", "python_vs_R_discrepancies.json");

  private static Path originals() {
    return SharedFiles.find("reference").orElseThrow();
  }

  /** The copy as the tests see it: {@code /reference/} on the test classpath. */
  private static Path copies() throws URISyntaxException {
    URL readme = ReferenceData.class.getResource(ReferenceData.ROOT + "README.md");
    assertThat(readme).as("test resource /reference/README.md").isNotNull();
    return Path.of(readme.toURI()).getParent();
  }

  /** Regular files under {@code root} as sorted relative paths, without {@link #NOT_COPIED}. */
  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !NOT_COPIED.contains(p.getFileName().toString()))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void sameFileNames() throws Exception {
    assertThat(files(copies()))
        .as("files in toolkit/src/test/resources/reference vs %s", originals())
        .isNotEmpty()
        .containsExactlyElementsOf(files(originals()));
  }

  @Test
  void sameBytes() throws Exception {
    Path originals = originals();
    SoftAssertions soft = new SoftAssertions();
    for (String rel : files(originals)) {
      Path original = originals.resolve(rel);
      if (Files.exists(copies().resolve(rel))) {
        soft.assertThat(ReferenceData.bytes(rel))
            .as("%s differs from %s: copy it again", rel, original)
            .isEqualTo(Files.readAllBytes(original));
      }
    }
    soft.assertAll();
  }
}
