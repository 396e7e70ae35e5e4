package org.kolscope.kernel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.kolscope.io.TablesawStart;
import org.kolscope.kernel.eval.CellError;
import org.kolscope.kernel.eval.JShellEvaluator;
import org.kolscope.kernel.maven.Maven;
import org.kolscope.kernel.net.KernelConnection;

/**
 * The KOLScope Jupyter kernel: jjava-jupyter speaks the protocol, {@link JShellEvaluator} runs
 * the cells, renderers registered by {@code Extension}s draw the values. Only execute requests
 * evaluate code; completion, inspection and is_complete only analyse it.
 */
public final class KolScopeKernel extends BaseKernel {
  static final String IMPLEMENTATION = "kolscope";
  private static final System.Logger LOG = System.getLogger("org.kolscope.kernel");
  private static final Pattern LINE_MAGIC = Pattern.compile("^[ \\t]*%([A-Za-z_][\\w-]*)(.*)$");
  private static final Pattern CELL_MAGIC = Pattern.compile("\\A\\s*%%([A-Za-z_][\\w-]*)([^\\n]*)(?:\\n(.*))?\\z", Pattern.DOTALL);

  /**
   * Default imports: every toolkit package (so a README snippet needs no import line) and the one
   * JFreeChart type the chart builders return; star imports of packages that do not exist are
   * skipped at startup. No simple name is public in two of these packages
   * ({@code KolScopeKernel_DefaultImportsTest} checks), so none is ambiguous in a cell.
   */
  static final List<String> DEFAULT_IMPORTS = List.of(
      "import java.util.*;",
      "import java.util.stream.*;",
      "import java.nio.file.*;",
      "import tech.tablesaw.api.*;",
      "import tech.tablesaw.columns.*;",
      "import org.jfree.chart.JFreeChart;",
      "import org.kolscope.core.*;",
      "import org.kolscope.io.*;",
      "import org.kolscope.metrics.*;",
      "import org.kolscope.evidence.*;",
      "import org.kolscope.rules.*;",
      "import org.kolscope.stats.*;",
      "import org.kolscope.stats.outliers.*;",
      "import org.kolscope.stats.groups.*;",
      "import org.kolscope.stats.benford.*;",
      "import org.kolscope.stats.regression.*;",
      "import org.kolscope.stats.scaling.*;",
      "import org.kolscope.tiers.*;",
      "import org.kolscope.timing.*;",
      "import org.kolscope.charts.*;",
      "import org.kolscope.report.*;",
      "import org.kolscope.data.*;",
      "import static org.kolscope.kernel.Notebook.*;");

  /**
   * What the kernel is told at startup: where {@code %maven} caches and fetches artifacts, and the
   * README file to link from the frontend's Help menu (null: no link).
   */
  public record Settings(Path mavenLocalRepository, String mavenRemote, Path readme) {
    public static final String MAVEN_CENTRAL = Maven.CENTRAL;

    /** {@code ~/.m2/repository}, Maven Central, no README link. */
    public static Settings defaults() {
      return new Settings(Path.of(System.getProperty("user.home"), ".m2", "repository"), MAVEN_CENTRAL, null);
    }
  }

  /** Stop looking for renderer extensions after this many broken ones (a broken jar, not a loop). */
  private static final int MAX_BROKEN_EXTENSIONS = 20;

  private final KernelIO kio;
  private final Maven maven;
  private final History history = new History();
  private final CompletableFuture<JShellEvaluator> evaluator = new CompletableFuture<>();
  /** Set by the first {@link #startEvaluator()}: one JShell per kernel, however many callers race to start it. */
  private final AtomicBoolean evaluatorStarted = new AtomicBoolean();
  /** True while an execute request is handled; an interrupt then stops the cell even before JShell runs it. */
  private volatile boolean executing;
  private volatile boolean interruptPending;
  private final ScheduledExecutorService flusher;
  private final List<Map<String, Object>> payloads = new ArrayList<>();
  private int currentCell;
  /**
   * Ids of the execute requests that were queued when a cell failed with stop_on_error: they are
   * answered "aborted". Requests sent later, and queued requests that are no cell, run as usual.
   */
  private final Set<String> toAbort = ConcurrentHashMap.newKeySet();
  /** Text for the stderr of the first cell that runs (a startup problem the user must see), or null. */
  private volatile String firstCellNotice;
  private KernelConnection connection;

  private KolScopeKernel(KernelIO io, MagicsRegistry magics, Settings settings) {
    super(IMPLEMENTATION, version(), languageInfo(), helpLinks(settings.readme()),
        null, io, new CommManager(), new Renderer(), null, magics, true,
        new StringStyler.Builder().build());
    this.kio = io;
    this.maven = new Maven(settings.mavenLocalRepository(), settings.mavenRemote());
    this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "kolscope-stream-flusher");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Starts JShell in the background (its compiler's cold first compiles: the default imports);
   * requests that need JShell wait for it. The kernel calls this first thing, so JShell starts
   * while the sockets are set up; kernel_info never waits for it. Only the first call starts one.
   */
  public void startEvaluator() {
    if (!evaluatorStarted.compareAndSet(false, true)) {
      return;
    }
    List<String> classpath = Arrays.asList(TablesawStart.classPath().split(File.pathSeparator));
    Thread t = new Thread(() -> {
      try {
        JShellEvaluator shell = new JShellEvaluator(classpath, DEFAULT_IMPORTS);
        evaluator.complete(shell);
      } catch (Throwable e) {
        evaluator.completeExceptionally(e);
      }
    }, "kolscope-jshell-start");
    t.setDaemon(true);
    t.start();
  }

  /** A kernel with the built-in magics and default settings; call {@link #onStartup()} to load the extensions. */
  public static KolScopeKernel create() {
    return create(Settings.defaults());
  }

  /** A kernel with the built-in magics; call {@link #onStartup()} to load the extensions. */
  public static KolScopeKernel create(Settings settings) {
    MagicsRegistry magics = new MagicsRegistry();
    BuiltinMagics.register(magics);
    return new KolScopeKernel(new KernelIO(), magics, settings);
  }

  /**
   * The Help menu's links: the README shipped with the kernel (a file, when there is one) and
   * the documentation of Tablesaw and JFreeChart, API pages for the versions on the class path.
   * Every URL points at a page that exists (javadoc.io serves the javadoc jars published to Maven
   * Central for these exact versions).
   */
  static List<HelpLink> helpLinks(Path readme) {
    List<HelpLink> links = new ArrayList<>();
    if (readme != null && Files.isRegularFile(readme)) {
      links.add(new HelpLink("KOLScope README", readme.toAbsolutePath().normalize().toUri().toString()));
    }
    links.add(new HelpLink("Tablesaw user guide", "https://jtablesaw.github.io/tablesaw/"));
    links.add(new HelpLink("Tablesaw API", javadocIo("tech.tablesaw", "tablesaw-core")));
    links.add(new HelpLink("JFreeChart", "https://www.jfree.org/jfreechart/"));
    links.add(new HelpLink("JFreeChart API", javadocIo("org.jfree", "jfreechart")));
    return List.copyOf(links);
  }

  /** javadoc.io's page for the version of {@code group:artifact} on the class path (its latest if unknown). */
  private static String javadocIo(String group, String artifact) {
    String base = "https://javadoc.io/doc/" + group + "/" + artifact;
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = KolScopeKernel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && v.matches("[0-9A-Za-z.\\-]+")) {
          return base + "/" + v;
        }
      }
    } catch (IOException e) {
      // fall through to the unversioned page
    }
    return base;
  }

  /** Shows {@code text} on the stderr of the first cell that runs (once). */
  public void noticeOnFirstCell(String text) {
    firstCellNotice = text;
  }

  Maven maven() {
    return maven;
  }

  static String version() {
    String v = KolScopeKernel.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static LanguageInfo languageInfo() {
    return new LanguageInfo.Builder("java")
        .version(Runtime.version().toString())
        .mimetype("text/x-java")
        .fileExtension(".java")
        .pygments("java")
        .codemirror("java")
        .build();
  }

  KernelIO io() {
    return kio;
  }

  JShellEvaluator evaluator() {
    startEvaluator();
    return evaluator.join();
  }

  /** Adds a page payload (shown by the frontend's pager) to the current execute reply. */
  void page(String text) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("source", "page");
    p.put("data", Map.of("text/plain", text));
    p.put("start", 0);
    payloads.add(p);
  }

  void addToClasspath(String path) {
    evaluator().addToClasspath(path);
  }

  /**
   * Installs the {@code Extension}s (renderers) of jars added to the cells' class path, found by
   * ServiceLoader in the cells' class loader, so they render the very classes cells use. Those
   * already installed are skipped; one that fails is reported and the others still load.
   *
   * @return the class names of the extensions installed now
   */
  List<String> loadExtensions() {
    List<String> installed = new ArrayList<>();
    Iterator<ServiceLoader.Provider<Extension>> found =
        ServiceLoader.load(Extension.class, evaluator().classLoader()).stream().iterator();
    for (int broken = 0; broken < MAX_BROKEN_EXTENSIONS; ) {
      ServiceLoader.Provider<Extension> provider;
      try {
        if (!found.hasNext()) {
          break;
        }
        provider = found.next();
      } catch (ServiceConfigurationError e) {
        broken++;
        System.err.println("A renderer extension could not be loaded: " + e.getMessage());
        continue;
      }
      String name = provider.type().getName();
      if (extensions.containsKey(name)) {
        continue;
      }
      try {
        installExtension(provider.get());
        installed.add(name);
      } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
        broken++;
        System.err.println("Renderer extension " + name + " failed to install: " + e);
      }
    }
    return installed;
  }

  /** Renders {@code value}; with MIME types, only those (plus text/plain) are produced. */
  DisplayData renderValue(Object value, String... mimeTypes) {
    if (value == JShellEvaluator.NULL || value == null) {
      return new DisplayData("null");
    }
    try {
      return mimeTypes.length == 0 ? getRenderer().render(value) : getRenderer().renderAs(value, mimeTypes);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "renderer failed for " + value.getClass().getName(), e);
      return new DisplayData(String.valueOf(value));
    }
  }

  // ---------------------------------------------------------------- evaluation

  /** Runs a cell's code: magics by the kernel, Java by JShell; the final value if any. */
  Optional<Object> runCode(String code) {
    Matcher cell = CELL_MAGIC.matcher(code);
    if (cell.matches()) {
      String body = cell.group(3) == null ? "" : cell.group(3);
      try {
        return Optional.ofNullable(magicsRegistry.evalCellMagic(this, cell.group(1), splitArgs(cell.group(2)), body));
      } catch (UndefinedMagicException e) {
        throw unknownMagic("%%" + cell.group(1));
      } catch (CellError e) {
        throw e;
      } catch (Exception e) {
        throw magicFailed("%%" + cell.group(1), e);
      }
    }
    Optional<Object> last = Optional.empty();
    StringBuilder java = new StringBuilder();
    String[] lines = code.split("\n", -1);
    for (String line : lines) {
      Matcher m = LINE_MAGIC.matcher(line);
      if (!m.matches()) {
        java.append(line).append('\n');
        continue;
      }
      if (!java.toString().isBlank()) {
        last = evalJava(java.toString());
      }
      java.setLength(0);
      java.append('\n');  // keep line numbers of later Java lines
      String name = m.group(1);
      List<String> args = "time".equals(name) ? List.of(m.group(2).strip()) : splitArgs(m.group(2));
      try {
        last = Optional.ofNullable(magicsRegistry.evalLineMagic(this, name, args));
      } catch (UndefinedMagicException e) {
        throw unknownMagic("%" + name);
      } catch (CellError e) {
        throw e;
      } catch (Exception e) {
        throw magicFailed("%" + name, e);
      }
    }
    if (!java.toString().isBlank()) {
      last = evalJava(java.toString());
    }
    return last;
  }

  private Optional<Object> evalJava(String java) {
    JShellEvaluator ev = evaluator();
    if (interruptPending) {
      throw CellError.interrupted();
    }
    return ev.eval(java, currentCell);
  }

  private CellError unknownMagic(String name) {
    String msg = name + " is not a magic of this kernel (" + BuiltinMagics.listing(magicsRegistry).replace('\n', ';') + ")";
    return new CellError("UnknownMagic", msg, List.of("UnknownMagic: " + msg, "Try %lsmagic or %help."));
  }

  private static CellError magicFailed(String name, Exception e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CellError("MagicError", name + ": " + msg, List.of("MagicError in " + name + ": " + msg));
  }

  /** Splits magic arguments on blanks, keeping "quoted parts" together. */
  static List<String> splitArgs(String raw) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : raw.strip().toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          out.add(cur.toString());
        }
        cur.setLength(0);
        any = false;
      } else {
        cur.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(cur.toString());
    }
    return out;
  }

  @Override
  public Object evalRaw(String source) {
    return runCode(source).orElse(null);
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    return evaluator().inspect(code, at, extraDetail).map(DisplayData::new).orElse(null);
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    JShellEvaluator.Completion c = evaluator().complete(code, at);
    return new ReplacementOptions(c.matches(), c.start(), c.end());
  }

  @Override
  public String isComplete(String code) {
    StringBuilder java = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      if (!LINE_MAGIC.matcher(line).matches()) {
        java.append(line).append('\n');
      }
    }
    if (CELL_MAGIC.matcher(code).matches()) {
      return IS_COMPLETE_YES;
    }
    JShellEvaluator.IsComplete verdict = evaluator().isComplete(java.toString());
    return switch (verdict.status()) {
      case "complete" -> IS_COMPLETE_YES;
      case "invalid" -> IS_COMPLETE_BAD;
      default -> verdict.indent();
    };
  }

  @Override
  public void interrupt() {
    if (executing) {
      // also when the request has not reached JShell yet (setting up, a magic, JShell still
      // starting): the cell's next Java piece then stops before it runs
      interruptPending = true;
    }
    if (evaluator.isDone()) {
      evaluator.join().stop();
    }
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    interrupt();
    super.onShutdown(isRestarting);
    flusher.shutdownNow();
  }

  // ---------------------------------------------------------------- protocol handlers

  @Override
  public void becomeHandlerForConnection(JupyterConnection connection) {
    super.becomeHandlerForConnection(connection);
    if (connection instanceof KernelConnection kc) {
      this.connection = kc;
    }
    connection.setHandler(MessageType.EXECUTE_REQUEST, this::onExecute);
    connection.setHandler(MessageType.KERNEL_INFO_REQUEST, this::onKernelInfo);
    connection.setHandler(MessageType.SHUTDOWN_REQUEST, this::onShutdownRequest);
    connection.setHandler(MessageType.INTERRUPT_REQUEST, this::onInterrupt);
    connection.setHandler(MessageType.HISTORY_REQUEST, this::onHistory);
  }

  private void onKernelInfo(ShellReplyEnvironment env, Message<KernelInfoRequest> msg) {
    env.setBusyDeferIdle();
    Map<String, Object> li = new LinkedHashMap<>();
    li.put("name", "java");
    li.put("version", Runtime.version().toString());
    li.put("mimetype", "text/x-java");
    li.put("file_extension", ".java");
    li.put("pygments_lexer", "java");
    li.put("codemirror_mode", "java");
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("status", "ok");
    c.put("protocol_version", Header.PROTOCOL_VERISON);
    c.put("implementation", IMPLEMENTATION);
    c.put("implementation_version", version());
    c.put("language_info", li);
    c.put("banner", "KOLScope " + version() + " — Java " + Runtime.version() + " (JShell), toolkit and Tablesaw preloaded. %help for help.");
    c.put("debugger", false);
    List<Map<String, String>> links = new ArrayList<>();
    for (HelpLink h : getHelpLinks()) {
      links.add(Map.of("text", h.getText(), "url", h.getUrl()));
    }
    c.put("help_links", links);
    KernelIO.replyRaw(env, MessageType.KERNEL_INFO_REPLY, c);
  }

  private void onInterrupt(ShellReplyEnvironment env, Message<InterruptRequest> msg) {
    env.setBusyDeferIdle();
    interrupt();
    KernelIO.replyRaw(env, MessageType.INTERRUPT_REPLY, Map.of("status", "ok"));
  }

  private void onShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> msg) {
    env.setBusyDeferIdle();
    boolean restart = msg.getContent().isRestart();
    KernelIO.replyRaw(env, MessageType.SHUTDOWN_REPLY, Map.of("status", "ok", "restart", restart));
    onShutdown(restart);
    env.resolveDeferrals();
    env.markForShutdown();
  }

  private void onHistory(ShellReplyEnvironment env, Message<HistoryRequest> msg) {
    env.setBusyDeferIdle();
    HistoryRequest r = msg.getContent();
    List<History.Entry> entries = switch (r.getAccessType()) {
      case TAIL -> history.tail(((HistoryRequest.Tail) r).getMaxReturnLength());
      case RANGE -> {
        HistoryRequest.Range range = (HistoryRequest.Range) r;
        yield history.range(range.getSessionIndex(), range.getStart(), range.getStop());
      }
      case SEARCH -> {
        HistoryRequest.Search s = (HistoryRequest.Search) r;
        yield history.search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique());
      }
    };
    List<List<Object>> rows = new ArrayList<>();
    for (History.Entry e : entries) {
      Object io = r.includeOutput() ? Arrays.asList(e.input(), e.output()) : e.input();
      rows.add(Arrays.asList(History.SESSION, e.line(), io));
    }
    KernelIO.replyRaw(env, MessageType.HISTORY_REPLY, Map.of("status", "ok", "history", rows));
  }

  private synchronized void onExecute(ShellReplyEnvironment env, Message<ExecuteRequest> msg) {
    commManager.setMessageContext(msg);
    ExecuteRequest req = msg.getContent();
    if (toAbort.remove(msg.getHeader().getId())) {
      env.setBusyDeferIdle();
      KernelIO.replyRaw(env, MessageType.EXECUTE_REPLY, Map.of("status", "aborted", "execution_count", executionCount.get()));
      return;
    }
    boolean silent = req.isSilent();
    boolean store = req.shouldStoreHistory() && !silent;
    interruptPending = false;
    executing = true;
    try {
      execute(env, req, silent, store);
    } finally {
      executing = false;
    }
  }

  private void execute(ShellReplyEnvironment env, ExecuteRequest req, boolean silent, boolean store) {
    int count = store ? executionCount.getAndIncrement() : executionCount.get();
    currentCell = count;
    payloads.clear();
    env.setBusyDeferIdle();
    if (!silent) {
      env.publish(new PublishExecuteInput(req.getCode(), count));
    }
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    System.setOut(kio.out);
    System.setErr(kio.err);
    System.setIn(kio.in);
    kio.attach(env, req.isStdinEnabled());
    ScheduledFuture<?> streaming = flusher.scheduleAtFixedRate(kio::flush, 100, 100, TimeUnit.MILLISECONDS);
    Map<String, Object> error = null;
    String outputText = null;
    Map<String, Object> userExpressions = Map.of();
    try {
      String notice = firstCellNotice;
      if (notice != null && !silent) {
        firstCellNotice = null;
        System.err.print(notice);
        kio.flush();
      }
      Optional<Object> value = runCode(req.getCode());
      streaming.cancel(false);
      kio.flush();
      if (value.isPresent() && !silent) {
        DisplayData data = renderValue(value.get());
        Object text = data.getData(MIMEType.TEXT_PLAIN);
        outputText = text == null ? null : text.toString();
        env.publish(new PublishExecuteResult(count, data));
      }
      userExpressions = userExpressions(req.getUserExpr(), count);
    } catch (CellError e) {
      error = errorContent(e.ename(), e.evalue(), e.traceback());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(System.Logger.Level.WARNING, "cell " + count + " failed inside the kernel", e);
      String m = e.getMessage() == null ? "" : e.getMessage();
      error = errorContent(e.getClass().getName(), m, List.of(e.getClass().getName() + ": " + m));
    } finally {
      streaming.cancel(false);
      kio.detach(env);
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
    if (store) {
      history.add(count, req.getCode(), outputText);
    }
    if (error != null) {
      // exactly the cells queued now, before the client can see the error and send more
      if (req.shouldStopOnError() && connection != null) {
        for (Message<?> queued : connection.queuedShellRequests()) {
          if (queued.getHeader().getType() == MessageType.EXECUTE_REQUEST) {
            toAbort.add(queued.getHeader().getId());
          }
        }
      }
      KernelIO.publishRaw(env, MessageType.PUBLISH_ERROR, error);
      Map<String, Object> reply = new LinkedHashMap<>(error);
      reply.put("status", "error");
      reply.put("execution_count", count);
      KernelIO.replyRaw(env, MessageType.EXECUTE_REPLY, reply);
      return;
    }
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("status", "ok");
    reply.put("execution_count", count);
    reply.put("payload", new ArrayList<>(payloads));
    reply.put("user_expressions", userExpressions);
    KernelIO.replyRaw(env, MessageType.EXECUTE_REPLY, reply);
  }

  /**
   * The messaging spec's {@code user_expressions}: after the code ran without error, each
   * expression is evaluated and answered with a mime bundle ({@code status ok, data, metadata})
   * or an error ({@code status error, ename, evalue, traceback}); one failing does not fail the
   * cell or the others. They are not counted, not kept in history and leave no variable behind.
   */
  Map<String, Object> userExpressions(Map<String, String> expressions, int cell) {
    if (expressions == null || expressions.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : expressions.entrySet()) {
      try {
        Object value = evaluator().evalExpression(e.getValue() == null ? "" : e.getValue(), cell);
        out.put(e.getKey(), new ExpressionOk(renderValue(value)));
      } catch (CellError err) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", "error");
        v.put("ename", err.ename());
        v.put("evalue", err.evalue());
        v.put("traceback", err.traceback());
        out.put(e.getKey(), v);
      }
    }
    return out;
  }

  /** A mime bundle with {@code "status": "ok"}, serialised as {@code {status, data, metadata}}. */
  static final class ExpressionOk extends DisplayData {
    @SuppressWarnings("unused")  // read by Gson
    private final String status = "ok";

    ExpressionOk(DisplayData data) {
      super(data);
    }
  }

  private static Map<String, Object> errorContent(String ename, String evalue, List<String> traceback) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("ename", ename);
    c.put("evalue", evalue);
    List<String> tb = new ArrayList<>();
    if (!traceback.isEmpty()) {
      tb.add("\u001b[0;31m" + traceback.get(0) + "\u001b[0m");
      tb.addAll(traceback.subList(1, traceback.size()));
    }
    c.put("traceback", tb);
    return c;
  }
}
