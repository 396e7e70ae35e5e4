package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMApp;
import org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMAppState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./kolscope audit … --engine spark --master yarn} as a user runs it on a cluster's edge
 * node: the launcher, the CLI's JVM and the Spark JVM it starts (the driver, YARN's client mode),
 * with the cluster's configuration in a folder named by {@code HADOOP_CONF_DIR}. The cluster is
 * Hadoop's MiniYARNCluster: a resource manager and a node manager in this JVM, each container (the
 * application master, the executor) a process of its own, started by the node manager's
 * launch script with the jars YARN localised for it (the driver's own, {@code spark.yarn.jars};
 * no Spark distribution on the machine, no {@code SPARK_HOME}). The cluster's file system is
 * Hadoop's MiniDFSCluster (a name node and a data node in this JVM), its default file system in
 * the configuration: the notes are read from it and {@code --out} is written into it, as on a
 * cluster whose executors are on other machines than the edge node's files.
 */
class SparkYarn_MiniClusterIT {
  /** One executor of 512 MB (two cores here). */
  private static final String JAVA_OPTS = "-Dspark.executor.instances=1 -Dspark.executor.memory=512m "
      + "-Dspark.yarn.am.memory=384m";
  private static MiniDFSCluster hdfs;
  private static MiniYARNCluster yarn;
  private static Path conf;

  @BeforeAll
  static void startYarn() throws Exception {
    Path base = Path.of("target/test/data/kolscope-hdfs").toAbsolutePath();
    Configuration h = new Configuration();
    h.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
    hdfs = new MiniDFSCluster.Builder(h, base.toFile()).numDataNodes(1).format(true).build();
    hdfs.waitActive();
    YarnConfiguration c = new YarnConfiguration();
    c.set(FileSystem.FS_DEFAULT_NAME_KEY, hdfs.getURI().toString());
    // a JVM's virtual memory is many times its heap: YARN's check would kill every container
    c.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
    c.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
    c.setInt(YarnConfiguration.NM_PMEM_MB, 6144);
    c.setInt(YarnConfiguration.NM_VCORES, 4);
    c.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
    // a full build machine's disk must not mark the node unhealthy (no node: the application waits)
    c.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 100f);
    // the containers' java: the node manager's JAVA_HOME, which a test JVM may not have in its environment
    c.set(YarnConfiguration.NM_ADMIN_USER_ENV, "JAVA_HOME=" + System.getProperty("java.home"));
    // one queue, all of the cluster (the capacity scheduler has no default queue without its own file)
    c.set("yarn.scheduler.capacity.root.queues", "default");
    c.set("yarn.scheduler.capacity.root.default.capacity", "100");
    c.set("yarn.scheduler.capacity.root.default.maximum-capacity", "100");
    c.set("yarn.scheduler.capacity.root.default.acl_submit_applications", "*");
    yarn = new MiniYARNCluster("kolscope-yarn", 1, 1, 1);
    yarn.init(c);
    yarn.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (yarn.getConfig().get(YarnConfiguration.RM_ADDRESS).endsWith(":0")) {
      assertThat(System.nanoTime()).as("the resource manager's port").isLessThan(deadline);
      Thread.sleep(100);
    }
    conf = Files.createTempDirectory("kolscope-yarn-conf");
    try (OutputStream o = Files.newOutputStream(conf.resolve("yarn-site.xml"))) {
      yarn.getConfig().writeXml(o);
    }
    Configuration core = new Configuration(false);
    core.set(FileSystem.FS_DEFAULT_NAME_KEY, hdfs.getURI().toString());
    try (OutputStream o = Files.newOutputStream(conf.resolve("core-site.xml"))) {
      core.writeXml(o);
    }
    FileSystem fs = hdfs.getFileSystem();
    fs.copyFromLocalFile(hdfsPath(LocalSpark.ROOT.resolve("data/notes.csv").toUri().toString()),
        hdfsPath("/crawl/notes.csv"));
    fs.create(hdfsPath("/results/a-file")).close();
  }

  @AfterAll
  static void stopYarn() {
    if (yarn != null) {
      yarn.stop();
    }
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  /**
   * The shipped notes read from HDFS ({@code hdfs:///crawl/notes.csv}, the default file system's
   * host) on YARN, and {@code --out} written into HDFS: the local engine's document on stdout, and
   * its kols.csv and flags.csv there, beside report.html and Spark's Parquet folders.
   */
  @Test
  void shippedData_fromHdfs_onYarn_intoHdfs_sameAsLocal_andYarnRanIt() throws Exception {
    String accounts = LocalSpark.ROOT.resolve("data/accounts.csv").toString();
    String notes = LocalSpark.ROOT.resolve("data/notes.csv").toString();
    Path localOut = Files.createTempDirectory("kolscope-local-out");
    CliRun local = CliRun.of("audit", accounts, "--posts", notes, "--json", "--out", localOut.toString());
    // Spark's staging folder (the driver's jars for the containers) on this machine's disk: on the
    // default file system, this HDFS, their upload took 110 s
    Path staging = Files.createTempDirectory("kolscope-yarn-staging");
    CliRun onYarn = kolscope(Map.of("HADOOP_CONF_DIR", conf.toString(), "KOLSCOPE_JAVA_OPTS", JAVA_OPTS
        + " -Dspark.yarn.stagingDir=" + staging.toUri()), "audit", accounts,
        "--posts", "hdfs:///crawl/notes.csv", "--json", "--engine", "spark", "--master", "yarn",
        "--out", "hdfs:///results/audit");
    assertThat(local.status()).isZero();
    assertThat(onYarn.status()).as(onYarn.err()).isZero();
    assertThat(onYarn.err()).contains(" at yarn read ")
        .contains("kolscope: wrote flags.csv, flags.parquet, kols.csv, kols.parquet, notes_problems.parquet "
            + "and report.html into hdfs:///results/audit");
    assertThat(onYarn.out()).contains("\"verdict\"").isEqualTo(local.out());
    // the Parquet copies of kols and flags are written by one local task holding the whole table:
    // Spark's "task of very large size" warning about it is kept off stderr (log4j2.properties)
    assertThat(onYarn.err()).doesNotContain("task of very large size");
    FileSystem fs = hdfs.getFileSystem();
    for (String table : List.of("kols.csv", "flags.csv")) {
      assertThat(hdfsText("/results/audit/" + table)).as(table)
          .isEqualTo(Files.readString(localOut.resolve(table), StandardCharsets.UTF_8));
    }
    assertThat(fs.getFileStatus(hdfsPath("/results/audit/report.html")).getLen())
        .isGreaterThan(100_000);
    assertThat(fs.exists(hdfsPath("/results/audit/kols.parquet/_SUCCESS"))).isTrue();
    // the resource manager saw the application through, so the work ran in its containers
    List<RMApp> apps = new ArrayList<>(yarn.getResourceManager().getRMContext().getRMApps().values());
    assertThat(apps).anySatisfy(a -> {
      assertThat(a.getName()).isEqualTo("kolscope audit");
      // the driver unregisters with its final status before it exits; the application then stays
      // FINISHING until the node manager reports the application master's container gone
      assertThat(a.getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.SUCCEEDED);
      assertThat(settled(a)).isEqualTo(RMAppState.FINISHED);
      assertThat(a.createApplicationState()).isEqualTo(YarnApplicationState.FINISHED);
    });
  }

  /** The application's state once it has left FINISHING, or FINISHING still after two minutes. */
  private static RMAppState settled(RMApp app) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (app.getState() == RMAppState.FINISHING && System.nanoTime() < end) {
      Thread.sleep(200);
    }
    return app.getState();
  }

  /**
   * The Java API on a local session, with the notes and the output named by full HDFS URIs (host
   * and port): {@link SparkAuditResult#write} puts each table and audit.json into that folder of
   * HDFS. Joined as {@code java.nio} paths, the URI lost its {@code //} and its host.
   */
  @Test
  void javaApi_readsAndWritesHdfsUris() throws Exception {
    String uri = hdfs.getURI().toString();
    org.apache.spark.sql.SparkSession spark = LocalSpark.start("SparkYarn_MiniClusterIT");
    try {
      SparkAuditResult r = SparkAudit.of(spark, spark.read().option("header", "true")
          .csv(uri + "/crawl/notes.csv")).run();
      r.write(uri + "/results/api");
      CliRun local = CliRun.of("audit", "--posts", LocalSpark.ROOT.resolve("data/notes.csv").toString(), "--json");
      FileSystem fs = hdfs.getFileSystem();
      assertThat(hdfsText("/results/api/audit.json")).isEqualTo(local.out());
      for (String table : List.of("kols", "flags", "rejected")) {
        assertThat(fs.exists(hdfsPath("/results/api/" + table + ".parquet/_SUCCESS"))).as(table).isTrue();
        assertThat(fs.exists(hdfsPath("/results/api/" + table + ".csv/_SUCCESS"))).as(table).isTrue();
      }
      r.release();
    } finally {
      spark.stop();
    }
  }

  /**
   * The README's example: the notes as Parquet on HDFS ({@code hdfs:///crawl/notes.parquet}, as
   * {@code kolscope load … --out notes.parquet} writes them), on a local master. Its parts' order
   * was found with {@code Path.of(URI)}, which knows {@code file:} only: every such read failed.
   */
  @Test
  void parquetNotesOnHdfs_sameDocumentAsLocal() throws Exception {
    Path parquet = Files.createTempDirectory("kolscope-parquet").resolve("notes.parquet");
    String notes = LocalSpark.ROOT.resolve("data/notes.csv").toString();
    CliRun load = kolscope(Map.of(), "load", notes, "--out", parquet.toString());
    assertThat(load.status()).as(load.err()).isZero();
    hdfs.getFileSystem().copyFromLocalFile(hdfsPath(parquet.toUri().toString()),
        hdfsPath("/crawl/notes.parquet"));
    CliRun local = CliRun.of("audit", "--posts", notes, "--json");
    CliRun onHdfs = kolscope(Map.of("HADOOP_CONF_DIR", conf.toString()), "audit", "--posts",
        "hdfs:///crawl/notes.parquet", "--json", "--engine", "spark", "--master", "local[2]");
    assertThat(onHdfs.status()).as(onHdfs.err()).isZero();
    assertThat(onHdfs.out()).contains("\"verdict\"").isEqualTo(local.out());
    // Spark's own warnings that say nothing to a user are kept off stderr (log4j2.properties); one
    // came back with Spark 4, which moved the class that logs it
    assertThat(onHdfs.err()).doesNotContain("Truncated the string representation of a plan");
  }

  /**
   * An {@code --out} that is a file on HDFS fails before Spark starts, in one line; with the local
   * engine, an {@code --out} on HDFS is bad usage.
   */
  @Test
  void outIsAFileOnHdfs_failsBeforeTheAudit_localEngineRefusesHdfsOut() throws Exception {
    CliRun file = kolscope(Map.of("HADOOP_CONF_DIR", conf.toString()), "audit", "--posts",
        LocalSpark.ROOT.resolve("data/notes.csv").toString(), "--json", "--engine", "spark",
        "--out", "hdfs:///results/a-file");
    assertThat(file.status()).as(file.err()).isEqualTo(1);
    assertThat(file.out()).isEmpty();
    assertThat(file.err()).doesNotContain(" read 39,662 notes");
    assertThat(file.lastErrLine()).isEqualTo("kolscope: cannot write hdfs:///results/a-file: it is a file, not a folder");
    CliRun local = kolscope(Map.of("HADOOP_CONF_DIR", conf.toString()), "audit", "--posts",
        LocalSpark.ROOT.resolve("data/notes.csv").toString(), "--out", "hdfs:///results/b");
    assertThat(local.status()).isEqualTo(2);
    assertThat(local.lastErrLine()).startsWith("kolscope: --out hdfs:///results/b: the local engine writes into a folder");
    assertThat(hdfs.getFileSystem().exists(hdfsPath("/results/b"))).isFalse();
  }

  @Test
  void noHadoopConfiguration_isAUsageError_namingWhatToSet() throws Exception {
    Path notFolder = conf.resolve("yarn-site.xml");
    CliRun none = kolscope(Map.of(), "audit", "--posts", LocalSpark.ROOT.resolve("data/notes.csv").toString(),
        "--json", "--engine", "spark", "--master", "yarn");
    CliRun file = kolscope(Map.of("HADOOP_CONF_DIR", notFolder.toString()), "audit", "--posts",
        LocalSpark.ROOT.resolve("data/notes.csv").toString(), "--json", "--engine", "spark", "--master", "yarn");
    for (CliRun r : List.of(none, file)) {
      assertThat(r.status()).as(r.err()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.lastErrLine()).startsWith("kolscope: --master yarn needs the cluster's Hadoop configuration: "
          + "set HADOOP_CONF_DIR (or YARN_CONF_DIR) to the folder holding its yarn-site.xml");
    }
    assertThat(file.lastErrLine()).endsWith("HADOOP_CONF_DIR=" + notFolder + " (not a folder)");
  }

  /** {@code ./kolscope ARGS} as a process ({@link CliRun#launcher}), {@link #JAVA_OPTS} unless {@code env} sets them. */
  private static CliRun kolscope(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Map<String, String> e = new java.util.HashMap<>();
    e.put("KOLSCOPE_JAVA_OPTS", JAVA_OPTS);
    e.putAll(env);
    return CliRun.launcher(e, args);
  }

  /** A path of the cluster's HDFS (or, given a URI, of its file system). */
  private static org.apache.hadoop.fs.Path hdfsPath(String path) {
    return new org.apache.hadoop.fs.Path(path);
  }

  /** The text of a file on the cluster's HDFS, as UTF-8. */
  private static String hdfsText(String path) throws IOException {
    try (var in = hdfs.getFileSystem().open(hdfsPath(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
