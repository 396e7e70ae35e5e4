package org.kolscope.kernel.eval;

/** Run in a child JVM by {@link ExitGuard_QuietInstallTest}: installs the guard, then tries to exit. */
public final class ExitGuardProbe {
  private ExitGuardProbe() {}

  public static void main(String[] args) {
    boolean installed = ExitGuard.install();
    String blocked;
    try {
      System.exit(7);
      blocked = "not blocked";
    } catch (ExitGuard.ExitBlocked e) {
      blocked = "blocked " + e.status();
    }
    System.out.println((installed ? "installed " : "not installed ") + blocked);
    ExitGuard.allowExit();
    System.exit(0);
  }
}
