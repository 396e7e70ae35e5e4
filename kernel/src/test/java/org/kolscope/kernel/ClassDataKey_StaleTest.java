package org.kolscope.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key of a class-data archive changes with every jar it depends on, and only with them. */
class ClassDataKey_StaleTest {
  @TempDir Path dir;

  private Path jar(String name, String content) throws Exception {
    Path p = Files.writeString(Files.createDirectories(dir.resolve("lib")).resolve(name), content);
    Files.setLastModifiedTime(p, FileTime.fromMillis(1_700_000_000_000L));
    return p;
  }

  @Test
  void sameJars_sameKey_wildcardOrListed() throws Exception {
    Path a = jar("a.jar", "a");
    Path b = jar("b.jar", "bb");
    String wildcard = ClassDataKey.of(dir.resolve("lib") + File.separator + "*");
    assertThat(ClassDataKey.of(dir.resolve("lib") + File.separator + "*")).isEqualTo(wildcard);
    assertThat(ClassDataKey.of(b + File.pathSeparator + a)).isEqualTo(wildcard);
  }

  @Test
  void aJarsTimeChanged_anotherKey() throws Exception {
    Path a = jar("a.jar", "a");
    jar("b.jar", "bb");
    String cp = dir.resolve("lib") + File.separator + "*";
    String before = ClassDataKey.of(cp);
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_100_000L));
    assertThat(ClassDataKey.of(cp)).isNotEqualTo(before);
  }

  @Test
  void aJarsSizeChanged_orAJarAdded_anotherKey() throws Exception {
    Path a = jar("a.jar", "a");
    String cp = dir.resolve("lib") + File.separator + "*";
    String before = ClassDataKey.of(cp);
    Files.writeString(a, "ab");
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_000_000L));
    String resized = ClassDataKey.of(cp);
    assertThat(resized).isNotEqualTo(before);
    jar("c.jar", "c");
    assertThat(ClassDataKey.of(cp)).isNotEqualTo(resized);
  }
}
