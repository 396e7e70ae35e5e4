import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.io.KolData;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.metrics.Metrics;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.Flag;
import org.kolscope.stats.outliers.GroupedResult;
import org.kolscope.stats.outliers.Method;
import org.kolscope.stats.outliers.Outliers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The audit pipeline in process, timed stage by stage: load (CSV, count parsing, canonical types)
 * → audit (accounts from the notes' author columns, ratios, RED tiers, rules R1–R7, verdicts) →
 * IQR and MAD flags of each KOL's median engagement rate within its tier (log10) → tier medians.
 *
 * <p>Usage: {@code java -cp 'cli/target/lib/*' bench/audit/AuditBench.java FILE [RUNS] [WARMUPS]}.
 * Runs the whole pipeline WARMUPS times untimed (JIT warm-up), then RUNS times timed, and prints
 * one JSON line: the median seconds per stage and in total, every total, the median CPU seconds
 * of the process per run (all threads: JIT and GC included), the peak RSS (VmHWM of
 * /proc/self/status, MiB), the heap still in use after a full GC while the last result is held
 * (what the data costs, MiB), and {@code check}: what the pipeline found (verdicts, firings per
 * rule, outliers per tier, tier medians), compared with the pandas peer's by bench/run.
 */
public class AuditBench {
  static final String[] STAGES = {"load", "audit", "outliers", "medians"};
  static final String ER = KolAggregates.MEDIAN_ENGAGEMENT_RATE;
  static final String[] MEDIAN_COLUMNS = {
    Schema.FOLLOWERS, Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER, ER,
    KolAggregates.MEDIAN_LIKES_PER_VIEW, KolAggregates.POOLED_COMMENTS_PER_LIKE
  };

  record Outcome(Table notes, AuditResult audit, GroupedResult iqr, GroupedResult mad,
      Map<String, Map<String, Double>> medians) {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    for (int i = 0; i < warmups; i++) {
      run(file, new double[STAGES.length]);
    }
    double[][] t = new double[runs][STAGES.length];
    double[] cpu = new double[runs];
    Outcome last = null;
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < runs; i++) {
      last = null; // the previous result may be collected while this run loads
      long c0 = os.getProcessCpuTime();
      last = run(file, t[i]);
      cpu[i] = (os.getProcessCpuTime() - c0) / 1e9;
    }
    long hwm = vmHwmMib();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    StringBuilder json = new StringBuilder("{\"peer\": \"kolscope\", \"java\": \"")
        .append(System.getProperty("java.version")).append("\", \"max_heap_mib\": ")
        .append(Runtime.getRuntime().maxMemory() >> 20).append(", \"runs\": ").append(runs)
        .append(", \"warmups\": ").append(warmups).append(", \"stages\": {");
    for (int s = 0; s < STAGES.length; s++) {
      double[] col = new double[runs];
      for (int i = 0; i < runs; i++) {
        col[i] = t[i][s];
      }
      json.append(s == 0 ? "" : ", ").append('"').append(STAGES[s]).append("\": ")
          .append(fmt(median(col)));
    }
    double[] totals = Arrays.stream(t).mapToDouble(r -> Arrays.stream(r).sum()).toArray();
    json.append("}, \"seconds\": ").append(fmt(median(totals))).append(", \"all_seconds\": [");
    for (int i = 0; i < runs; i++) {
      json.append(i == 0 ? "" : ", ").append(fmt(totals[i]));
    }
    json.append("], \"cpu_seconds\": ").append(fmt(median(cpu)));
    json.append(", \"peak_rss_mib\": ").append(hwm).append(", \"retained_heap_mib\": ")
        .append(retained).append(", \"check\": ").append(check(last)).append('}');
    System.out.println(json);
  }

  static Outcome run(Path file, double[] seconds) {
    long t0 = System.nanoTime();
    Table notes = KolData.loader().kind(Schema.Kind.POSTS).read(file).table();
    long t1 = System.nanoTime();
    AuditResult audit = Audit.ofPosts(notes).tiers(Tiers.RED).run();
    audit.verdictCounts();
    long t2 = System.nanoTime();
    Table kols = audit.toTable();
    var q = Outliers.in(kols, ER).id(Schema.KOL_ID).log();
    GroupedResult iqr = q.runByGroup(Schema.TIER, Method.IQR);
    GroupedResult mad = q.runByGroup(Schema.TIER, Method.MAD);
    long t3 = System.nanoTime();
    Map<String, Map<String, Double>> medians = tierMedians(kols);
    long t4 = System.nanoTime();
    seconds[0] = (t1 - t0) / 1e9;
    seconds[1] = (t2 - t1) / 1e9;
    seconds[2] = (t3 - t2) / 1e9;
    seconds[3] = (t4 - t3) / 1e9;
    return new Outcome(notes, audit, iqr, mad, medians);
  }

  /** Per tier (in tier order), the type-7 median of each of {@link #MEDIAN_COLUMNS} over known values. */
  static Map<String, Map<String, Double>> tierMedians(Table kols) {
    Column<?> tier = kols.column(Schema.TIER);
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (String c : MEDIAN_COLUMNS) {
      if (!kols.containsColumn(c)) {
        continue;
      }
      NumericColumn<?> col = kols.numberColumn(c);
      Map<String, double[]> byTier = new LinkedHashMap<>();
      Map<String, Integer> size = new LinkedHashMap<>();
      for (String label : Tiers.RED.labels()) {
        byTier.put(label, new double[kols.rowCount()]);
        size.put(label, 0);
      }
      for (int r = 0; r < kols.rowCount(); r++) {
        double[] a = byTier.get(tier.getString(r));
        if (a != null && !col.isMissing(r)) {
          int k = size.get(tier.getString(r));
          a[k] = col.getDouble(r);
          size.put(tier.getString(r), k + 1);
        }
      }
      byTier.forEach((label, a) -> {
        int k = size.get(label);
        out.computeIfAbsent(label, x -> new LinkedHashMap<>())
            .put(c, k == 0 ? Double.NaN : Quantiles.median(Arrays.copyOf(a, k)));
      });
    }
    return out;
  }

  /** What the pipeline found, as JSON: the peers must agree on it. */
  static String check(Outcome o) {
    StringBuilder sb = new StringBuilder("{\"notes\": ").append(o.notes().rowCount())
        .append(", \"kols\": ").append(o.audit().toTable().rowCount());
    // verdicts come from the evidence model, which the pandas peer does not reimplement: the
    // peers are compared on the rules' firings, the outlier flags and the tier medians
    Map<String, Integer> fired = new TreeMap<>();
    Map<String, Integer> unknown = new TreeMap<>();
    for (Flag f : o.audit().findings()) {
      if (f.severity().fired()) {
        fired.merge(f.rule().split(" ")[0] + " " + f.severity().label(), 1, Integer::sum);
      } else {
        unknown.merge(f.rule().split(" ")[0], 1, Integer::sum);
      }
    }
    sb.append(", \"fired\": {").append(String.join(", ", fired.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).toList()));
    sb.append("}, \"iqr_outliers\": ").append(outliersByTier(o.iqr()))
        .append(", \"mad_outliers\": ").append(outliersByTier(o.mad()))
        .append(", \"tier_medians\": {");
    List<String> tiers = new ArrayList<>();
    o.medians().forEach((t, m) -> tiers.add("\"" + t + "\": {" + String.join(", ",
        m.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + num(e.getValue())).toList())
        + "}"));
    return sb.append(String.join(", ", tiers)).append("}, \"not_checked\": {")
        .append(String.join(", ", unknown.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).toList()))
        .append("}}").toString();
  }

  static String outliersByTier(GroupedResult g) {
    List<String> parts = new ArrayList<>();
    for (GroupedResult.Group grp : g.groups()) {
      parts.add("\"" + grp.name() + "\": " + (grp.tested() ? grp.result().outliers().size() : "null"));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  static String num(double v) {
    return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.6g", v);
  }

  static String fmt(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }

  static double median(double[] a) {
    return Quantiles.median(a);
  }

  static long vmHwmMib() throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }
}
