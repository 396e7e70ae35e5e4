package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.evidence.Evaluation;
import org.kolscope.io.LoadReport;
import org.kolscope.io.LoadResult;
import org.kolscope.report.AuditReport;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.Flag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope audit ACCOUNTS [--posts NOTES] [--tiers red|international|B1,B2,...]
 * [--false-alarm RATE] [--review-rate RATE] [--truth FILE|COLUMN] [--json] [--out DIR
 * [--out-format csv|parquet]] [--engine local|spark [--master URL]]}: ratios,
 * tiers, the evidence model's verdict per KOL with its reasons, and the field guide's rules as
 * context.
 *
 * <p>stdout: a readable summary (counts per verdict and tier, the worst offenders with reasons,
 * rule firing rates), or with {@code --json} one document ({@link AuditResult#toJson()}: {@code
 * kols} with their {@code signals}, {@code not_checked}, {@code scores} and {@code flags}, and
 * {@code summary}; plus {@code evaluation} with {@code --truth}). {@code --out DIR} also writes
 * {@code kols.csv}, {@code flags.csv} (or, with {@code --out-format parquet}, {@code
 * kols.parquet} and {@code flags.parquet}) and {@code report.html}. ACCOUNTS may be omitted when
 * NOTES carries the author columns.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit KOLs: engagement ratios, tiers, and a verdict per KOL (ok, review, suspicious, "
          + "not_checked) from its signals against what honest accounts of its size show, with "
          + "every reason in numbers; the field guide's rules (R1–R7) as context.",
      "ACCOUNTS may be omitted when --posts NOTES repeats the authors' followers."
    })
public final class AuditCommand implements Callable<Integer> {
  /** File name of the HTML report written with {@code --out}. */
  static final String REPORT = "report.html";

  @Parameters(index = "0", arity = "0..1", paramLabel = "ACCOUNTS",
      description = "Accounts file (one row per KOL).")
  Path accounts;

  /** {@code --posts} as given: with {@code --engine spark} it may be a URI Spark reads ({@code hdfs://…}). */
  private String postsGiven;
  Path posts;

  @Option(names = "--posts", paramLabel = "NOTES",
      description = "Notes file (one row per note); with --engine spark also a URI Spark reads (hdfs://..., s3a://...).")
  void posts(String given) {
    postsGiven = given;
  }

  @Option(names = "--tiers", paramLabel = "red|international|B1,B2,...", defaultValue = "red",
      description = "Tiers: red (default), international, or ascending follower bounds.")
  String tiers;

  @Option(names = "--false-alarm", paramLabel = "RATE", defaultValue = "0.01",
      description = "Share of honest KOLs that may be called suspicious (default 0.01).")
  double falseAlarm;

  @Option(names = "--review-rate", paramLabel = "RATE",
      description = "Share of honest KOLs that may get review or worse (default 0.025, or "
          + "--false-alarm when that is higher).")
  Double reviewRate;

  @Option(names = "--truth", paramLabel = "FILE|COLUMN",
      description = "Labels to judge the verdicts by: a CSV with kol_id and a label column "
          + "(truth, label or anomaly), or a column of ACCOUNTS; labels are honest (or none) or "
          + "bought_followers, bought_likes, comment_farm. Prints precision, recall and the "
          + "false-alarm rate, overall, per kind and per tier.")
  String truth;

  @Option(names = "--json", description = "Print one JSON document instead of the summary.")
  boolean json;

  /** {@code --out} as given: with {@code --engine spark} it may be a URI Spark's file systems write ({@code hdfs://…}). */
  private String outGiven;
  Path outDir;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write kols.csv, flags.csv and report.html (a self-contained HTML report) "
          + "here; with --engine spark also a URI (hdfs://..., s3a://...).")
  void out(String given) {
    outGiven = given;
  }

  @Option(names = "--out-format", paramLabel = "csv|parquet", defaultValue = "csv",
      description = "With --out: the tables as csv (default) or parquet (kols.parquet, flags.parquet).")
  String outFormat;

  @Option(names = "--engine", paramLabel = "local|spark", defaultValue = Engines.LOCAL,
      description = "Who reads the notes: local (default) or spark (Apache Spark: the notes parsed "
          + "and checked in parallel, then the same audit; needs the spark module built).")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: where Spark runs: local[*] (default), local[N], "
          + "spark://host:7077, or yarn (with HADOOP_CONF_DIR set; k8s://: with the cluster's "
          + "spark-submit, see the README).")
  String master;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LoadOptions loading;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // text, not Path options (a URI may go to Spark as given): checked here as PathArguments checks those
    for (String[] given : new String[][] {{"--posts", postsGiven}, {"--out", outGiven}}) {
      if (given[1] != null && given[1].isEmpty()) {
        throw new Main.UsageException(given[0] + " is empty");
      }
    }
    posts = postsGiven == null ? null : Locations.path("--posts", postsGiven);
    boolean remotePosts = Locations.isRemote(postsGiven);
    boolean remoteOut = Locations.isRemote(outGiven);
    outDir = outGiven == null || remoteOut ? null : Locations.path("--out", outGiven);
    if (accounts == null && posts == null) {
      throw new Main.UsageException("give ACCOUNTS, --posts NOTES, or both");
    }
    Tiers t;
    try {
      t = Tiers.parse(tiers);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    if (!(falseAlarm > 0 && falseAlarm <= 0.5)) {
      throw new Main.UsageException("--false-alarm must be in (0, 0.5], got " + falseAlarm);
    }
    if (reviewRate != null && (!(reviewRate > 0 && reviewRate <= 0.5) || reviewRate < falseAlarm)) {
      throw new Main.UsageException("--review-rate must be in (0, 0.5] and at least --false-alarm ("
          + falseAlarm + "), got " + reviewRate);
    }
    boolean parquet = "parquet".equalsIgnoreCase(outFormat);
    if (!parquet && !"csv".equalsIgnoreCase(outFormat)) {
      throw new Main.UsageException("--out-format must be csv or parquet, got '" + outFormat + "'");
    }
    if (parquet && outGiven == null) {
      throw new Main.UsageException("--out-format goes with --out DIR");
    }
    if (truth != null && truth.isBlank()) {
      throw new Main.UsageException("--truth is empty");
    }
    if (!Engines.LOCAL.equalsIgnoreCase(engine)) {
      if (!Engines.SPARK.equalsIgnoreCase(engine)) {
        throw new Main.UsageException("--engine must be local or spark, got '" + engine + "'");
      }
      if (posts == null) {
        throw new Main.UsageException("--engine spark reads the notes: give --posts NOTES");
      }
      if (!remotePosts) {
        Engines.checkFormat(posts);
      }
      notesEngine = Engines.find(engine);
      if (notesEngine == null) {
        return Engines.runSparkJvm(spec.commandLine().getParseResult().originalArgs(), out, err);
      }
    } else if (master != null) {
      throw new Main.UsageException("--master goes with --engine spark");
    } else if (remotePosts) {
      throw new Main.UsageException("--posts " + postsGiven + ": the local engine reads files on this "
          + "machine; read it with Spark (--engine spark), or copy it here first");
    } else if (remoteOut) {
      throw new Main.UsageException("--out " + outGiven + ": the local engine writes into a folder on "
          + "this machine; write there with Spark (--engine spark), or give a folder here");
    }
    Outputs.checkFolder(outDir);
    if (remoteOut) {
      notesEngine.checkOut(outGiven);
      // written here first, then copied there by the engine, whose file systems reach it
      outDir = Outputs.stagingFolder();
    }
    List<LoadReport> read = new ArrayList<>();
    Audit audit;
    if (notesEngine != null) {
      // the engine does each KOL's work where the notes are, with this audit's settings
      audit = accounts != null ? Audit.of(read(accounts, Schema.Kind.ACCOUNTS, read, err)) : Audit.ofPosts();
      rates(audit.tiers(t));
      NotesEngine.Audited parts = loading.auditWith(notesEngine, remotePosts ? postsGiven : posts.toString(),
          master, audit.noteStage(), err);
      read.add(parts.report());
      audit.posts(parts.parts());
    } else {
      audit = accounts != null
          ? Audit.of(read(accounts, Schema.Kind.ACCOUNTS, read, err))
          : Audit.ofPosts(read(posts, Schema.Kind.POSTS, read, err));
      if (accounts != null && posts != null) {
        audit.posts(read(posts, Schema.Kind.POSTS, read, err));
      }
    }
    OutOfMemory.doing("auditing");
    AuditResult r = rates(audit.tiers(t)).run();
    Evaluation evaluation = truth == null ? null : Truths.evaluate(r, truth, loading, err);
    OutOfMemory.doing("writing the report");
    // with another engine, the engine writes its own Parquet (Spark's folders): the tables are
    // written here as CSV beside them, or not at all with --out-format parquet
    String ext = !parquet ? ".csv" : notesEngine == null ? ".parquet" : null;
    // a remote --out: what is written into the staging folder is named once, where it is copied to
    PrintWriter written = remoteOut ? new PrintWriter(java.io.Writer.nullWriter()) : err;
    Path report;
    try {
      report = outDir == null ? null : write(r, read, outDir, ext, written);
      if (outDir != null && notesEngine != null) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("kols", r.toTable());
        tables.put("flags", r.flags());
        tables.put("notes_problems", read.get(read.size() - 1).toTable());
        notesEngine.writeTables(tables, outDir, written);
      }
      if (remoteOut) {
        notesEngine.publish(outDir, outGiven, err);
      }
    } finally {
      if (remoteOut) {
        Outputs.delete(outDir, err);
      }
    }
    String reportAt = report == null ? null
        : remoteOut ? outGiven.replaceAll("/+$", "") + "/" + report.getFileName() : report.toString();
    if (json) {
      Map<String, Object> doc = r.toJsonRecords();
      if (evaluation != null) {
        doc.put("evaluation", Truths.json(evaluation));
      }
      Json.print(out, doc);
    } else {
      out.print(r.toString());
      if (evaluation != null) {
        out.println();
        out.print(evaluation);
      }
      if (report != null) {
        out.println();
        out.println("Report: " + reportAt);
      }
      out.flush();
    }
    return Main.OK;
  }

  /** {@code audit} with --false-alarm, and --review-rate if given (else the audit's default). */
  private Audit rates(Audit audit) {
    audit.falseAlarm(falseAlarm);
    return reviewRate == null ? audit : audit.reviewRate(reviewRate);
  }

  /** The engine that reads the notes ({@code --engine}), or null for the loader. */
  private NotesEngine notesEngine;

  private Table read(Path file, Schema.Kind kind, List<LoadReport> reports, PrintWriter err) {
    LoadResult lr = loading.read(file, kind, err);
    reports.add(lr.report());
    return lr.table();
  }

  /**
   * Writes kols and flags (as {@code ext}: {@code .csv} or {@code .parquet}; null: not here, the
   * engine writes them) and report.html into {@code dir}; returns the report's path.
   */
  private static Path write(AuditResult r, List<LoadReport> sources, Path dir, String ext,
      PrintWriter err) {
    Outputs.folder(dir);
    Path kols = ext == null ? null : Outputs.table(r.toTable(), dir.resolve("kols" + ext));
    Path flags = ext == null ? null : Outputs.table(r.flags(), dir.resolve("flags" + ext));
    // AuditReport.write says which file and why when it fails
    Path report = AuditReport.of(r).title(title(sources)).sources(sources).write(dir.resolve(REPORT));
    err.println("kolscope: wrote " + (ext == null ? "" : kols + ", " + flags + " and ") + report);
    err.flush();
    return report;
  }

  /** "KOL audit: accounts.csv + notes.csv". */
  private static String title(List<LoadReport> sources) {
    StringBuilder sb = new StringBuilder("KOL audit: ");
    for (int i = 0; i < sources.size(); i++) {
      String f = sources.get(i).file();
      int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
      sb.append(i == 0 ? "" : " + ").append(f.substring(slash + 1));
    }
    return sb.toString();
  }
}
