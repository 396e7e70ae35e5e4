package org.kolscope.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.kolscope.cli.Main;

/** One {@code kolscope} command line run in this JVM: its exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** The last line of stderr: a failure's one-line reason. */
  String lastErrLine() {
    String[] lines = err.strip().split("\n");
    return lines[lines.length - 1];
  }
}
