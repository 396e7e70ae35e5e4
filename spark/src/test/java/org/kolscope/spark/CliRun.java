package org.kolscope.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kolscope.cli.Main;

/** One {@code kolscope} command line run in this JVM: its exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /**
   * {@code ./kolscope ARGS} as a process, as a user runs it, in the checkout, with this JVM's
   * environment less {@code SPARK_HOME}, any Hadoop configuration and {@code KOLSCOPE_JAVA_OPTS},
   * plus {@code env}.
   */
  static CliRun launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(LocalSpark.ROOT.resolve("kolscope").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(LocalSpark.ROOT.toFile());
    Map<String, String> e = pb.environment();
    e.remove("SPARK_HOME");
    e.remove("HADOOP_CONF_DIR");
    e.remove("YARN_CONF_DIR");
    e.remove("KOLSCOPE_JAVA_OPTS");
    e.put("KOLSCOPE_NO_BUILD", "1");
    e.putAll(env);
    Path out = Files.createTempFile("kolscope-run", ".out");
    Path err = Files.createTempFile("kolscope-run", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("./kolscope " + String.join(" ", args) + " did not end in 10 minutes: "
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The last line of stderr: a failure's one-line reason. */
  String lastErrLine() {
    String[] lines = err.strip().split("\n");
    return lines[lines.length - 1];
  }
}
