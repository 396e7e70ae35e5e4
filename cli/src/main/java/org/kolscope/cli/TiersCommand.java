package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kolscope.core.Fields;
import org.kolscope.core.Tiers;
import org.kolscope.stats.groups.Adjustment;
import org.kolscope.tiers.TierComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope tiers FILE --metric COL}: compares a metric across follower tiers (per-tier
 * summary with bootstrap CI of the median, Kruskal-Wallis, ANOVA, Welch ANOVA, Dunn pairs with
 * adjustment, Mann-Whitney, Cliff's delta, KS, and the power law metric = a · followers^b). The
 * human-readable report goes to stdout; with {@code --json} exactly one JSON document. Notes
 * (dropped rows, undefined tests) go to stderr in JSON mode.
 */
@Command(
    name = "tiers",
    mixinStandardHelpOptions = true,
    description = "Compare a metric (e.g. engagement rate) across follower tiers.")
public final class TiersCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LoadOptions loading;

  @Parameters(index = "0", paramLabel = "FILE", description = "KOL data file")
  Path file;

  @Option(names = "--metric", required = true, paramLabel = "COL",
      description = "numeric column to compare, e.g. engagement_rate")
  String metric;

  @Option(names = "--followers", paramLabel = "COL",
      description = "follower column to tier by and fit the power law on (default: followers)")
  String followers;

  @Option(names = "--tier-column", paramLabel = "COL",
      description = "read each row's tier from this column instead of computing it from followers "
          + "(a 'tier' column is read without this only when there is no followers column)")
  String tierColumn;

  @Option(names = "--tiers", paramLabel = "red|international|B1,B2,...", defaultValue = "red",
      description = "tier definition (default: ${DEFAULT-VALUE})")
  String tiers;

  @Option(names = "--adjust", paramLabel = "holm|bonferroni|bh", defaultValue = "holm",
      converter = Adjustments.class, completionCandidates = Adjustments.class,
      description = "p-value adjustment of Dunn's pairs (default: holm)")
  Adjustment adjust;

  /** Dunn's pairs are always adjusted: none is not a choice here. */
  static final class Adjustments extends Choice<Adjustment> {
    Adjustments() {
      super("p-value adjustment", List.of(Adjustment.HOLM, Adjustment.BONFERRONI, Adjustment.BH),
          Adjustment::key, Adjustment::parse);
    }
  }

  @Option(names = "--seed", paramLabel = "S",
      description = "bootstrap seed (default: " + TierComparison.DEFAULT_SEED + ")")
  Long seed;

  @Option(names = "--json", description = "print one JSON document")
  boolean json;

  @Override
  public Integer call() {
    Tiers t;
    try {
      t = Tiers.parse(tiers);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    Adjustment a = adjust;
    Table table = loading.loadForAnalysis(file, spec.commandLine().getErr(), null);
    metric = loading.column(table, metric);
    TierComparison c = TierComparison.of(table, metric).tiers(t).adjust(a);
    if (followers != null) {
      c.followers(followers);
    }
    if (tierColumn != null) {
      c.tierColumn(tierColumn);
    }
    if (seed != null) {
      c.seed(seed);
    }
    OutOfMemory.doing("comparing tiers");
    TierComparison.Result r = c.run();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      PrintWriter err = spec.commandLine().getErr();
      r.notes().forEach(n -> err.println("kolscope tiers: " + n));
      err.flush();
      Json.print(out, toJson(r));
    } else {
      out.println(r);
      out.flush();
    }
    return Main.OK;
  }

  /** The JSON document: groups, kruskal_wallis, anova, welch, pairs, power_law. */
  static Map<String, Object> toJson(TierComparison.Result r) {
    // each part is a record of the toolkit, written with the names Fields gives its fields (groups
    // and pairs whole: the same as the columns of r.toTable() and r.pairsTable(); pairs say which
    // Mann-Whitney p-value they hold, mw_method: exact, or the normal approximation with continuity
    // correction); of the tests and the fit, the documented keys, checked against their records
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("groups", Fields.plain(r.groups()));
    doc.put("kruskal_wallis", Fields.only(r.kruskalWallis(), "h", "df", "p_value"));
    doc.put("anova", Fields.only(r.anova(), "f", "p_value"));
    doc.put("welch", Fields.only(r.welch(), "f", "df1", "df2", "p_value"));
    doc.put("pairs", Fields.plain(r.pairs()));
    doc.put("power_law", Fields.only(r.powerLaw(), "a", "b", "b_ci_low", "b_ci_high",
        "p_value_b_negative", "r_squared"));
    return doc;
  }
}
