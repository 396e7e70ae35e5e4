package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kolscope.data.Anomaly;
import org.kolscope.data.DataFiles;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope generate}: writes a seeded synthetic RED data set (accounts.csv, notes.csv and a
 * GB18030 Chinese-header export) with labelled anomalies; see {@link Generator}.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write seeded synthetic Xiaohongshu (RED) data: accounts.csv and notes.csv (UTF-8, canonical"
          + " columns) and red-notes-gb18030.csv (Chinese headers, app-style counts), with"
          + " injected anomalies labelled in column 'anomaly'. Same seed, same bytes."
    },
    sortOptions = false)
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--accounts",
      required = true,
      paramLabel = "N",
      description = "Number of accounts (1 to 5,000,000).")
  int accounts;

  @Option(
      names = "--notes-per-account",
      paramLabel = "M",
      defaultValue = "24",
      description =
          "At most M latest notes per account; accounts with fewer lifetime notes list all"
              + " (default: ${DEFAULT-VALUE}).")
  int notesPerAccount;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "S",
      description = "Random seed; equal seeds give byte-identical files.")
  long seed;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory (created if missing; files are replaced).")
  Path out;

  @Option(
      names = "--chinese-export",
      paramLabel = "N",
      defaultValue = "200",
      description =
          "Notes in the GB18030 Chinese-header export, 0 for none (default: ${DEFAULT-VALUE}).")
  int chineseExport;

  @Option(
      names = "--bought-followers-rate",
      paramLabel = "R",
      defaultValue = "0.03",
      description = "Share of accounts with bought followers (default: ${DEFAULT-VALUE}).")
  double boughtFollowersRate;

  @Option(
      names = "--bought-likes-rate",
      paramLabel = "R",
      defaultValue = "0.03",
      description = "Share of accounts with bought likes (default: ${DEFAULT-VALUE}).")
  double boughtLikesRate;

  @Option(
      names = "--comment-farm-rate",
      paramLabel = "R",
      defaultValue = "0.03",
      description = "Share of accounts with comment farms (default: ${DEFAULT-VALUE}).")
  double commentFarmRate;

  @Option(names = "--json", description = "Print the summary as one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    Generator generator;
    try {
      if (chineseExport < 0) {
        throw new IllegalArgumentException("--chinese-export must be >= 0, got " + chineseExport);
      }
      generator =
          Generator.builder()
              .accounts(accounts)
              .notesPerAccount(notesPerAccount)
              .seed(seed)
              .boughtFollowersRate(boughtFollowersRate)
              .boughtLikesRate(boughtLikesRate)
              .commentFarmRate(commentFarmRate)
              .build();
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    Outputs.checkFolder(out);
    OutOfMemory.doing("generating data");
    GeneratedData data = generator.generate();
    OutOfMemory.doing("writing the files");
    List<DataFiles.WrittenFile> files = DataFiles.write(data, out, chineseExport);
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      Json.print(w, summary(data, files));
    } else {
      w.println(paragraph(data, files));
      w.flush();
    }
    return Main.OK;
  }

  private Map<String, Object> summary(GeneratedData data, List<DataFiles.WrittenFile> files) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seed", seed);
    m.put("accounts", data.accounts().rowCount());
    m.put("notes", data.notes().rowCount());
    m.put("notes_per_account", notesPerAccount);
    m.put("out", out.toString());
    List<Map<String, Object>> fl = new ArrayList<>();
    for (DataFiles.WrittenFile f : files) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("path", f.path().toString());
      e.put("encoding", f.encoding());
      e.put("rows", f.rows());
      e.put("bytes", f.bytes());
      e.put("sha256", f.sha256());
      fl.add(e);
    }
    m.put("files", fl);
    Table t = data.toTable();
    List<Map<String, Object>> tiers = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("tier", t.stringColumn("tier").get(r));
      e.put("tier_zh", t.stringColumn("tier_zh").get(r));
      e.put("followers", t.stringColumn("followers_range").get(r));
      e.put("accounts", t.intColumn("accounts").getInt(r));
      e.put("notes", t.intColumn("notes").getInt(r));
      tiers.add(e);
    }
    m.put("tiers", tiers);
    Map<String, Object> anomalies = new LinkedHashMap<>();
    for (Anomaly a : Anomaly.values()) {
      anomalies.put(
          a.label(), Map.of("accounts", data.accountCount(a), "notes", data.noteCount(a)));
    }
    m.put("anomalies", anomalies);
    return m;
  }

  private String paragraph(GeneratedData data, List<DataFiles.WrittenFile> files) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Generated %,d RED accounts and %,d notes (seed %d, at most %d notes per account) in"
                + " %s:",
            data.accounts().rowCount(),
            data.notes().rowCount(),
            seed,
            notesPerAccount,
            out));
    for (int i = 0; i < files.size(); i++) {
      DataFiles.WrittenFile f = files.get(i);
      sb.append(i == 0 ? " " : ", ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%s (%,d rows, %s, %,d bytes)",
                  f.path().getFileName(),
                  f.rows(),
                  f.encoding(),
                  f.bytes()));
    }
    Table t = data.toTable();
    sb.append(". Tiers by followers:");
    for (int r = 0; r < t.rowCount(); r++) {
      sb.append(r == 0 ? " " : ", ")
          .append(t.stringColumn("tier_zh").get(r))
          .append(' ')
          .append(t.stringColumn("followers_range").get(r))
          .append(' ')
          .append(String.format(Locale.ROOT, "%,d", t.intColumn("accounts").getInt(r)));
    }
    sb.append(". Injected anomalies, labelled in column 'anomaly':");
    boolean first = true;
    for (Anomaly a : Anomaly.values()) {
      if (a == Anomaly.NONE) {
        continue;
      }
      sb.append(first ? " " : ", ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%s %,d accounts (%,d notes)",
                  a.label(),
                  data.accountCount(a),
                  data.noteCount(a)));
      first = false;
    }
    return sb.append('.').toString();
  }
}
