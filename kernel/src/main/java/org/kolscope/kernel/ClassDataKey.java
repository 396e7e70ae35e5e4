package org.kolscope.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a class-data archive (AppCDS) depends on, as a short key: the JVM (its {@code java} and
 * {@code libjvm}) and every jar of a class path, each by path, size and modification time, the
 * facts the JVM itself checks before it maps an archive. {@code kolscope kernel install} names the
 * kernel's archive with this key and passes it to the kernel ({@code -Dkolscope.cds.key}); a
 * kernel whose jars changed since then computes another key and says its archive is stale
 * ({@link KernelMain}), where the JVM would only start slower without a word. The launcher
 * {@code ./kolscope} keys its own archive the same way, in shell.
 */
public final class ClassDataKey {
  private ClassDataKey() {}

  /**
   * The key of this JVM and {@code classPath} ({@link File#pathSeparator}-separated; an entry
   * {@code dir/*} stands for the jars in dir, as for {@code java -cp}). Entries that do not exist
   * count by their path alone.
   */
  public static String of(String classPath) {
    List<String> facts = new ArrayList<>();
    Path home = Path.of(System.getProperty("java.home"));
    facts.add(fact(home.resolve(Path.of("bin", "java"))));
    facts.add(fact(home.resolve(Path.of("lib", "server", "libjvm.so"))));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      if (entry.endsWith("*")) {
        Path dir = Path.of(entry.substring(0, entry.length() - 1).isEmpty() ? "." : entry.substring(0, entry.length() - 1));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{jar,JAR}")) {
          ds.forEach(p -> facts.add(fact(p)));
        } catch (IOException e) {
          facts.add(entry);
        }
      } else {
        facts.add(fact(Path.of(entry)));
      }
    }
    facts.sort(null);  // the JVM expands dir/* in its own order
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\n", facts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  private static String fact(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
      return abs + " " + a.size() + " " + a.lastModifiedTime().toMillis() / 1000;
    } catch (IOException e) {
      return abs.toString();
    }
  }
}
