package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kolscope.core.Schema;
import org.kolscope.io.LoadResult;
import org.kolscope.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kolscope load FILE}: read a dataset, print what was parsed and every problem. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load a KOL dataset (CSV/TSV, JSON, NDJSON, XLSX, Parquet; UTF-8 or GB18030) into canonical "
          + "columns and report every rejected or suspicious row."
    })
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the file to load")
  Path file;

  @Option(names = "--kind", paramLabel = "accounts|posts|table", converter = Kinds.class,
      completionCandidates = Kinds.class,
      description = "what the file holds (default: guessed from the header)")
  Schema.Kind kind;

  static final class Kinds extends Choice<Schema.Kind> {
    Kinds() {
      super("kind", List.of(Schema.Kind.values()), k -> k.name().toLowerCase(Locale.ROOT),
          Schema.Kind::parse);
    }
  }

  @Mixin LoadOptions loading;

  @Option(names = "--out", paramLabel = "OUT.csv|OUT.parquet",
      description = "write the canonical table as UTF-8 CSV, or as Parquet when the name ends with .parquet")
  Path out;

  @Option(names = "--json", description = "print the load report as one JSON document")
  boolean json;

  @Option(names = "--tz", paramLabel = "ZONE",
      description = "zone of a published_at derived from RED note ids (default: Asia/Shanghai,"
          + " Beijing time)")
  String tz;

  @Option(names = "--max-problems", paramLabel = "N", defaultValue = "50",
      description = "problem lines in the text summary (default: ${DEFAULT-VALUE}; --json lists all)")
  int maxProblems;

  @Override
  public Integer call() {
    Schema.Kind k = kind;
    Outputs.checkFile(out);
    String label = file.getFileName().toString();
    var loader = loading.loader(k);
    if (tz != null) {
      loader = loader.zone(TimingOptions.zone(tz));
    }
    LoadResult r = loader
        .progress(ProgressBar.forLoad(spec.commandLine().getErr(), label))
        .read(file);
    OutOfMemory.read(label, r.report().rowsRead());
    if (out != null) {
      OutOfMemory.doing("writing " + out.getFileName());
      Outputs.table(r.table(), out);
    }
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      Json.print(o, toJson(r));
    } else {
      o.println(r.report().summary(maxProblems));
      if (out != null) {
        o.println("wrote " + out);
      }
    }
    return Main.OK;
  }

  static Map<String, Object> toJson(LoadResult r) {
    var rep = r.report();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", rep.file());
    m.put("format", rep.format());
    m.put("encoding", rep.encoding());
    m.put("kind", rep.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("rows_read", rep.rowsRead());
    m.put("rows_kept", rep.rowsKept());
    m.put("rows_rejected", rep.rejectedRows());
    m.put("columns", rep.columns());
    m.put("types", rep.types());
    List<Map<String, Object>> ps = new ArrayList<>();
    for (Problem p : rep.problems()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("line", p.line());
      pm.put("column", p.column());
      pm.put("value", p.value());
      pm.put("reason", p.reason());
      pm.put("severity", p.severity().label());
      ps.add(pm);
    }
    m.put("problems", ps);
    m.put("notes", rep.notes());
    return m;
  }
}
