package org.kolscope.kernel.eval;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Evaluates notebook cells with JShell in this JVM. Values stay objects (for rendering);
 * {@link #stop()} ends a running cell, tight loops included; errors come back as
 * {@link CellError} with compile positions or a trimmed stack trace.
 */
public final class JShellEvaluator implements AutoCloseable {
  /** Where a snippet came from, for mapping JShell's {@code #id:line} frames to cell lines. */
  private record Origin(int cell, int firstLine) {}

  private final JShell shell;
  private final CapturingExecutionControl.Provider provider = new CapturingExecutionControl.Provider();
  private final Map<String, Origin> origins = new ConcurrentHashMap<>();
  private final List<String> imports = new ArrayList<>();
  private final Javadocs javadocs = new Javadocs();
  private volatile Snippet lastSnippet;
  private volatile boolean stopRequested;
  private volatile boolean running;
  private volatile long generation;

  /**
   * A JShell on {@code classpath} (entries added for compiling and loading) with the given
   * imports; an import whose package does not exist is skipped, never an error.
   */
  public JShellEvaluator(List<String> classpath, List<String> defaultImports) {
    this.shell = JShell.builder()
        .executionEngine(provider, Map.of())
        .compilerOptions("-Xlint:-options", "-proc:none")
        .build();
    // in one call: each call makes JShell's compiler take its whole class path option again and
    // drop its pooled compiler contexts
    String existing = classpath.stream()
        .filter(entry -> !entry.isBlank() && new File(entry).exists())
        .collect(Collectors.joining(File.pathSeparator));
    if (!existing.isEmpty()) {
      shell.addToClasspath(existing);
    }
    for (String imp : defaultImports) {
      List<SnippetEvent> events = shell.eval(imp);
      if (!events.isEmpty() && events.get(0).status() == Snippet.Status.VALID) {
        imports.add(imp);
      }
    }
  }

  /** The default imports that took effect. */
  public List<String> imports() {
    return List.copyOf(imports);
  }

  /** Adds a jar or directory for compiling and loading later cells. */
  public void addToClasspath(String path) {
    shell.addToClasspath(path);
  }

  /**
   * The loader of cell code: snippet classes and everything added with {@link #addToClasspath},
   * over the kernel's class path. Extensions found here render the classes cells use.
   */
  public ClassLoader classLoader() {
    return provider.control().classLoader();
  }

  /** A variable of the session: name, declared type (as written by JShell) and current value. */
  public record Variable(String name, String type, Object value) {}

  /**
   * The session's variables that hold a value, by name; JShell's temporaries ({@code $1}, …)
   * are left out.
   */
  public synchronized List<Variable> variables() {
    CapturingExecutionControl control = provider.control();
    return shell.variables()
        .filter(v -> shell.status(v) == Snippet.Status.VALID && !v.name().startsWith("$"))
        .map(v -> new Variable(v.name(), v.typeName(), control.peek(shell, v)))
        .sorted(Comparator.comparing(Variable::name))
        .collect(Collectors.toList());
  }

  /**
   * Evaluates one expression (a {@code user_expressions} entry) and returns its value; the
   * temporary variable JShell makes for it is dropped again. Anything but a single expression
   * with a value (a declaration, a statement, a void call, several snippets) is refused unrun.
   *
   * @throws CellError when it is not an expression or fails to compile or run
   */
  public synchronized Object evalExpression(String expression, int cellNumber) {
    String source = expression.strip();
    List<Snippet> planned = source.isEmpty() ? List.of() : shell.sourceCodeAnalysis().sourceToSnippets(source);
    if (planned.size() != 1 || !(shows(planned.get(0)) || erroneousExpression(source))) {
      String msg = "not a single expression with a value: " + source;
      throw new CellError("NotAnExpression", msg, List.of("NotAnExpression: " + msg));
    }
    lastSnippet = null;
    Optional<Object> value = eval(source, cellNumber);
    Snippet made = lastSnippet;
    if (made instanceof VarSnippet && made.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      shell.drop(made);
    }
    return value.orElse(NULL);
  }

  /** True while a cell runs. */
  public boolean isRunning() {
    return running;
  }

  /**
   * Runs {@code cell} (number {@code cellNumber} for error messages) snippet by snippet and
   * returns the value of a final expression, if any.
   *
   * @throws CellError on a compile error, an exception, an interrupt or a blocked exit
   */
  public synchronized Optional<Object> eval(String cell, int cellNumber) {
    generation++;
    stopRequested = false;
    running = true;
    try {
      Object last = CapturingExecutionControl.NO_VALUE;
      for (CellSource.Piece piece : CellSource.split(shell.sourceCodeAnalysis(), cell)) {
        last = evalPiece(cell, cellNumber, piece);
      }
      return last == CapturingExecutionControl.NO_VALUE ? Optional.empty() : Optional.of(nullBox(last));
    } finally {
      running = false;
    }
  }

  /** Marker for a final expression whose value is {@code null}. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static Object nullBox(Object v) {
    return v == null ? NULL : v;
  }

  private Object evalPiece(String cell, int cellNumber, CellSource.Piece piece) {
    CapturingExecutionControl control = provider.control();
    control.takeLastValue();
    List<SnippetEvent> events = stopRequested ? List.of() : shell.eval(piece.source());
    if (stopRequested) {
      throw CellError.interrupted();
    }
    Object value = control.takeLastValue();
    Object result = CapturingExecutionControl.NO_VALUE;
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      lastSnippet = snippet;
      origins.put(snippet.id(), new Origin(cellNumber, CellSource.lineColumn(cell, piece.offset())[0]));
      if (event.status() == Snippet.Status.REJECTED) {
        throw compileError(cell, cellNumber, piece, snippet);
      }
      if (event.exception() != null) {
        throw runtimeError(event.exception());
      }
      if (shows(snippet)) {
        result = value;
      }
    }
    return result;
  }

  /**
   * JShell plans both an expression it cannot type ({@code nosuch + 1}) and a declaration
   * without its semicolon ({@code int x = 1}) as ERRONEOUS; with a semicolon added the latter
   * becomes a declaration. The former is evaluated, so the user sees the compile error.
   */
  private boolean erroneousExpression(String source) {
    List<Snippet> planned = shell.sourceCodeAnalysis().sourceToSnippets(source);
    if (planned.size() != 1 || planned.get(0).kind() != Snippet.Kind.ERRONEOUS) {
      return false;
    }
    List<Snippet> withSemicolon = shell.sourceCodeAnalysis().sourceToSnippets(source + ";");
    return withSemicolon.size() == 1 && withSemicolon.get(0).kind() == Snippet.Kind.ERRONEOUS;
  }

  private static boolean shows(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.EXPRESSION
        || (snippet instanceof VarSnippet
            && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
  }

  private CellError compileError(String cell, int cellNumber, CellSource.Piece piece, Snippet snippet) {
    List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
    if (diags.isEmpty()) {
      String why = piece.completeness().isComplete() ? "the snippet was rejected" : "incomplete code";
      int[] lc = CellSource.lineColumn(cell, piece.offset());
      return new CellError("CompilationError", why,
          caretLines(cell, cellNumber, lc[0], lc[1], piece.offset(), cell.length(), why));
    }
    List<String> lines = new ArrayList<>();
    String first = null;
    for (Diag d : diags) {
      String msg = d.getMessage(Locale.ROOT).strip();
      if (first == null) {
        first = msg.lines().findFirst().orElse(msg);
      }
      long p = d.getStartPosition() == Diag.NOPOS ? d.getPosition() : d.getStartPosition();
      long e = d.getEndPosition() == Diag.NOPOS ? p + 1 : d.getEndPosition();
      int start = clamp(piece.offset() + (int) Math.max(0, p), cell.length());
      int end = clamp(piece.offset() + (int) Math.max(p + 1, e), cell.length());
      int[] lc = CellSource.lineColumn(cell, start);
      lines.addAll(caretLines(cell, cellNumber, lc[0], lc[1], start, end, msg));
    }
    return new CellError("CompilationError", first, lines);
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(v, max));
  }

  /** "cell [n] line L, column C: message", the source line and a caret run under the span. */
  static List<String> caretLines(String cell, int cellNumber, int line, int col, int start, int end, String msg) {
    List<String> out = new ArrayList<>();
    List<String> msgLines = msg.lines().toList();
    out.add("cell [" + cellNumber + "] line " + line + ", column " + col + ": " + (msgLines.isEmpty() ? "" : msgLines.get(0)));
    int lineStart = cell.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    if (start > 0 && cell.charAt(start - 1) == '\n') {
      lineStart = start;
    }
    int lineEnd = cell.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = cell.length();
    }
    String text = cell.substring(lineStart, lineEnd);
    int caretFrom = Math.max(0, start - lineStart);
    int caretTo = Math.max(caretFrom + 1, Math.min(end, lineEnd) - lineStart);
    out.add("    " + text);
    out.add("    " + " ".repeat(caretFrom) + "^".repeat(caretTo - caretFrom));
    for (String extra : msgLines.subList(Math.min(1, msgLines.size()), msgLines.size())) {
      out.add("    " + extra.strip());
    }
    return out;
  }

  private CellError runtimeError(JShellException ex) {
    if (ex instanceof UnresolvedReferenceException u) {
      String what = u.getSnippet().toString();
      return new CellError("UnresolvedReference", "called code that refers to an undefined name",
          List.of("UnresolvedReference: the code uses a definition that is not complete yet: " + what));
    }
    String cls = ex instanceof EvalException e ? e.getExceptionClassName() : ex.getClass().getName();
    String message = ex.getMessage() == null ? "" : ex.getMessage();
    if (ExitGuard.ExitBlocked.class.getName().equals(cls)) {
      return new CellError("SystemExit", message, List.of("SystemExit: " + message));
    }
    List<String> lines = new ArrayList<>();
    describe(ex, lines, "");
    return new CellError(cls, message, lines);
  }

  private void describe(JShellException ex, List<String> lines, String prefix) {
    String cls = ex instanceof EvalException e ? e.getExceptionClassName() : ex.getClass().getName();
    lines.add(prefix + cls + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
    StackTraceElement[] frames = ex.getStackTrace();
    int lastUser = -1;
    for (int i = 0; i < frames.length; i++) {
      if (isSnippetFrame(frames[i])) {
        lastUser = i;
      }
    }
    int keep = lastUser >= 0 ? lastUser + 1 : Math.min(frames.length, 12);
    for (int i = 0; i < keep; i++) {
      lines.add("    at " + frameText(frames[i]));
    }
    if (keep < frames.length) {
      lines.add("    ... " + (frames.length - keep) + " kernel frames hidden");
    }
    Throwable cause = ex.getCause();
    if (cause instanceof JShellException c) {
      describe(c, lines, "Caused by: ");
    }
  }

  private static boolean isSnippetFrame(StackTraceElement f) {
    return f.getFileName() != null && f.getFileName().startsWith("#");
  }

  private String frameText(StackTraceElement f) {
    if (!isSnippetFrame(f)) {
      return f.toString();
    }
    Origin o = origins.get(f.getFileName().substring(1));
    String name = f.getMethodName();
    String method = name.isEmpty() || name.startsWith("do_it$") ? "cell code" : simpleClass(f.getClassName()) + name;
    if (o == null) {
      return method + " (snippet " + f.getFileName() + ", line " + f.getLineNumber() + ")";
    }
    return method + " (cell [" + o.cell() + "] line " + (o.firstLine() + Math.max(1, f.getLineNumber()) - 1) + ")";
  }

  private static String simpleClass(String className) {
    int dollar = className.lastIndexOf('$');
    String tail = dollar < 0 ? "" : className.substring(dollar + 1);
    return tail.isEmpty() || tail.startsWith("JShell") || Character.isDigit(tail.charAt(0)) ? "" : tail + ".";
  }

  /** Stops the running cell, if any (message- and signal-mode interrupts end up here). */
  public void stop() {
    if (!running || stopRequested) {
      return;
    }
    stopRequested = true;
    // JShell only stops code that is already running; the cell may still be compiling, so
    // keep asking until the cell has ended.
    long target = generation;
    Thread stopper = new Thread(() -> {
      while (running && generation == target) {
        shell.stop();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "kolscope-stopper");
    stopper.setDaemon(true);
    stopper.start();
  }

  /** Completion candidates for the code at {@code cursor}: matches and the replaced range. */
  public record Completion(List<String> matches, int start, int end) {}

  /** Completion from JShell's source analysis for the snippet around {@code cursor}. */
  public Completion complete(String code, int cursor) {
    int at = clamp(cursor, code.length());
    int start = snippetStart(code, at);
    String text = code.substring(start, at);
    int[] anchor = new int[1];
    List<Suggestion> suggestions = shell.sourceCodeAnalysis().completionSuggestions(text, text.length(), anchor);
    boolean anyTyped = suggestions.stream().anyMatch(Suggestion::matchesType);
    Set<String> matches = new LinkedHashSet<>();
    for (Suggestion s : suggestions) {
      if (!anyTyped || s.matchesType()) {
        matches.add(s.continuation());
      }
    }
    return new Completion(List.copyOf(matches), start + anchor[0], at);
  }

  /** Signature(s) and Javadoc (where the sources are available) of what is at {@code cursor}. */
  public Optional<String> inspect(String code, int cursor) {
    return inspect(code, cursor, false);
  }

  /**
   * Signature(s) of what is at {@code cursor}, with the Javadoc of the KOLScope toolkit's and
   * kernel's own classes and members (their sources ship inside the kernel jar); with
   * {@code withSource} (Jupyter's detail level 1) also their source code.
   */
  public Optional<String> inspect(String code, int cursor, boolean withSource) {
    int at = clamp(cursor, code.length());
    int end = at;
    while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
      end++;
    }
    int start = snippetStart(code, at);
    SourceCodeAnalysis sca = shell.sourceCodeAnalysis();
    String text = code.substring(start, end);
    List<Documentation> docs = sca.documentation(text, text.length(), true);
    if (docs.isEmpty() && !text.endsWith("(")) {
      docs = sca.documentation(text + "(", text.length() + 1, true);
    }
    if (docs.isEmpty()) {
      String type = sca.analyzeType(text, text.length());
      return type == null || type.isBlank() ? Optional.empty() : Optional.of(text.strip() + " : " + type);
    }
    StringBuilder sb = new StringBuilder();
    for (Documentation d : docs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(d.signature());
      String javadoc = d.javadoc();
      Optional<Javadocs.Doc> own = javadocs.find(d.signature(), name -> resolveType(sca, name));
      if ((javadoc == null || javadoc.isBlank()) && own.isPresent()) {
        javadoc = own.get().text();
      }
      if (javadoc != null && !javadoc.isBlank()) {
        sb.append("\n\n").append(javadoc.strip());
      }
      if (withSource && own.isPresent() && own.get().source() != null) {
        sb.append("\n\nSource (").append(own.get().file()).append("):\n").append(own.get().source());
      }
    }
    return Optional.of(sb.toString());
  }

  /**
   * The fully qualified name of a type as the cells see it ({@code MannWhitney} → its package),
   * or, for a class whose members are imported statically ({@code Notebook}), that class; null
   * if neither.
   */
  private String resolveType(SourceCodeAnalysis sca, String name) {
    List<Documentation> docs = sca.documentation(name, name.length(), false);
    for (Documentation d : docs) {
      String sig = d.signature();
      if (!sig.contains(" ") && !sig.contains("(")) {
        return sig;
      }
    }
    for (String imp : imports) {
      String target = imp.replace("import static ", "").replace("import ", "").replace(";", "").strip();
      if (imp.startsWith("import static ") && target.endsWith("." + name + ".*")) {
        return target.substring(0, target.length() - 2);
      }
    }
    return null;
  }

  private int snippetStart(String code, int at) {
    String prefix = code.substring(0, at);
    List<CellSource.Piece> pieces = CellSource.split(shell.sourceCodeAnalysis(), prefix);
    return pieces.isEmpty() ? at : pieces.get(pieces.size() - 1).offset();
  }

  /**
   * Jupyter's is_complete answer: {@code "complete"}, {@code "invalid"}, or the indent for the
   * next line when more input is needed (an empty string counts as "incomplete, no indent").
   */
  public IsComplete isComplete(String code) {
    String rest = code;
    while (!rest.isBlank()) {
      CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
      Completeness c = info.completeness();
      if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
        return new IsComplete("incomplete", "    ".repeat(Math.max(0, depth(code))));
      }
      if (c == Completeness.UNKNOWN) {
        return new IsComplete("invalid", "");
      }
      if (c == Completeness.EMPTY || info.remaining().length() >= rest.length()) {
        break;
      }
      rest = info.remaining();
    }
    return new IsComplete("complete", "");
  }

  /** An is_complete verdict and, when incomplete, the indent to offer. */
  public record IsComplete(String status, String indent) {}

  private static int depth(String code) {
    int d = 0;
    for (char c : code.toCharArray()) {
      if (c == '{' || c == '(') {
        d++;
      } else if (c == '}' || c == ')') {
        d--;
      }
    }
    return d;
  }

  @Override
  public void close() {
    shell.close();
  }
}
