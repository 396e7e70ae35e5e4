package org.kolscope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every reference file in the test resources says where its values come from: each case file has
 * a non-empty {@code source} (a citation, or the library version and exact call), and every file
 * is listed in {@code reference/README.md}, which gives the source of each input and script.
 */
class ReferenceResources_ProvenanceTest {

  private static Path copies() throws URISyntaxException {
    return Path.of(ReferenceData.class.getResource(ReferenceData.ROOT + "README.md").toURI())
        .getParent();
  }

  private static List<Path> files(Path root, String sub) throws IOException {
    try (Stream<Path> s = Files.list(root.resolve(sub))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void everyCase_hasASource() throws Exception {
    List<Path> cases = files(copies(), "cases");
    assertThat(cases).isNotEmpty();
    SoftAssertions soft = new SoftAssertions();
    for (Path p : cases) {
      String name = p.getFileName().toString();
      JsonNode source = ReferenceData.load(name).get("source");
      soft.assertThat(source).as("%s: source", name).isNotNull();
      if (source == null) {
        continue;
      }
      if (source.isArray()) {
        soft.assertThat(source.size()).as("%s: source entries", name).isPositive();
        source.forEach(s -> soft.assertThat(s.asText()).as("%s: a source entry", name).isNotBlank());
      } else {
        soft.assertThat(source.asText()).as("%s: source", name).isNotBlank();
      }
    }
    soft.assertAll();
  }

  @Test
  void everyFile_isListedInTheReadme() throws Exception {
    Path root = copies();
    String readme = new String(ReferenceData.bytes("README.md"), StandardCharsets.UTF_8);
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    }
    assertThat(all).hasSizeGreaterThan(2);
    SoftAssertions soft = new SoftAssertions();
    for (Path p : all) {
      String name = p.getFileName().toString();
      soft.assertThat(readme).as("reference/README.md names %s", root.relativize(p))
          .contains("`" + name + "`");
    }
    soft.assertAll();
  }
}
