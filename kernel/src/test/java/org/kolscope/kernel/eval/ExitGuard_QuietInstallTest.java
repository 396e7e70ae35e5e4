package org.kolscope.kernel.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard in a fresh JVM started with the kernelspec's options: installed and blocking, and
 * nothing on stderr (no "terminally deprecated" lines). Without {@code --add-opens} the JDK's
 * four warning lines appear, which is why the kernelspec passes it.
 */
@EnabledForJreRange(max = JRE.JAVA_23) // Java 24+: no security manager, and a JVM asked for one does not start
class ExitGuard_QuietInstallTest {
  private static final String ADD_OPENS = "--add-opens=java.base/java.lang=ALL-UNNAMED";

  private record Run(int status, String out, String err) {}

  private static Run probe(Path dir, String... options) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(options));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ExitGuardProbe.class.getName());
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe JVM finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void withTheKernelspecOptionsTheGuardInstallsWithoutWarnings(@TempDir Path dir) throws Exception {
    Run run = probe(dir, "-Djava.security.manager=allow", ADD_OPENS);

    assertThat(run.out()).isEqualToIgnoringNewLines("installed blocked 7");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
  }

  @Test
  void withoutOpeningJavaLangTheJdkPrintsItsFourWarnings(@TempDir Path dir) throws Exception {
    Run run = probe(dir, "-Djava.security.manager=allow");

    assertThat(run.out()).isEqualToIgnoringNewLines("installed blocked 7");
    assertThat(run.err().lines().filter(l -> l.startsWith("WARNING:")).count()).isEqualTo(4);
  }
}
