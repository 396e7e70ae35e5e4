package org.kolscope.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.kolscope.io.TablesawStart;
import org.kolscope.kernel.eval.CellError;
import org.kolscope.kernel.eval.JShellEvaluator;
import org.kolscope.kernel.maven.Maven;
import org.kolscope.kernel.maven.ResolutionFailure;

/**
 * The kernel's magics: {@code %classpath}/{@code %jars} (globs), {@code %maven G:A:V...},
 * {@code %load FILE}, {@code %time} and {@code %%time}, {@code %who}, {@code %whos},
 * {@code %lsmagic}, {@code %help}. They live in jjava's {@link MagicsRegistry}, so an extension
 * can add more.
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
        %maven G:A:V...     add libraries from Maven Central with their dependencies (cached in ~/.m2)
        %who, %whos         list the variables (%whos: with type and value); %who Table lists Tables only
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
    registry.registerLineMagic("maven", (KolScopeKernel k, List<String> args) -> maven(k, args));
    registry.registerLineMagic("who", (KolScopeKernel k, List<String> args) -> who(k, args, false));
    registry.registerLineMagic("whos", (KolScopeKernel k, List<String> args) -> who(k, args, true));
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
    reportExtensions(kernel.loadExtensions());
    return null;
  }

  private static void reportExtensions(List<String> installed) {
    if (!installed.isEmpty()) {
      System.out.println("Renderers installed from " + String.join(", ", installed));
    }
  }

  /**
   * {@code %maven group:artifact:version ...}: resolves the artifacts and their runtime
   * dependencies (local repository first, then the remote one), adds the jars to the cells'
   * class path, except libraries the kernel already has, and installs the renderers they bring.
   */
  private static Object maven(KolScopeKernel kernel, List<String> coordinates) {
    Maven maven = kernel.maven();
    Maven.Resolved resolved;
    try {
      resolved = maven.resolve(coordinates);
    } catch (ResolutionFailure e) {
      String ename = switch (e.kind()) {
        case NOT_FOUND -> "ArtifactNotFound";
        case UNREACHABLE -> "RepositoryUnreachable";
        case OTHER -> "MavenError";
      };
      String msg = "%maven: " + e.getMessage();
      throw new CellError(ename, msg, List.of(ename + ": " + msg));
    }
    List<String> kernelJars = kernelJarNames();
    List<String> added = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (Path jar : resolved.jars()) {
      String file = jar.getFileName().toString();
      String own = ownCopy(artifactId(jar), kernelJars);
      if (own != null) {
        if (!own.equals(file)) {
          kept.add(own + " (not " + file + ")");
        }
        continue;
      }
      kernel.addToClasspath(jar.toAbsolutePath().toString());
      added.add(file);
    }
    String source = resolved.fromCacheOnly()
        ? "from the local repository " + maven.localRepository() + " (no download)"
        : "from " + maven.remoteName() + ", cached in " + maven.localRepository();
    System.out.println("Added " + added.size() + (added.size() == 1 ? " jar" : " jars") + " " + source
        + (added.isEmpty() ? "" : ": " + String.join(", ", added)));
    if (!kept.isEmpty()) {
      System.out.println("The kernel's own copies stay in use: " + String.join(", ", kept));
    }
    reportExtensions(kernel.loadExtensions());
    return null;
  }

  /** The artifactId of a jar in a Maven repository layout ({@code …/artifactId/version/file.jar}). */
  private static String artifactId(Path jar) {
    Path version = jar.getParent();
    Path artifact = version == null ? null : version.getParent();
    return artifact == null ? "" : artifact.getFileName().toString();
  }

  /** The kernel's own jar of {@code artifactId} ({@code artifactId-1.2.3.jar}), or null. */
  private static String ownCopy(String artifactId, List<String> kernelJars) {
    if (artifactId.isEmpty()) {
      return null;
    }
    for (String name : kernelJars) {
      if (name.startsWith(artifactId + "-") && name.length() > artifactId.length() + 1
          && Character.isDigit(name.charAt(artifactId.length() + 1))) {
        return name;
      }
    }
    return null;
  }

  private static List<String> kernelJarNames() {
    List<String> names = new ArrayList<>();
    for (String entry : TablesawStart.classPath().split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        names.add(Path.of(entry).getFileName().toString());
      }
    }
    return names;
  }

  /**
   * {@code %who}: the names of the session's variables on one line; {@code %whos}: a table of
   * name, type and a short value. Arguments keep only variables of those types ({@code %who Table}).
   */
  private static Object who(KolScopeKernel kernel, List<String> types, boolean detailed) {
    List<JShellEvaluator.Variable> vars = new ArrayList<>();
    for (JShellEvaluator.Variable v : kernel.evaluator().variables()) {
      if (types.isEmpty() || types.contains(v.type()) || types.contains(Variables.simpleType(v.type()))) {
        vars.add(v);
      }
    }
    if (vars.isEmpty()) {
      System.out.println(types.isEmpty() ? "No variables defined." : "No variables of type " + String.join(", ", types) + ".");
      return null;
    }
    System.out.print(detailed ? Variables.table(vars) : Variables.names(vars) + "\n");
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
