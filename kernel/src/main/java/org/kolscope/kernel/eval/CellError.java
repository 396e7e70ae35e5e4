package org.kolscope.kernel.eval;

import java.util.List;

/**
 * A failed cell as Jupyter shows it: {@code ename}, {@code evalue} and the traceback lines
 * (compile errors with line, column and a caret; exceptions trimmed to the user's frames).
 */
public final class CellError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String ename;
  private final String evalue;
  private final List<String> traceback;

  public CellError(String ename, String evalue, List<String> traceback) {
    super(ename + ": " + evalue);
    this.ename = ename;
    this.evalue = evalue;
    this.traceback = List.copyOf(traceback);
  }

  /** The error of a cell stopped by a kernel interrupt (the stop button, or SIGINT in signal mode). */
  public static CellError interrupted() {
    return new CellError("Interrupted", "the cell was stopped by a kernel interrupt",
        List.of("Interrupted: the cell was stopped by a kernel interrupt"));
  }

  public String ename() {
    return ename;
  }

  public String evalue() {
    return evalue;
  }

  public List<String> traceback() {
    return traceback;
  }
}
