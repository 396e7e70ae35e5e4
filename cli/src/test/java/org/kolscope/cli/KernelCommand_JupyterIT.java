package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Installs the kernel with {@code kolscope kernel install --prefix TMP} and runs the Python
 * suites in kernel/src/test/python against it with a real Jupyter client (Debian's
 * jupyter-client and python3-jupyter-kernel-test). Fails, never skips, when Python or those
 * packages are missing.
 */
class KernelCommand_JupyterIT {
  @RegisterExtension
  static final JupyterFixture jupyter = new JupyterFixture("kolscope-it", "KOLScope IT");

  private static Path pythonTests() {
    Path dir = JupyterFixture.repoDir("kernel", "src", "test", "python");
    assertThat(dir.resolve("test_conformance.py")).exists();
    return dir;
  }

  @Test
  void jupyterFindsTheInstalledKernelspec() throws Exception {
    String out = jupyter.runPython(pythonTests(), 2, "-c",
        "from jupyter_client.kernelspec import KernelSpecManager; "
            + "s = KernelSpecManager().get_kernel_spec('" + jupyter.kernelName() + "'); "
            + "print(s.display_name, s.language, s.interrupt_mode)");
    assertThat(out).contains("KOLScope IT java message");
  }

  @Test
  void kernelPassesTheJupyterKernelTestConformanceSuite() throws Exception {
    assertThat(jupyter.passes("test_conformance")).contains("Ran 12 tests");
  }

  @Test
  void kernelBehavesUnderAJupyterClient() throws Exception {
    jupyter.passes("test_client");
  }
}
