package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kolscope.io.LoadReport;
import org.kolscope.io.LoadResult;
import org.kolscope.io.Schema;
import org.kolscope.metrics.Cells;
import org.kolscope.report.AuditReport;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.Flag;
import org.kolscope.tiers.Tiers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope audit ACCOUNTS [--posts NOTES] [--tiers red|international|B1,B2,...] [--json]
 * [--out DIR]}: ratios, tiers, the due-diligence rules and a verdict per KOL.
 *
 * <p>stdout: a readable summary (counts per verdict and tier, rule firing rates, the worst
 * offenders with reasons), or with {@code --json} one document {@code {"kols": [{"kol_id", "name",
 * "tier", "verdict", "flags": [{"rule", "severity", "reason", "value", "threshold"}]}], "summary":
 * {...}}}. {@code --out DIR} also writes {@code kols.csv}, {@code flags.csv} and {@code
 * report.html} (an {@link AuditReport}: self-contained, charts embedded); the human summary then
 * ends with the report's path (the JSON document is unchanged). ACCOUNTS may be omitted when NOTES
 * carries the author columns.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit KOLs: engagement ratios, tiers, the field guide's rules (R1–R7) and a verdict "
          + "(ok, review, suspicious) per KOL with every reason.",
      "ACCOUNTS may be omitted when --posts NOTES repeats the authors' followers."
    })
public final class AuditCommand implements Callable<Integer> {
  /** File name of the HTML report written with {@code --out}. */
  static final String REPORT = "report.html";

  @Parameters(index = "0", arity = "0..1", paramLabel = "ACCOUNTS",
      description = "Accounts file (one row per KOL).")
  Path accounts;

  @Option(names = "--posts", paramLabel = "NOTES", description = "Notes file (one row per note).")
  Path posts;

  @Option(names = "--tiers", paramLabel = "red|international|B1,B2,...", defaultValue = "red",
      description = "Tiers: red (default), international, or ascending follower bounds.")
  String tiers;

  @Option(names = "--json", description = "Print one JSON document instead of the summary.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write kols.csv, flags.csv and report.html (a self-contained HTML report) here.")
  Path outDir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LoadOptions loading;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (accounts == null && posts == null) {
      throw new Main.UsageException("give ACCOUNTS, --posts NOTES, or both");
    }
    Tiers t;
    try {
      t = Tiers.parse(tiers);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    Outputs.checkFolder(outDir);
    List<LoadReport> read = new ArrayList<>();
    Audit audit = accounts != null
        ? Audit.of(read(accounts, Schema.Kind.ACCOUNTS, read, err))
        : Audit.ofPosts(read(posts, Schema.Kind.POSTS, read, err));
    if (accounts != null && posts != null) {
      audit.posts(read(posts, Schema.Kind.POSTS, read, err));
    }
    OutOfMemory.doing("auditing");
    AuditResult r = audit.tiers(t).run();
    OutOfMemory.doing("writing the report");
    Path report = outDir == null ? null : write(r, read, outDir, err);
    if (json) {
      Json.print(out, document(r));
    } else {
      out.print(r.toString());
      if (report != null) {
        out.println();
        out.println("Report: " + report);
      }
      out.flush();
    }
    return Main.OK;
  }

  private Table read(Path file, Schema.Kind kind, List<LoadReport> reports, PrintWriter err) {
    LoadResult lr = loading.read(file, kind, err);
    reports.add(lr.report());
    return lr.table();
  }

  /** Writes kols.csv, flags.csv and report.html into {@code dir}; returns the report's path. */
  private static Path write(AuditResult r, List<LoadReport> sources, Path dir, PrintWriter err) {
    Outputs.folder(dir);
    Path kols = Outputs.csv(r.toTable(), dir.resolve("kols.csv"));
    Path flags = Outputs.csv(r.flags(), dir.resolve("flags.csv"));
    // AuditReport.write says which file and why when it fails
    Path report = AuditReport.of(r).title(title(sources)).sources(sources).write(dir.resolve(REPORT));
    err.println("kolscope: wrote " + kols + ", " + flags + " and " + report);
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

  /** The JSON document: {@code kols} (with their fired flags) and {@code summary}. */
  static Map<String, Object> document(AuditResult r) {
    Table k = r.toTable();
    List<Map<String, Object>> kols = new ArrayList<>();
    Map<String, List<Flag>> byKol = r.flagsByKol();
    for (int row = 0; row < k.rowCount(); row++) {
      String id = Cells.text(k, Schema.KOL_ID, row);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kol_id", id);
      String name = Cells.text(k, Schema.NAME, row);
      m.put("name", name.isEmpty() ? null : name);
      String tier = Cells.text(k, Schema.TIER, row);
      m.put("tier", tier.isEmpty() ? null : tier);
      m.put("verdict", k.stringColumn(AuditResult.VERDICT).get(row));
      List<Map<String, Object>> flags = new ArrayList<>();
      for (Flag f : byKol.getOrDefault(id, List.of())) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("rule", f.rule());
        fm.put("severity", f.severity().label());
        fm.put("reason", f.reason());
        fm.put("value", f.value());
        fm.put("threshold", f.threshold());
        flags.add(fm);
      }
      m.put("flags", flags);
      kols.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kols", kols);
    doc.put("summary", r.summary());
    return doc;
  }
}
