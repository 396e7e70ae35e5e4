package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelCommand_InstallTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void installWritesAKernelspecUnderPrefixShareJupyterKernels(@TempDir Path tmp) throws Exception {
    int rc = run("kernel", "install", "--prefix", tmp.toString(), "--name", "ks-test", "--display-name", "KS Test");

    assertThat(rc).as(err.toString()).isEqualTo(Main.OK);
    Path dir = tmp.resolve("share/jupyter/kernels/ks-test");
    assertThat(out.toString()).contains("Installed kernelspec ks-test in " + dir);
    JsonNode spec = new ObjectMapper().readTree(dir.resolve("kernel.json").toFile());
    assertThat(spec.get("display_name").asText()).isEqualTo("KS Test");
    assertThat(spec.get("language").asText()).isEqualTo("java");
    assertThat(spec.get("interrupt_mode").asText()).isEqualTo("message");
    JsonNode argv = spec.get("argv");
    assertThat(Path.of(argv.get(0).asText())).isAbsolute().exists();
    assertThat(argv.get(argv.size() - 1).asText()).isEqualTo("{connection_file}");
    assertThat(argv.get(argv.size() - 2).asText()).isEqualTo("org.kolscope.kernel.KernelMain");
    String cp = argv.get(argv.size() - 3).asText();
    for (String entry : cp.split(File.pathSeparator)) {
      Path p = Path.of(entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry);
      assertThat(p).isAbsolute().exists();
    }
    assertThat(argv.toString()).contains("\"-Dkolscope.interrupt_mode=message\"");
    for (String option : JavaReleases.kernelOptions(Runtime.version().feature())) {
      assertThat(argv.toString()).contains("\"" + option + "\"");
    }
    String readmeOption = "-Dkolscope.readme=" + dir.resolve("README.md");
    assertThat(argv.toString()).contains("\"" + readmeOption + "\"");
    assertThat(Files.readString(dir.resolve("README.md"))).startsWith("# KOLScope");
    BufferedImage logo = ImageIO.read(dir.resolve("logo-64x64.png").toFile());
    assertThat(logo.getWidth()).isEqualTo(64);
    assertThat(ImageIO.read(dir.resolve("logo-32x32.png").toFile()).getHeight()).isEqualTo(32);
  }

  @Test
  void uninstallRemovesTheKernelspecAndASecondUninstallFails(@TempDir Path tmp) {
    assertThat(run("kernel", "install", "--prefix", tmp.toString())).isEqualTo(Main.OK);
    Path dir = tmp.resolve("share/jupyter/kernels/kolscope");
    assertThat(dir.resolve("kernel.json")).exists();

    assertThat(run("kernel", "uninstall", "--prefix", tmp.toString())).isEqualTo(Main.OK);
    assertThat(dir).doesNotExist();
    assertThat(run("kernel", "uninstall", "--prefix", tmp.toString())).isEqualTo(Main.FAILURE);
    assertThat(err.toString()).contains("no kernelspec 'kolscope'");
  }

  @Test
  void signalInterruptModeAndJavaOptionsGoIntoKernelJson(@TempDir Path tmp) throws Exception {
    assertThat(run("kernel", "install", "--prefix", tmp.toString(), "--interrupt-mode", "signal",
        "--java-option", "-Xmx3g")).isEqualTo(Main.OK);
    JsonNode spec = new ObjectMapper().readTree(tmp.resolve("share/jupyter/kernels/kolscope/kernel.json").toFile());
    assertThat(spec.get("interrupt_mode").asText()).isEqualTo("signal");
    assertThat(spec.get("argv").toString()).contains("\"-Xmx3g\"", "\"-Dkolscope.interrupt_mode=signal\"");
  }

  @Test
  void kernelRunsOnC1AndAJavaOptionCanBringC2Back(@TempDir Path tmp) throws Exception {
    assertThat(run("kernel", "install", "--prefix", tmp.toString(), "--no-class-data",
        "--java-option", "-XX:TieredStopAtLevel=4")).isEqualTo(Main.OK);
    JsonNode argv = new ObjectMapper().readTree(tmp.resolve("share/jupyter/kernels/kolscope/kernel.json").toFile()).get("argv");
    List<String> args = new ArrayList<>();
    argv.forEach(a -> args.add(a.asText()));

    assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4");
    // the JVM takes the last of repeated -XX options
    assertThat(args.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(args.indexOf("-XX:TieredStopAtLevel=1"));
  }

  @Test
  void badNameIsAUsageError(@TempDir Path tmp) {
    assertThat(run("kernel", "install", "--prefix", tmp.toString(), "--name", "bad name/..")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("'bad name/..' is not a valid kernel name");
    assertThat(Files.exists(tmp.resolve("share"))).isFalse();
  }

  @Test
  void userAndPrefixTogetherIsAUsageError(@TempDir Path tmp) {
    assertThat(run("kernel", "install", "--user", "--prefix", tmp.toString())).isEqualTo(Main.USAGE);
  }

  @Test
  void kernelWithoutSubcommandIsAUsageError() {
    assertThat(run("kernel")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("missing subcommand");
  }

  @Test
  void userInstallGoesToJupyterDataDir() {
    assertThat(KernelCommand.userDataDir()).isAbsolute();
    assertThat(KernelCommand.userDataDir().toString()).contains("jupyter");
  }
}
