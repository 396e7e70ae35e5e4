package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of {@code ./kolscope audit --out} on the same files, as two processes, write the same
 * bytes (the report's "generated" time aside). Within one JVM an iteration order can look stable
 * and still change in the next process ({@code Map.copyOf}'s order did: the {@code not_checked}
 * cells came out in another order each run), and the report's charts and computations now run on
 * several threads.
 */
class Audit_ReproducibleIT {

  @Test
  void twoProcesses_sameFiles_sameOutput(@TempDir Path tmp) throws Exception {
    Path a = audit(tmp, "a");
    Path b = audit(tmp, "b");
    for (String f : new String[] {"kols.csv", "flags.csv"}) {
      assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
    }
    assertThat(withoutTime(b.resolve("report.html"))).isEqualTo(withoutTime(a.resolve("report.html")));
  }

  private static String withoutTime(Path report) throws Exception {
    return Files.readString(report).replaceAll(" · generated [0-9-]+ [0-9:]+ UTC", "");
  }

  private static Path audit(Path tmp, String name) throws Exception {
    Path out = tmp.resolve(name);
    Path log = tmp.resolve(name + ".log");
    Process p = new ProcessBuilder(JupyterFixture.repoDir("kolscope").toString(), "audit",
        JupyterFixture.repoDir("data", "accounts.csv").toString(), "--posts",
        JupyterFixture.repoDir("data", "notes.csv").toString(), "--out", out.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(log.toFile())
        .redirectErrorStream(true)
        .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("audit finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    return out;
  }
}
