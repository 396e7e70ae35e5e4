package org.kolscope.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run {@code kolscope kernel install} records into the kernel's class-data archive (AppCDS,
 * docs/dev-notes/coldstart.md): with {@code -XX:DumpLoadedClassList}, a kernel without a
 * connection starts JShell, runs the background warm-up and then the cells of a first session
 * (load and show notes, an audit's first rows, a chart), so the classes they load are parsed and
 * verified once, into the archive, instead of at every kernel start.
 */
public final class KernelTraining {
  private KernelTraining() {}

  public static void main(String[] args) throws IOException {
    KolScopeKernel kernel = KolScopeKernel.create();
    kernel.onStartup();
    kernel.startEvaluator();
    Warmup.start(kernel);
    Path file = Files.createTempFile("kolscope-training", ".csv");
    try {
      Files.writeString(file, Warmup.NOTES, StandardCharsets.UTF_8);
      String path = file.toString().replace("\\", "\\\\").replace("\"", "\\\"");
      for (String cell : new String[] {
          "var notes = KolData.load(\"" + path + "\"); notes",
          "Audit.ofPosts(notes).run().toTable().first(5)",
          "TierBoxChart.of(notes).value(\"engagement_rate\").build()"}) {
        try {
          kernel.renderValue(kernel.evalRaw(cell));
        } catch (RuntimeException e) {
          // a cell that fails only makes the archive thinner
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
    System.exit(0);
  }
}
