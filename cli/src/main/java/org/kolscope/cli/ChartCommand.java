package org.kolscope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.kolscope.charts.BenfordChart;
import org.kolscope.charts.Charts;
import org.kolscope.charts.CostPerEngagementChart;
import org.kolscope.charts.FlagColumn;
import org.kolscope.charts.FollowerEngagementChart;
import org.kolscope.charts.RatioHistogram;
import org.kolscope.charts.ReadableLogAxis;
import org.kolscope.charts.ResidualsChart;
import org.kolscope.charts.TierBoxChart;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.metrics.Interactions;
import org.kolscope.stats.Sample;
import org.kolscope.stats.benford.Benford;
import org.kolscope.stats.benford.BenfordResult;
import org.kolscope.stats.regression.OlsInfluence;
import org.kolscope.stats.regression.RegressionResult;
import org.kolscope.stats.regression.XySample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope chart FILE --type TYPE}: draws one chart of a KOL table to PNG or SVG and prints
 * the path written (or, with {@code --json}, one JSON document describing it).
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a chart of a KOL table to PNG or SVG; prints the file written.",
      "  follower-engagement  log-log, tiers, power law + 95 %% band, LOESS, names",
      "  tier-box             a value (or ratio) per tier: boxes, points, medians",
      "  ratio-hist           a ratio's histogram with the healthy band shaded",
      "  benford              first digits of a count vs Benford's law",
      "  residuals            rstudent vs leverage, Cook's distance 0.5 and 1",
      "  cpe                  cost per engagement by tier",
    })
public final class ChartCommand implements Callable<Integer> {

  @picocli.CommandLine.Mixin LoadOptions loading;

  /** The chart types, in help order. */
  enum Type {
    FOLLOWER_ENGAGEMENT,
    TIER_BOX,
    RATIO_HIST,
    BENFORD,
    RESIDUALS,
    CPE;

    /** The command-line name, e.g. {@code follower-engagement}. */
    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The chart types' names, in help order. */
  static final List<String> TYPES = List.of(Type.values()).stream().map(Type::label).toList();

  static final class Types extends Choice<Type> {
    Types() {
      super("chart type", List.of(Type.values()), Type::label, null);
    }
  }

  /** The derived column of note interactions (互动量 = likes + collects + comments). */
  static final String INTERACTIONS = Interactions.COLUMN;

  @Parameters(index = "0", paramLabel = "FILE", description = "Accounts or notes table (CSV, …).")
  Path file;

  @Option(names = "--type", required = true, paramLabel = "TYPE", converter = Types.class,
      description = "One of: ${COMPLETION-CANDIDATES}", completionCandidates = Types.class)
  Type type;

  @Option(names = "--x", paramLabel = "COL",
      description = "X column (follower-engagement, residuals: followers; ratio-hist/tier-box: the"
          + " denominator; benford: the counted column).")
  String x;

  @Option(names = "--y", paramLabel = "COL",
      description = "Y column (follower-engagement, residuals: the engagement count; ratio-hist:"
          + " numerator; tier-box: the value, or numerator with --x; cpe: engagement column).")
  String y;

  @Option(names = "--out", paramLabel = "FILE.png|FILE.svg",
      description = "Output file (default: FILE's name + -TYPE.png in the current folder).")
  Path out;

  @Option(names = "--width", paramLabel = "W", defaultValue = "1000", description = "Width in pixels (default ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--height", paramLabel = "H", defaultValue = "650", description = "Height in pixels (default ${DEFAULT-VALUE}).")
  int height;

  @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "PNG pixel scale for high-DPI screens (default ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--tiers", paramLabel = "SPEC", description = "red (default), international, or bounds like 5k,50k,500k.")
  String tiers;

  @Option(names = "--tier-column", paramLabel = "COL", description = "Use this column's tiers instead of computing them.")
  String tierColumn;

  @Option(names = "--label", paramLabel = "COL", description = "KOL name column for labels (default name, else kol_id).")
  String label;

  @Option(names = "--flag", paramLabel = "COL", description = "Column marking flagged KOLs: boolean, number, the audit's verdict (review and suspicious are ringed) or other text.")
  String flag;

  @Option(names = "--band", paramLabel = "LO,HI", description = "Healthy band for ratio-hist, e.g. 0.01,0.03.")
  String band;

  @Option(names = "--title", paramLabel = "TEXT", description = "Chart title.")
  String title;

  @Option(names = "--json", description = "Print one JSON document describing the chart written.")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (width < 50 || width > 10_000 || height < 50 || height > 10_000) {
      throw new Main.UsageException(
          "--width and --height must be within 50..10000, got " + width + "x" + height);
    }
    if (!(scale > 0 && scale <= 8)) {
      throw new Main.UsageException("--scale must be in (0, 8], got " + scale);
    }
    Path target = out != null ? out : defaultOut();
    String ext = target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!ext.endsWith(".png") && !ext.endsWith(".svg")) {
      throw new Main.UsageException("--out must end in .png or .svg, got '" + target + "'");
    }
    Outputs.checkFile(target);
    Table t = loading.loadForAnalysis(file, spec.commandLine().getErr(), null);
    x = loading.column(t, x);
    y = y == null ? null : String.join(",",
        Arrays.stream(y.split(",", -1)).map(c -> loading.column(t, c)).toList());
    label = loading.column(t, label);
    OutOfMemory.doing("drawing the chart");
    JFreeChart chart = chart(t);
    Charts.save(chart, target, width, height, scale);
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("out", target.toString());
      doc.put("type", type.label());
      doc.put("format", ext.endsWith(".svg") ? "svg" : "png");
      doc.put("width", width);
      doc.put("height", height);
      doc.put("scale", scale);
      doc.put("rows", t.rowCount());
      doc.put("flagged", flag == null ? null : FlagColumn.count(t, flag));
      doc.put("title", chart.getTitle() == null ? null : chart.getTitle().getText());
      Json.print(spec.commandLine().getOut(), doc);
    } else {
      spec.commandLine().getOut().println(target);
      spec.commandLine().getOut().flush();
    }
    return Main.OK;
  }

  private Path defaultOut() {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return Path.of(stem + "-" + type.label() + ".png");
  }

  private Tiers tierSpec() {
    return tiers == null ? null : Tiers.parse(tiers);
  }

  private boolean notes(Table t) {
    return t.containsColumn(Schema.NOTE_ID);
  }

  JFreeChart chart(Table t) {
    return switch (type) {
      case FOLLOWER_ENGAGEMENT -> followerEngagement(t);
      case TIER_BOX -> tierBox(t);
      case RATIO_HIST -> ratioHist(t);
      case BENFORD -> benford(t);
      case RESIDUALS -> residuals(t);
      case CPE -> cpe(t);
    };
  }

  private String engagementY(Table t) {
    if (y != null) {
      return y;
    }
    if (!notes(t) && t.containsColumn(Schema.LIKES_AND_COLLECTS)) {
      return Schema.LIKES_AND_COLLECTS;
    }
    if (Interactions.XINHONG.components().stream()
        .allMatch(c -> t.containsColumn(c) && t.column(c) instanceof NumericColumn<?>)) {
      Interactions.XINHONG.add(t);
      return INTERACTIONS;
    }
    if (t.containsColumn(Schema.LIKES_AND_COLLECTS)) {
      return Schema.LIKES_AND_COLLECTS;
    }
    throw new IllegalArgumentException(
        "no engagement column (likes_and_collects, or likes, collects and comments) in "
            + t.columnNames() + "; choose one with --y");
  }

  private JFreeChart followerEngagement(Table t) {
    FollowerEngagementChart.Builder b =
        FollowerEngagementChart.of(t).x(x != null ? x : Schema.FOLLOWERS).y(engagementY(t))
            .tiers(tierSpec()).tierColumn(tierColumn).flagged(flag);
    if (label != null) {
      b.label(label);
    }
    if (title != null) {
      b.title(title);
    }
    return b.build();
  }

  private JFreeChart tierBox(Table t) {
    TierBoxChart.Builder b = TierBoxChart.of(t).tiers(tierSpec()).tierColumn(tierColumn);
    if (y != null && x != null) {
      b.ratio(y, x);
    } else if (y != null) {
      b.value(y);
    } else {
      String num = engagementY(t);
      b.ratio(num, Schema.FOLLOWERS)
          .format(num.equals(Schema.LIKES_AND_COLLECTS) ? ReadableLogAxis.TIMES : ReadableLogAxis.PERCENT)
          .title((num.equals(INTERACTIONS) ? "Engagement rate (interactions / followers)"
              : "Likes + collects per follower") + " by tier");
    }
    if (title != null) {
      b.title(title);
    }
    return b.build();
  }

  private JFreeChart ratioHist(Table t) {
    RatioHistogram.Builder b;
    if (x != null || y != null) {
      if (x == null || y == null) {
        throw new Main.UsageException("ratio-hist needs both --y (numerator) and --x (denominator)");
      }
      b = RatioHistogram.of(t, y, x);
    } else if (notes(t) && t.containsColumn(Schema.VIEWS) && t.containsColumn(Schema.LIKES)) {
      b = RatioHistogram.likesPerView(t);
    } else {
      b = RatioHistogram.likesPerFollower(t);
    }
    if (band != null) {
      String[] p = band.split(",");
      try {
        if (p.length != 2) {
          throw new NumberFormatException();
        }
        b.band(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()));
      } catch (NumberFormatException e) {
        throw new Main.UsageException("--band must be LO,HI such as 0.01,0.03, got '" + band + "'");
      }
    }
    if (title != null) {
      b.title(title);
    }
    return b.build();
  }

  private JFreeChart benford(Table t) {
    String col = x != null ? x : Schema.FOLLOWERS;
    BenfordResult r = Benford.test(Sample.from(t, col, null), Benford.Digits.FIRST, 0.05);
    warn(r.warnings());
    BenfordChart.Builder b =
        BenfordChart.of(r).of(col.equals(Schema.FOLLOWERS) ? "follower counts" : col);
    if (title != null) {
      b.title(title);
    }
    return b.build();
  }

  private JFreeChart residuals(Table t) {
    String xc = x != null ? x : Schema.FOLLOWERS;
    String yc = engagementY(t);
    String names = label != null ? label
        : t.containsColumn(Schema.NAME) ? Schema.NAME
        : t.containsColumn(Schema.KOL_ID) ? Schema.KOL_ID : null;
    RegressionResult r = OlsInfluence.fit(XySample.from(t, xc, yc, names, true, null), 0.05);
    warn(r.warnings());
    ResidualsChart.Builder b = ResidualsChart.of(r);
    if (title != null) {
      b.title(title);
    }
    return b.build();
  }

  /** The statistics' caveats (rows left out, small samples) go to stderr. */
  private void warn(List<String> warnings) {
    for (String w : warnings) {
      spec.commandLine().getErr().println("warning: " + w);
    }
    spec.commandLine().getErr().flush();
  }

  private JFreeChart cpe(Table t) {
    CostPerEngagementChart.Builder b = CostPerEngagementChart.of(t).tiers(tierSpec())
        .tierColumn(tierColumn);
    if (y != null) {
      b.engagement(y.split(","));
    }
    if (x != null) {
      b.cost(x);
    }
    if (title != null) {
      b.title(title);
    }
    return b.build();
  }
}
