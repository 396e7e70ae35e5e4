package org.kolscope.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

/**
 * The kernel's magics: {@code %classpath}/{@code %jars} (globs), {@code %load FILE},
 * {@code %time} and {@code %%time}, {@code %lsmagic}, {@code %help}. They live in jjava's
 * {@link MagicsRegistry}, so an extension can add more.
 */
final class BuiltinMagics {
  static final String HELP = """
      KOLScope Java kernel — JShell with the KOLScope toolkit and Tablesaw preloaded.

      Cells are Java (JShell): declarations, statements, and a final expression whose value is shown.
        Table t = KolData.load("kols.csv");   // a Table shows as an HTML table (head and tail when large)
        t.column("followers")                  // a column shows as a one-column table
        display(chart)                         // show now; returns a display id
        updateDisplay(id, newChart)            // replace that output in place
        display(chart, "image/svg+xml")        // ask for SVG instead of PNG
        clearOutput()

      Magics (lines starting with %, or a first line with %% for the whole cell):
        %classpath GLOB...  add jars/directories (globs like lib/*.jar) for later cells; %jars is the same
        %load FILE          run a .java/.jsh file as a cell
        %time CODE          run CODE and print its wall time;  %%time on the first line times the cell
        %lsmagic            list magics
        %help               this text

      Interrupt (the stop button) stops a running cell, even a tight loop; System.exit(...) is
      blocked and shown as an error — the kernel and all variables are kept.
      """;

  private BuiltinMagics() {}

  static void register(MagicsRegistry registry) {
    registry.registerLineMagic("classpath", (KolScopeKernel k, List<String> args) -> addClasspath(k, args));
    registry.registerLineMagic("jars", (KolScopeKernel k, List<String> args) -> addClasspath(k, args));
    registry.registerLineMagic("load", (KolScopeKernel k, List<String> args) -> load(k, args));
    registry.registerLineMagic("time", (KolScopeKernel k, List<String> args) -> time(k, String.join(" ", args)));
    registry.registerCellMagic("time", (KolScopeKernel k, List<String> args, String body) -> time(k, body));
    registry.registerLineMagic("lsmagic", (KolScopeKernel k, List<String> args) -> {
      System.out.println(listing(registry));
      return null;
    });
    registry.registerLineMagic("help", (KolScopeKernel k, List<String> args) -> {
      k.page(HELP);
      return null;
    });
  }

  static String listing(MagicsRegistry registry) {
    List<String> line = new TreeSet<>(registry.getLineMagicNames()).stream().map(n -> "%" + n).toList();
    List<String> cell = new TreeSet<>(registry.getCellMagicNames()).stream().map(n -> "%%" + n).toList();
    return "Line magics: " + String.join(" ", line) + "\nCell magics: " + String.join(" ", cell);
  }

  private static Object addClasspath(KolScopeKernel kernel, List<String> globs) throws IOException {
    if (globs.isEmpty()) {
      throw new IllegalArgumentException("%classpath needs one or more paths or globs, e.g. %classpath lib/*.jar");
    }
    int added = 0;
    for (String glob : globs) {
      List<Path> paths = Globs.resolve(glob);
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("%classpath: '" + glob + "' matches no file or directory");
      }
      for (Path p : paths) {
        kernel.addToClasspath(p.toAbsolutePath().normalize().toString());
        added++;
      }
    }
    System.out.println("Added " + added + (added == 1 ? " entry" : " entries") + " to the classpath");
    return null;
  }

  private static Object load(KolScopeKernel kernel, List<String> args) throws IOException {
    if (args.size() != 1) {
      throw new IllegalArgumentException("%load takes exactly one file, got " + args.size() + " arguments");
    }
    Path file = Path.of(args.get(0));
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("%load: no such file '" + file.toAbsolutePath() + "'");
    }
    return kernel.runCode(Files.readString(file, StandardCharsets.UTF_8)).orElse(null);
  }

  private static Object time(KolScopeKernel kernel, String code) {
    long t0 = System.nanoTime();
    Optional<Object> value = kernel.runCode(code);
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.println(ms < 1000
        ? String.format(Locale.ROOT, "Wall time: %.1f ms", ms)
        : String.format(Locale.ROOT, "Wall time: %.3f s", ms / 1000));
    return value.orElse(null);
  }
}
