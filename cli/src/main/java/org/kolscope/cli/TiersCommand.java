package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kolscope.core.Tiers;
import org.kolscope.stats.groups.Adjustment;
import org.kolscope.tiers.TierComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
    Map<String, Object> doc = new LinkedHashMap<>();
    List<Map<String, Object>> groups =
        r.groups().stream()
            .map(
                g -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("tier", g.tier());
                  m.put("n", g.n());
                  m.put("median", g.median());
                  m.put("q1", g.q1());
                  m.put("q3", g.q3());
                  m.put("mean", g.mean());
                  m.put("sd", g.sd());
                  m.put("ci_low", g.ciLow());
                  m.put("ci_high", g.ciHigh());
                  m.put("flagged_share", g.flaggedShare());
                  return m;
                })
            .toList();
    doc.put("groups", groups);
    Map<String, Object> kw = new LinkedHashMap<>();
    kw.put("h", r.kruskalWallis().h());
    kw.put("df", r.kruskalWallis().df());
    kw.put("p_value", r.kruskalWallis().pValue());
    doc.put("kruskal_wallis", kw);
    Map<String, Object> anova = new LinkedHashMap<>();
    anova.put("f", r.anova().f());
    anova.put("p_value", r.anova().pValue());
    doc.put("anova", anova);
    Map<String, Object> welch = new LinkedHashMap<>();
    welch.put("f", r.welch().f());
    welch.put("df1", r.welch().df1());
    welch.put("df2", r.welch().df2());
    welch.put("p_value", r.welch().pValue());
    doc.put("welch", welch);
    List<Map<String, Object>> pairs =
        r.pairs().stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("a", p.a());
                  m.put("b", p.b());
                  m.put("dunn_z", p.dunnZ());
                  m.put("p_value", p.pValue());
                  m.put("p_adjusted", p.pAdjusted());
                  m.put("mann_whitney_u", p.mannWhitneyU());
                  m.put("mw_p_value", p.mwPValue());
                  // which Mann-Whitney p-value this is (exact, or normal approximation with
                  // continuity correction): the issue asks to say which was used
                  m.put("mw_method", p.mwMethod());
                  m.put("rank_biserial", p.rankBiserial());
                  m.put("cliffs_delta", p.cliffsDelta());
                  m.put("ks_d", p.ksD());
                  m.put("ks_p_value", p.ksPValue());
                  return m;
                })
            .toList();
    doc.put("pairs", pairs);
    if (r.powerLaw() == null) {
      doc.put("power_law", null);
    } else {
      Map<String, Object> pl = new LinkedHashMap<>();
      pl.put("a", r.powerLaw().a());
      pl.put("b", r.powerLaw().b());
      pl.put("b_ci_low", r.powerLaw().bCiLow());
      pl.put("b_ci_high", r.powerLaw().bCiHigh());
      pl.put("p_value_b_negative", r.powerLaw().pValueBNegative());
      pl.put("r_squared", r.powerLaw().rSquared());
      doc.put("power_law", pl);
    }
    return doc;
  }
}
