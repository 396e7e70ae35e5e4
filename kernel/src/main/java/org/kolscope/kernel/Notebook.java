package org.kolscope.kernel;

import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Functions every cell can call (statically imported at startup): {@code display(obj)} shows an
 * object now and returns its display id, {@code updateDisplay(id, obj)} replaces that output in
 * place, {@code clearOutput()} clears the cell's output.
 */
public final class Notebook {
  private Notebook() {}

  private static KolScopeKernel kernel() {
    return (KolScopeKernel) BaseKernel.notebookKernel();
  }

  /** Renders {@code value} with the registered renderers (text/plain at least). */
  public static DisplayData render(Object value, String... mimeTypes) {
    return kernel().renderValue(value, mimeTypes);
  }

  /**
   * Shows {@code value} as a display_data output now; {@code mimeTypes} asks for specific
   * representations, e.g. {@code display(chart, "image/svg+xml")}. Returns the display id.
   */
  public static String display(Object value, String... mimeTypes) {
    DisplayData data = render(value, mimeTypes);
    String id = UUID.randomUUID().toString();
    data.setDisplayId(id);
    kernel().io().display(data);
    return id;
  }

  /** Replaces the output shown under {@code displayId} (from {@link #display}) with {@code value}. */
  public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
    if (displayId == null || displayId.isBlank()) {
      throw new IllegalArgumentException("displayId must be the id display() returned, got '" + displayId + "'");
    }
    kernel().io().updateDisplay(displayId, render(value, mimeTypes));
  }

  /** Clears this cell's output now. */
  public static void clearOutput() {
    kernel().io().clearOutput(false);
  }

  /** Clears this cell's output when the next output arrives (for smooth animation). */
  public static void clearOutput(boolean wait) {
    kernel().io().clearOutput(wait);
  }
}
