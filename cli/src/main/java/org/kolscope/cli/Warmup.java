package org.kolscope.cli;

import org.kolscope.io.TablesawStart;

/**
 * Work every command needs later, started in a background daemon thread as the CLI starts, so it
 * runs on the second core while picocli parses the command line and the command opens its input:
 * Tablesaw's {@code Table} class initialisation ({@link TablesawStart}, its reader scan limited to
 * Tablesaw's jars). When the command reaches {@code Table} first, it waits for the thread (the
 * JVM's class-initialisation lock) instead of doing the work twice.
 *
 * <p>{@code -Dkolscope.warmup=false} (through {@code KOLSCOPE_JAVA_OPTS}) turns it off, for A/B
 * timing; see docs/dev-notes/coldstart.md.
 */
final class Warmup {
  private Warmup() {}

  /** Starts the warm-up thread unless {@code kolscope.warmup} is {@code false}. */
  static void start() {
    if ("false".equals(System.getProperty("kolscope.warmup"))) {
      return;
    }
    Thread t = new Thread(TablesawStart::initialise, "kolscope-warmup");
    t.setDaemon(true);
    t.start();
  }
}
