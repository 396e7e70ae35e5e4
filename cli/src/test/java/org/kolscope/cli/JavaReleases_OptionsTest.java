package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The options by Java release (JEP 486: no security manager from 24, and a JVM asked to allow one
 * does not start; JEP 471/498: {@code --sun-misc-unsafe-memory-access} from 23, warnings from 24;
 * JEP 472: native-access warnings from 24).
 */
class JavaReleases_OptionsTest {
  private static final String ALLOW_SM = "-Djava.security.manager=allow";
  private static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
  private static final String NATIVE = "--enable-native-access=ALL-UNNAMED";

  @ParameterizedTest
  @ValueSource(ints = {17, 21, 22})
  void java17to22_securityManagerAllowed_noNewerOptions(int release) {
    assertThat(JavaReleases.kernelOptions(release))
        .containsExactly(ALLOW_SM, "--add-opens=java.base/java.lang=ALL-UNNAMED");
    assertThat(JavaReleases.accessOptions(release)).isEmpty();
  }

  @Test
  void java23_securityManagerStillAllowed_andUnsafeAccessOption() {
    assertThat(JavaReleases.kernelOptions(23)).containsExactly(ALLOW_SM,
        "--add-opens=java.base/java.lang=ALL-UNNAMED", UNSAFE);
  }

  @ParameterizedTest
  @ValueSource(ints = {24, 25, 26})
  void java24on_noSecurityManagerOption_unsafeAndNativeAccessAllowed(int release) {
    assertThat(JavaReleases.kernelOptions(release)).containsExactly(UNSAFE, NATIVE);
    assertThat(JavaReleases.accessOptions(release)).containsExactly(UNSAFE, NATIVE);
  }

  @Test
  void beforeJava17_refusedWithTheRelease() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JavaReleases.kernelOptions(11));
    assertThat(e.getMessage()).isEqualTo("Java 11 is too old: KOLScope needs Java 17 or later");
  }

  @Test
  void kernelJson_forJava25_hasNoSecurityManagerOption() {
    @SuppressWarnings("unchecked")
    List<String> argv = (List<String>) KernelCommand.kernelJson("K", "message", List.of("-Xmx2g"), "/cp/*", 25).get("argv");
    @SuppressWarnings("unchecked")
    List<String> argv17 = (List<String>) KernelCommand.kernelJson("K", "message", List.of("-Xmx2g"), "/cp/*", 17).get("argv");

    assertThat(argv).doesNotContain(ALLOW_SM).contains(UNSAFE, NATIVE, "-Xmx2g");
    assertThat(argv17).contains(ALLOW_SM).doesNotContain(UNSAFE, NATIVE);
    assertThat(argv.indexOf(UNSAFE)).isLessThan(argv.indexOf("-Xmx2g")); // the user's options come after
  }

  @Test
  void opensOfPackagesThisJavaLacks_dropped_othersKept() {
    assertThat(JavaReleases.present(" --add-opens=java.base/java.lang=ALL-UNNAMED"
        + "  --add-opens=java.base/no.such.pkg=ALL-UNNAMED --add-opens=no.such.module/a.b=ALL-UNNAMED"
        + " --add-opens=java.base/java.nio=ALL-UNNAMED -Dkept=1 "))
        .containsExactly("--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "-Dkept=1");
    assertThat(JavaReleases.present("")).isEmpty();
  }
}
