package org.kolscope.kernel.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code %maven}'s resolution against a repository made here (a folder in Maven's layout, reached
 * through a file: URL), so that nothing leaves the machine: transitive dependencies, the local
 * repository as cache, working offline once cached, unknown artifacts and bad coordinates.
 */
class Maven_ResolveTest {
  @TempDir Path remote;
  @TempDir Path local;
  private Maven maven;

  @BeforeEach
  void repository() throws IOException {
    publish("com.example", "app", "1.0", "<dependency><groupId>com.example</groupId><artifactId>lib</artifactId>"
        + "<version>2.0</version></dependency><dependency><groupId>com.example</groupId><artifactId>tool</artifactId>"
        + "<version>1.0</version><scope>test</scope></dependency>");
    publish("com.example", "lib", "2.0", "");
    publish("com.example", "tool", "1.0", "");
    publish("com.example", "other", "3.1", "");
    maven = new Maven(local, remote.toUri().toString());
  }

  private void publish(String group, String artifact, String version, String dependencies) throws IOException {
    Path dir = remote.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(artifact + "-" + version + ".pom"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>" + group + "</groupId><artifactId>" + artifact
            + "</artifactId><version>" + version + "</version><dependencies>" + dependencies + "</dependencies></project>");
    try (OutputStream out = Files.newOutputStream(dir.resolve(artifact + "-" + version + ".jar"));
        JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new ZipEntry(artifact + ".txt"));
      jar.write(artifact.getBytes());
      jar.closeEntry();
    }
  }

  private static List<String> names(List<Path> jars) {
    return jars.stream().map(p -> p.getFileName().toString()).toList();
  }

  @Test
  void artifactsComeWithTheirRuntimeDependenciesButNotTestOnes() throws Exception {
    Maven.Resolved r = maven.resolve(List.of("com.example:app:1.0", "com.example:other:3.1"));

    assertThat(names(r.jars())).containsExactly("app-1.0.jar", "other-3.1.jar", "lib-2.0.jar");
    assertThat(r.fromCacheOnly()).isFalse();
    assertThat(r.jars()).allMatch(p -> p.startsWith(local));
    assertThat(local.resolve("com/example/lib/2.0/lib-2.0.jar")).exists();
  }

  @Test
  void onceCachedItResolvesWithoutTheRemoteRepository() throws Exception {
    maven.resolve(List.of("com.example:app:1.0"));
    try (Stream<Path> walk = Files.walk(remote)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    Maven.Resolved again = new Maven(local, remote.toUri().toString()).resolve(List.of("com.example:app:1.0"));

    assertThat(names(again.jars())).containsExactly("app-1.0.jar", "lib-2.0.jar");
    assertThat(again.fromCacheOnly()).isTrue();
  }

  @Test
  void unknownArtifactIsNotFoundInOneLine() {
    ResolutionFailure e = assertThrows(ResolutionFailure.class, () -> maven.resolve(List.of("com.example:nope:9.9")));

    assertThat(e.kind()).isEqualTo(ResolutionFailure.Kind.NOT_FOUND);
    assertThat(e.getMessage()).isEqualTo("com.example:nope:9.9 was not found in " + remote.toUri());
  }

  @Test
  void unreachableRepositoryIsSaidSo() {
    Maven nowhere = new Maven(local, "http://127.0.0.1:9/maven2/");

    ResolutionFailure e = assertThrows(ResolutionFailure.class, () -> nowhere.resolve(List.of("com.example:app:1.0")));

    assertThat(e.kind()).isEqualTo(ResolutionFailure.Kind.UNREACHABLE);
    assertThat(e.getMessage()).startsWith("cannot reach http://127.0.0.1:9/maven2/");
  }

  @Test
  void coordinatesMustBeGroupArtifactVersion() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> maven.resolve(List.of("jsoup")));
    assertThat(e.getMessage()).isEqualTo("'jsoup' is not group:artifact:version (e.g. org.jsoup:jsoup:1.18.3)");
    assertThrows(IllegalArgumentException.class, () -> maven.resolve(List.of()));
    assertThrows(IllegalArgumentException.class, () -> maven.resolve(List.of("a:b:c d")));
  }
}
