package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kolscope.NewJava;

/**
 * The kernel installed by {@code ./kolscope kernel install} run on Java 24 or later ({@link
 * NewJava}), as a user whose JDK that is meets it. Until 2026-12-08 such a kernel never started:
 * its kernelspec asked the JVM to allow a security manager, which from Java 24 stops the JVM at
 * once, and Jupyter reported "Kernel died before replying to kernel_info". Here: kernel.json without
 * that option and with the ahead-of-time cache (Java 25), the conformance suite and the whole
 * client suite ({@code System.exit} in a cell stopped without a security manager, a startup log
 * without warnings, tables, charts, interrupts, magics).
 */
@EnabledIf("org.kolscope.NewJava#wanted")
class KernelCommand_NewJavaIT {
  @RegisterExtension
  static final JupyterFixture jupyter = new JupyterFixture("kolscope-newjava-it", "KOLScope new Java IT", NewJava::home);

  @Test
  void kernelJson_runsTheNewJava_withoutSecurityManagerOptions_andWithItsCache() throws Exception {
    JsonNode argv = new ObjectMapper().readTree(jupyter.kernelJson().toFile()).get("argv");
    List<String> args = new ArrayList<>();
    argv.forEach(a -> args.add(a.asText()));

    assertThat(Path.of(args.get(0)).toRealPath()).isEqualTo(NewJava.home().resolve("bin/java").toRealPath());
    assertThat(args).doesNotContain("-Djava.security.manager=allow")
        .contains("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED");
    if (NewJava.release(NewJava.home()) >= 25) {
      String cache = args.stream().filter(a -> a.startsWith("-XX:AOTCache=")).findFirst().orElseThrow();
      assertThat(Path.of(cache.substring("-XX:AOTCache=".length()))).isRegularFile();
    }
    assertThat(jupyter.installErr()).doesNotContain("WARNING").doesNotContain("no class-data archive");
  }

  @Test
  void kernelPassesTheConformanceSuite() throws Exception {
    assertThat(jupyter.passes("test_conformance")).contains("Ran 12 tests");
  }

  @Test
  void kernelPassesTheClientSuite() throws Exception {
    assertThat(jupyter.passes("test_client"))
        .containsPattern("test_system_exit_is_an_error_and_state_survives \\(.*\\) \\.\\.\\. ok");
  }
}
