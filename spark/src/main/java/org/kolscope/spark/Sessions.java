package org.kolscope.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.apache.spark.sql.SparkSession;

/** Spark sessions as KOLScope starts them. */
public final class Sessions {
  /** Where Spark runs when nobody says: every core of this machine. */
  public static final String DEFAULT_MASTER = "local[*]";
  /** System property naming the jar the executors get (default: {@link #clusterJar()}). */
  public static final String CLUSTER_JAR = "kolscope.spark.clusterJar";

  private Sessions() {}

  /**
   * The session: at {@code master} if given, else at the master spark-submit set ({@code
   * spark.master}), else {@link #DEFAULT_MASTER}. Spark's UI is off (a port per run is of no use
   * to a command) and its log says warnings only.
   *
   * <p>At a master whose executors are other JVMs ({@code spark://…}, {@code k8s://…}, {@code
   * local-cluster[…]}, {@code yarn} under spark-submit) and when nobody named the jars to ship
   * ({@code spark.jars}, as spark-submit does), the executors get {@code
   * kolscope-spark-VERSION-cluster.jar}: KOLScope and what a Spark distribution lacks, with Guava
   * moved aside (the distribution's own Guava comes first on the executors' class path; Spark 3.5's
   * Guava 14 failed Tablesaw). Without it every task failed there, the executors not knowing
   * KOLScope's classes. At {@code yarn} given here ({@code kolscope … --master yarn}, YARN's client
   * mode), the containers get this JVM's own jars instead ({@link #yarnJars}), after a check that
   * the cluster's configuration can be found ({@link #checkYarnConfiguration}).
   *
   * @throws IllegalArgumentException if Spark has no way to run at {@code master} ({@link
   *     #checkMaster})
   * @throws IllegalStateException if such a master is asked for and the cluster jar is not built,
   *     or Spark could not start there
   */
  public static SparkSession start(String master, String appName) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC");
    // spark-submit's master (a system property Spark's configuration reads) unless one is given
    boolean given = master != null && !master.isBlank();
    String at = given ? master : System.getProperty("spark.master", DEFAULT_MASTER);
    checkMaster(at);
    b.master(at);
    // YARN from kolscope's --master (under spark-submit, spark-submit has checked the
    // configuration and chosen the jars): the containers get this JVM's own jars, KOLScope's too
    String yarnJars = null;
    if (given && isYarn(at)) {
      checkYarnConfiguration(at, System.getenv());
      yarnJars = yarnJars(System.getProperty("java.class.path", ""));
    }
    if (yarnJars != null) {
      b.config("spark.yarn.jars", yarnJars);
    } else if (executorsElsewhere(at) && System.getProperty("spark.jars") == null) {
      b.config("spark.jars", clusterJar().toString());
    }
    SparkSession s;
    try {
      s = b.getOrCreate();
    } catch (Exception e) { // SparkException is checked, and Scala throws it undeclared
      throw cannotStart(at, e);
    }
    s.sparkContext().setLogLevel("WARN");
    return s;
  }

  /**
   * The failure to start at {@code master}, in words that name it: at a master that does not
   * answer, Spark retries for about a minute, stops the session, and the next job fails with
   * "LiveListenerBus is stopped.", which says nothing of the master ({@link SparkEngine}).
   */
  static IllegalStateException cannotStart(String master, Exception e) {
    return new IllegalStateException("Spark could not start at master " + master
        + (executorsElsewhere(master) ? " (no master answered there, or it refused the application; "
            + "Spark's log above says which)" : "") + ": " + e.getMessage(), e);
  }

  private static final java.util.regex.Pattern BUILT_IN = java.util.regex.Pattern.compile(
      "local|local\\[([0-9]+|\\*)(\\s*,\\s*[0-9]+)?]"
          + "|local-cluster\\[\\s*[0-9]+\\s*,\\s*[0-9]+\\s*,\\s*[0-9]+\\s*]|spark://.+");

  /**
   * Checks, before Spark starts, that it can run at {@code master}: one of the masters Spark core
   * runs itself ({@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}, {@code
   * local-cluster[N,C,M]}, {@code spark://…}) or one a cluster manager on the class path accepts
   * (Spark's {@code ExternalClusterManager} services, as Spark looks them up). Spark's own failure
   * is "Could not parse Master URL" after a stack trace in its log; for {@code yarn} or {@code
   * k8s://…} it means that Spark's module for it is not on the class path, which is the case in
   * this build: the message then says how to run there (the cluster jar with the cluster's own
   * spark-submit, which has the module).
   *
   * @throws IllegalArgumentException if no one can run at {@code master}, naming it and what to do
   */
  static void checkMaster(String master) {
    String m = master.strip();
    if (BUILT_IN.matcher(m).matches() || managerFor(m)) {
      return;
    }
    String submit = "submit the cluster jar with the cluster's own spark-submit, which has it: "
        + "spark-submit --class " + AuditJob.class.getName() + " --master " + m
        + " spark/target/kolscope-spark-VERSION-cluster.jar ARGUMENTS-OF-KOLSCOPE-AUDIT (README, \"Past one machine\")";
    if (isYarn(m)) { // yarn-client and yarn-cluster: Spark 1's names, which Spark 2 dropped
      throw new IllegalArgumentException("--master " + m + (m.equals("yarn")
          ? ": this build of the Spark engine has no YARN support (Spark's spark-yarn module is not "
              + "on its class path); " + submit
          : ": Spark names YARN yarn; give --master yarn (its client mode, with HADOOP_CONF_DIR set)"));
    }
    if (m.startsWith("k8s://")) {
      throw new IllegalArgumentException("--master " + m + ": this build of the Spark engine has no "
          + "Kubernetes support (Spark's spark-kubernetes module is not on its class path); " + submit);
    }
    throw new IllegalArgumentException("--master '" + m + "': not a master Spark knows; give local[*] "
        + "(the default: every core here), local[N], spark://HOST:PORT (a standalone cluster), yarn "
        + "(with HADOOP_CONF_DIR set) or, with spark-submit, k8s://URL");
  }

  /** Whether {@code master} names YARN ({@code yarn}; Spark 1's {@code yarn-client}, {@code yarn-cluster}). */
  static boolean isYarn(String master) {
    String m = master.strip();
    return m.equals("yarn") || m.startsWith("yarn-");
  }

  /**
   * Checks that the cluster's configuration can be found, as spark-submit checks it: Spark's YARN
   * client reads the resource manager's address from {@code yarn-site.xml} in {@code
   * HADOOP_CONF_DIR} or {@code YARN_CONF_DIR} (the CLI puts both on the Spark JVM's class path).
   * Without them it tries {@code 0.0.0.0:8032} and retries for many minutes, saying nothing of
   * the configuration.
   *
   * @throws IllegalArgumentException if neither names a folder, saying what to set
   */
  static void checkYarnConfiguration(String master, java.util.Map<String, String> env) {
    java.util.List<String> seen = new java.util.ArrayList<>();
    for (String name : new String[] {"HADOOP_CONF_DIR", "YARN_CONF_DIR"}) {
      String dir = env.get(name);
      if (dir == null || dir.isBlank()) {
        continue;
      }
      if (Files.isDirectory(Path.of(dir))) {
        return;
      }
      seen.add(name + "=" + dir + " (not a folder)");
    }
    throw new IllegalArgumentException("--master " + master.strip() + " needs the cluster's Hadoop "
        + "configuration: set HADOOP_CONF_DIR (or YARN_CONF_DIR) to the folder holding its "
        + "yarn-site.xml and core-site.xml" + (seen.isEmpty() ? ", as spark-submit needs it"
            : "; " + String.join(", ", seen)));
  }

  /**
   * The jars YARN starts the application master and the executors with ({@code spark.yarn.jars}):
   * the jars of this JVM's class path, which hold the Spark it runs (a Spark distribution of
   * another version on the cluster, which Spark's YARN client would take from {@code SPARK_HOME},
   * could not serve this driver), or null when the user set {@code spark.yarn.jars} or {@code
   * spark.yarn.archive} (a copy of the jars kept on the cluster's file system, which spares the
   * upload of each run) or the class path names no jar.
   */
  static String yarnJars(String classPath) {
    if (System.getProperty("spark.yarn.jars") != null || System.getProperty("spark.yarn.archive") != null) {
      return null;
    }
    java.util.List<String> jars = new java.util.ArrayList<>();
    for (String e : classPath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
      if (e.endsWith(".jar") && Files.isRegularFile(Path.of(e))) {
        jars.add(Path.of(e).toAbsolutePath().normalize().toString());
      }
    }
    return jars.isEmpty() ? null : String.join(",", jars);
  }

  /** Whether a cluster manager on the class path (yarn's, Kubernetes') can run at {@code master}. */
  private static boolean managerFor(String master) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      for (org.apache.spark.scheduler.ExternalClusterManager c : java.util.ServiceLoader.load(
          org.apache.spark.scheduler.ExternalClusterManager.class,
          loader != null ? loader : Sessions.class.getClassLoader())) {
        if (c.canCreate(master)) {
          return true;
        }
      }
      return false;
    } catch (java.util.ServiceConfigurationError e) {
      return true; // a manager that cannot be loaded: let Spark say why
    }
  }

  /**
   * Whether {@code master} runs its executors in other JVMs, which then need KOLScope's classes
   * shipped: every master but {@code local}, {@code local[N]} and {@code local[N,F]}.
   */
  static boolean executorsElsewhere(String master) {
    String m = master.strip();
    return !(m.equals("local") || m.startsWith("local["));
  }

  /**
   * The jar the executors get: {@value #CLUSTER_JAR} if set, else {@code
   * kolscope-spark-*-cluster.jar} beside the jar (or in the build folder of the classes) this class
   * was loaded from.
   *
   * @throws IllegalStateException if there is none, saying how to build it
   */
  static Path clusterJar() {
    String given = System.getProperty(CLUSTER_JAR);
    if (given != null && !given.isBlank()) {
      Path p = Path.of(given);
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("-D" + CLUSTER_JAR + " names " + p + ", which is not a file");
      }
      return p;
    }
    Path here = codeSource();
    Path dir = here == null ? null : here.getParent(); // target/ beside a jar or target/classes
    if (dir != null && Files.isDirectory(dir)) {
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "kolscope-spark-*-cluster.jar")) {
        for (Path j : jars) {
          return j;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    throw new IllegalStateException("a master with executors in other JVMs needs "
        + "kolscope-spark-*-cluster.jar (KOLScope's classes for the executors), and there is none in "
        + dir + ": build it with './mvnw -B -DskipTests -pl spark -am package'");
  }

  private static Path codeSource() {
    CodeSource cs = Sessions.class.getProtectionDomain().getCodeSource();
    if (cs == null || cs.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(cs.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
