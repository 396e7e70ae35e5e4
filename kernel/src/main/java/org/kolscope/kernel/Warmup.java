package org.kolscope.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kolscope.io.KolData;
import org.kolscope.io.TablesawStart;

/**
 * What a first cell needs, done in the background as soon as the kernel starts, so that the
 * cell finds it ready: in a thread of its own, beside JShell's start, Tablesaw's {@code Table}
 * class initialisation ({@link TablesawStart}), then a notes table loaded as a first cell loads
 * one (loader, count parser) and shown (the HTML view), outside JShell.
 * (A throwaway JShell statement as well was tried and taken out: a cell arriving during it once
 * failed in Trampoline, KernelCommand_JupyterIT's notebook test; see docs/dev-notes/coldstart.md.)
 *
 * <p>{@code -Dkolscope.warmup=false} (a {@code --java-option} of {@code kolscope kernel install})
 * turns it off, for A/B timing; see docs/dev-notes/coldstart.md.
 */
final class Warmup {
  /** A few notes in the canonical columns, enough for every step of a load and of its display. */
  static final String NOTES = """
      note_id,kol_id,published_at,likes,collects,comments,shares,views,content_type,cost_rmb,followers,likes_and_collects
      68143dd52636bf181e7c99bc,k1,2025-05-02 11:36:53,72,67,4,4,3309,image,,24677,190579
      681a070ee5feece0e471c722,k1,2025-05-06 20:56:46,208,271,12,8,1.2万,video,800,24677,190579
      681a070ee5feece0e471c723,k2,2025-05-07 09:12:00,5,1,0,0,310,image,,1500,2200
      """;

  /** How many notes the throwaway first cell loads. */
  static final int ROWS = 4000;

  private Warmup() {}

  /** {@link #NOTES}' header and {@code rows} notes: its rows over and over, each with a note id of its own. */
  static String notes(int rows) {
    String[] lines = NOTES.split("\n");
    StringBuilder csv = new StringBuilder(lines[0]).append('\n');
    for (int i = 0; i < rows; i++) {
      String row = lines[1 + i % (lines.length - 1)];
      csv.append(String.format("%024x", i)).append(row, row.indexOf(','), row.length()).append('\n');
    }
    return csv.toString();
  }

  static boolean enabled() {
    return !"false".equals(System.getProperty("kolscope.warmup"));
  }

  /**
   * Starts, in a daemon thread, Tablesaw's class initialisation and then the throwaway first cell
   * ({@link #firstCell}); {@code kernel}'s renderers must be installed ({@code onStartup}).
   */
  static void start(KolScopeKernel kernel) {
    if (!enabled()) {
      return;
    }
    Thread t = new Thread(() -> {
      TablesawStart.initialise();
      firstCell(kernel);
    }, "kolscope-warmup");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The throwaway first cell and its display (see the class comment): {@link #ROWS} notes, enough
   * for the loader's per-row code to be compiled before a first cell loads a real file (a cold
   * load of the shipped 39,662 notes took 360-430 ms, 220-250 ms after this, on 2 cores); failures
   * are ignored.
   */
  static void firstCell(KolScopeKernel kernel) {
    Path file = null;
    try {
      file = Files.createTempFile("kolscope-warmup", ".csv");
      Files.writeString(file, notes(ROWS), StandardCharsets.UTF_8);
      kernel.renderValue(KolData.load(file));
    } catch (IOException | RuntimeException e) {
      // only time is lost
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a temporary file left behind
        }
      }
    }
  }
}
