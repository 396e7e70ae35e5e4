package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.kolscope.core.Fields;
import org.kolscope.core.QuantileType;
import org.kolscope.core.Tiers;
import org.kolscope.stats.Outlier;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.OutlierSummary;
import org.kolscope.stats.Sample;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.benford.BenfordResult;
import org.kolscope.stats.outliers.DixonQ;
import org.kolscope.stats.outliers.GroupedResult;
import org.kolscope.stats.outliers.Groups;
import org.kolscope.stats.outliers.Method;
import org.kolscope.stats.outliers.Options;
import org.kolscope.stats.outliers.OutlierTestResult;
import org.kolscope.stats.outliers.Side;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.RegressionResult;
import org.kolscope.stats.regression.XySample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope outliers FILE --column COL --test T}: classical outlier tests, regression
 * outliers and Benford's law on one column, optionally on the log10 scale and within groups.
 */
@Command(
    name = "outliers",
    mixinStandardHelpOptions = true,
    description = {
      "Outlier tests on a numeric column: grubbs, esd, dixon, tietjen-moore (normal theory, with a"
          + " Shapiro-Wilk check), iqr, mad, hampel (robust), regression (log10 y on log10 x,"
          + " Bonferroni outlier test) and benford (first digits).",
      "index in the output is the 0-based data row of FILE."
    })
public final class OutliersCommand implements Callable<Integer> {

  /** The tests, by their command-line names. */
  enum Test {
    GRUBBS(Method.GRUBBS),
    ESD(Method.ESD),
    DIXON(Method.DIXON),
    TIETJEN_MOORE(Method.TIETJEN_MOORE),
    IQR(Method.IQR),
    MAD(Method.MAD),
    HAMPEL(Method.HAMPEL),
    REGRESSION(null),
    BENFORD(Method.BENFORD);

    /** The univariate method, or null for the regression outlier test. */
    final Method method;

    Test(Method method) {
      this.method = method;
    }

    /** The command-line name. */
    String label() {
      return method == null ? "regression" : method.label();
    }

    /** Distribution-free rules: no alpha. */
    boolean rule() {
      return this == IQR || this == MAD || this == HAMPEL;
    }
  }

  static final class Tests extends Choice<Test> {
    Tests() {
      super("test", List.of(Test.values()), Test::label, null);
    }
  }

  static final class Sides extends Choice<Side> {
    Sides() {
      super("side", List.of(Side.values()), Side::label, Side::parse);
    }
  }

  static final class QuantileTypes extends Choice<QuantileType> {
    QuantileTypes() {
      super("quantile type", List.of(QuantileType.values()),
          t -> t == QuantileType.HINGES ? "hinges" : Integer.toString(t.number()), QuantileType::parse);
    }
  }

  static final class Ratios extends Choice<DixonQ.Ratio> {
    Ratios() {
      super("Dixon ratio", List.of(DixonQ.Ratio.values()),
          r -> r == DixonQ.Ratio.RECOMMENDED ? "auto" : r.label(), DixonQ.Ratio::parse);
    }
  }

  static final class DigitChoices extends Choice<Benford.Digits> {
    DigitChoices() {
      super("digits", List.of(Benford.Digits.values()),
          d -> d == Benford.Digits.FIRST ? "1" : "2", null);
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LoadOptions loading;

  @Parameters(index = "0", paramLabel = "FILE", description = "Data file (CSV).")
  Path file;

  @Option(names = "--test", required = true, paramLabel = "T", converter = Tests.class,
      completionCandidates = Tests.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  Test test;

  @Option(names = "--column", paramLabel = "COL", description = "Numeric column to test.")
  String column;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Significance level in (0, 0.5] (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(
      names = "--max-outliers",
      paramLabel = "R",
      description = "esd: largest number of outliers (default min(10, n-2)); grubbs: iterate up to R times.")
  Integer maxOutliers;

  @Option(
      names = "--k",
      paramLabel = "K",
      description = "iqr: fence multiplier (1.5); mad: threshold (3.5); hampel: threshold (3); tietjen-moore: number of outliers (required).")
  Double k;

  @Option(names = "--side", paramLabel = "two|max|min", defaultValue = "two", converter = Sides.class,
      completionCandidates = Sides.class, description = "Which end to test (default ${DEFAULT-VALUE}).")
  Side side;

  @Option(names = "--log", description = "Test log10 of the values (regression: of x and y); rows <= 0 are left out and counted.")
  boolean log;

  @Option(names = "--by", paramLabel = "COL", description = "Run the test within each group of COL (e.g. tier: added from followers with the RED tiers when the file has none).")
  String by;

  @Option(names = "--id", paramLabel = "COL", description = "Column naming rows in the outlier list (default kol_id if present).")
  String id;

  @Option(names = "--x", paramLabel = "COL", description = "regression: the regressor (e.g. followers).")
  String x;

  @Option(names = "--y", paramLabel = "COL", description = "regression: the response (default --column).")
  String y;

  @Option(names = "--quantile-type", paramLabel = "1..9|hinges", defaultValue = "7",
      converter = QuantileTypes.class, completionCandidates = QuantileTypes.class,
      description = "iqr: quartile definition (R type, default 7).")
  QuantileType quantileType;

  @Option(names = "--ratio", paramLabel = "r10|r11|r21|r22|auto", defaultValue = "r10",
      converter = Ratios.class, completionCandidates = Ratios.class,
      description = "dixon: the ratio (default r10).")
  DixonQ.Ratio ratio;

  @Option(names = "--digits", paramLabel = "1|2", defaultValue = "1", converter = DigitChoices.class,
      completionCandidates = DigitChoices.class,
      description = "benford: first digit (1) or first two digits (2).")
  Benford.Digits digits;

  @Option(names = "--simulations", paramLabel = "N", defaultValue = "100000", description = "tietjen-moore: simulated samples for the critical value (default ${DEFAULT-VALUE}).")
  int simulations;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "20260401", description = "tietjen-moore: simulation seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    Options options = options();
    boolean regression = test == Test.REGRESSION;
    if (regression && x == null) {
      throw new Main.UsageException("--test regression needs --x COL (and --y COL or --column COL)");
    }
    if (!regression && column == null) {
      throw new Main.UsageException("--column COL is required for --test " + test.label());
    }
    if (test == Test.TIETJEN_MOORE && (k == null || k != Math.rint(k))) {
      throw new Main.UsageException("--test tietjen-moore needs --k K, the whole number of suspected outliers");
    }
    if (test == Test.BENFORD && log) {
      throw new Main.UsageException("--log does not apply to --test benford (it tests raw counts)");
    }
    Table table = loading.loadForAnalysis(file, spec.commandLine().getErr(), Tiers.RED);
    // the file's own header names find the columns the loader read them into
    column = loading.column(table, column);
    x = loading.column(table, x);
    y = loading.column(table, y);
    by = loading.column(table, by);
    id = loading.column(table, id);
    String idCol = id != null ? id : table.containsColumn("kol_id") ? "kol_id" : null;
    String yCol = y != null ? y : column;
    if (regression && yCol == null) {
      throw new Main.UsageException("--test regression needs --y COL (or --column COL)");
    }
    Function<int[], OutlierResult> run =
        regression
            ? rows -> OlsInfluence.fit(XySample.from(table, x, yCol, idCol, log, rows), options.alpha())
            : rows -> {
              Sample s = Sample.from(table, column, idCol, rows);
              return apply(log ? s.log10() : s, options);
            };
    // validate columns once, before any grouping
    if (regression) {
      XySample.from(table, x, yCol, idCol, log, new int[0]);
    } else {
      Sample.from(table, column, idCol, new int[0]);
    }
    PrintWriter out = spec.commandLine().getOut();
    OutOfMemory.doing("testing for outliers");
    if (by != null) {
      GroupedResult g = Groups.run(table, by, run);
      if (json) {
        Json.print(out, groupedJson(g));
      } else {
        out.print(g);
      }
    } else {
      OutlierResult r = run.apply(null);
      if (json) {
        Json.print(out, toJson(r));
      } else {
        out.print(r);
      }
    }
    out.flush();
    return Main.OK;
  }

  private OutlierResult apply(Sample s, Options o) {
    if (test == Test.BENFORD) {
      return Benford.test(s, digits, o.alpha());
    }
    return test.method.apply(s, o);
  }

  private Options options() {
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw new Main.UsageException("--alpha must be in (0, 0.5], got " + alpha);
    }
    if (k != null && !(k > 0 && Double.isFinite(k))) {
      throw new Main.UsageException("--k must be a number > 0, got " + k);
    }
    if (maxOutliers != null && maxOutliers < 1) {
      throw new Main.UsageException("--max-outliers must be >= 1, got " + maxOutliers);
    }
    if (simulations < 1000) {
      throw new Main.UsageException("--simulations must be >= 1000, got " + simulations);
    }
    try {
      return Options.DEFAULTS
          .withAlpha(alpha)
          .withSide(side)
          .withK(k == null ? Double.NaN : k)
          .withMaxOutliers(maxOutliers == null ? 0 : maxOutliers)
          .withQuantileType(quantileType)
          .withRatio(ratio)
          .withSimulations(simulations, seed);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  /** The JSON object of one result: the keys of issue 4, nothing else. */
  static Map<String, Object> toJson(OutlierResult r) {
    // the fields every test has, then each kind's own: keys named by Fields from the records
    // (the documented keys of each part, checked against the record's fields)
    Map<String, Object> m = Fields.tree(r.summary());
    m.put("outliers", Fields.only(r.outliers(), "index", "id", "value"));
    if (r instanceof OutlierTestResult t && t.test().equals("esd")) {
      m.put("steps", Fields.only(t.steps(), "r", "statistic", "critical_value"));
      m.put("n_outliers", t.nOutliers());
    }
    if (r instanceof RegressionResult g) {
      m.putAll(Fields.only(g, "slope", "intercept", "r_squared"));
      m.put("rows", Fields.only(g.rows(), "index", "leverage", "rstandard", "rstudent", "cooks_d"));
    }
    if (r instanceof BenfordResult b) {
      m.put("chi_square", b.chiSquare());
      m.put("mad", b.mad());
      m.put("conformity", b.conformity().label());
      Map<String, Object> obs = new LinkedHashMap<>();
      Map<String, Object> exp = new LinkedHashMap<>();
      for (int i = 0; i < b.counts().length; i++) {
        obs.put(Integer.toString(b.digit(i)), b.observed()[i]);
        exp.put(Integer.toString(b.digit(i)), b.expected()[i]);
      }
      m.put("observed", obs);
      m.put("expected", exp);
    }
    return m;
  }

  private Map<String, Object> groupedJson(GroupedResult g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("test", test.label());
    m.put("by", g.by());
    List<Map<String, Object>> groups = new ArrayList<>();
    for (GroupedResult.Group gr : g.groups()) {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("group", gr.name());
      gm.putAll(gr.tested() ? toJson(gr.result()) : Fields.tree(OutlierSummary.untested(test.label(),
          test.rule() ? Double.NaN : alpha, "not tested (" + gr.rows() + " rows): " + gr.skipped())));
      groups.add(gm);
    }
    m.put("groups", groups);
    m.put("warnings", g.warnings());
    return m;
  }
}
