package org.kolscope.report;

import static org.kolscope.core.HtmlText.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.kolscope.charts.Charts;
import org.kolscope.charts.FollowerEngagementChart;
import org.kolscope.core.Schema;
import org.kolscope.io.IoErrors;
import org.kolscope.io.LoadReport;
import org.kolscope.rules.AuditResult;
import org.kolscope.tiers.TierComparison;

/**
 * An audit as one self-contained HTML page for a brand manager: open it in any browser, mail it,
 * print it. It holds the data summary, the verdict counts, a sortable and filterable table of KOLs
 * with every reason in words, the tier summary (Kruskal–Wallis, Dunn's pairs, the power law), the
 * statistical tests (outliers within tiers, Benford's law on follower counts), when the notes carry
 * publication times a "When to post" section ({@link TimingSection}: engagement by hour and weekday,
 * image against video, gifted against paid), the rules' firing rates per tier and the charts.
 *
 * <pre>{@code
 * AuditResult r = Audit.of(accounts).posts(notes).run();
 * AuditReport.of(r).title("Spring campaign shortlist").write(Path.of("report.html"));
 * String html = AuditReport.of(r).html();
 * }</pre>
 *
 * <p><b>Self-contained.</b> Charts are PNG {@code data:} URIs drawn at twice their CSS size; the
 * CSS and the small table sorter are inline; nothing is fetched from the network. A
 * Content-Security-Policy meta tag allows only inline styles, {@code data:} images and the
 * report's own script (by its SHA-256 hash), so even markup smuggled into a KOL name could not run
 * or load anything. All text from the data is escaped.
 *
 * <p><b>Markup.</b> The page is polyglot HTML: valid HTML5 and well-formed XML, so tests and tools
 * can check it with an XML parser.
 *
 * <p><b>Unavailable parts.</b> A test or chart that cannot be computed on the data (no likes +
 * collects column, a single tier, too few values) leaves a sentence saying why; the rest of the
 * report is still written.
 */
public final class AuditReport {
  /** Most KOLs listed by default (the worst first). */
  public static final int DEFAULT_MAX_ROWS = 10_000;
  /** Default pixel scale of the embedded charts. */
  public static final double DEFAULT_SCALE = 2;

  private final AuditResult result;
  private String title = "KOL audit report";
  private final List<LoadReport> sources = new ArrayList<>();
  private String metric;
  private boolean charts = true;
  private double scale = DEFAULT_SCALE;
  private int maxRows = DEFAULT_MAX_ROWS;
  private long seed = TierComparison.DEFAULT_SEED;
  private Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private AuditReport(AuditResult result) {
    this.result = Objects.requireNonNull(result, "audit result");
  }

  /**
   * Starts a report of an audit.
   *
   * @param result the audit (not null)
   * @return the report, to configure and {@link #write} or render as {@link #html()}
   */
  public static AuditReport of(AuditResult result) {
    return new AuditReport(result);
  }

  /**
   * The page title and heading (default "KOL audit report").
   *
   * @param title the title (not null or blank)
   * @return this
   * @throws IllegalArgumentException if blank
   */
  public AuditReport title(String title) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("report title must not be blank, got '" + title + "'");
    }
    this.title = title;
    return this;
  }

  /**
   * The load reports of the files the audit read, for the data summary (files, rows read, kept
   * and rejected, problems). Without them the report says the load problems are not known.
   *
   * @param reports the load reports (not null), e.g. {@code KolData.loader().read(p).report()}
   * @return this
   */
  public AuditReport sources(List<LoadReport> reports) {
    reports.forEach(r -> sources.add(Objects.requireNonNull(r, "load report")));
    return this;
  }

  /** The load reports of the files the audit read (see {@link #sources(List)}). */
  public AuditReport sources(LoadReport... reports) {
    return sources(List.of(reports));
  }

  /**
   * The KOL-table column compared across tiers and tested for outliers (default: {@code median
   * engagement_rate} when the audit had notes, else {@code likes_and_collects / followers}).
   *
   * @param column a numeric column of the audit's KOL table (not null)
   * @return this
   */
  public AuditReport metric(String column) {
    this.metric = Objects.requireNonNull(column, "metric");
    return this;
  }

  /**
   * Whether to draw the charts (default true); without them the page is much smaller.
   *
   * @param on draw charts
   * @return this
   */
  public AuditReport charts(boolean on) {
    this.charts = on;
    return this;
  }

  /**
   * Pixel scale of the embedded charts (default 2: sharp on high-DPI screens and in print).
   *
   * @param s a scale in (0, {@value Charts#MAX_SCALE}]
   * @return this
   * @throws IllegalArgumentException if s is outside that range
   */
  public AuditReport scale(double s) {
    if (!(s > 0 && s <= Charts.MAX_SCALE)) {
      throw new IllegalArgumentException("chart scale must be in (0, " + Charts.MAX_SCALE + "], got " + s);
    }
    this.scale = s;
    return this;
  }

  /**
   * Most KOLs listed in the table, the worst first (default {@value #DEFAULT_MAX_ROWS}); the page
   * says when some are left out.
   *
   * @param n at least 1
   * @return this
   * @throws IllegalArgumentException if n &lt; 1
   */
  public AuditReport maxRows(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("maxRows must be >= 1, got " + n);
    }
    this.maxRows = n;
    return this;
  }

  /**
   * Seed of the tier comparison's bootstraps (default {@value TierComparison#DEFAULT_SEED}).
   *
   * @param s the seed
   * @return this
   */
  public AuditReport seed(long s) {
    this.seed = s;
    return this;
  }

  /**
   * The time printed as "generated" (default: now); null leaves it out, which makes the page
   * byte-for-byte reproducible.
   *
   * @param t the time, or null
   * @return this
   */
  public AuditReport generatedAt(Instant t) {
    this.generatedAt = t;
    return this;
  }

  /**
   * Renders the page.
   *
   * @return the HTML document
   */
  public String html() {
    try (ReportPool pool = new ReportPool()) {
      ChartImages images = new ChartImages(charts, scale, pool);
      StringBuilder body = new StringBuilder(1 << 16);
      SummarySection.overview(body, result, sources);
      headline(body, result, images); // drawn while the data below are computed
      ReportData d = new ReportData(result, metric, seed, pool);
      return images.fill(page(d, images, body));
    }
  }

  private String page(ReportData d, ChartImages images, StringBuilder body) {
    KolTable.render(body, d, maxRows);
    EvidenceSection.render(body, result);
    TierSection.render(body, d, images);
    TestsSection.render(body, d, images);
    TimingSection.render(body, d, images);
    SummarySection.rules(body, result);

    String script = "//<![CDATA[\n" + Html.resource("report.js") + "//]]>\n";
    StringBuilder sb = new StringBuilder(body.length() + 20_000);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("img-src data:; style-src 'unsafe-inline'; script-src 'sha256-")
        .append(sha256(script)).append("'\"/>\n")
        .append("<meta name=\"generator\" content=\"KOLScope\"/>\n<title>").append(escape(title))
        .append("</title>\n<style>/*<![CDATA[*/\n").append(Html.resource("report.css"))
        .append("/*]]>*/</style>\n</head>\n<body>\n<header class=\"top\"><h1>").append(escape(title))
        .append("</h1><div class=\"meta\">").append(result.kols().rowCount()).append(" KOLs");
    if (result.noteCount() >= 0) {
      sb.append(" · ").append(result.noteCount()).append(" notes");
    }
    sb.append(" · tiers ").append(escape(result.tiers().name()));
    if (generatedAt != null) {
      sb.append(" · generated ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
          .withZone(ZoneOffset.UTC).format(generatedAt));
    }
    sb.append(" · KOLScope</div>\n<nav class=\"toc\"><a href=\"#summary\">Verdicts</a>")
        .append("<a href=\"#overview\">Followers vs engagement</a><a href=\"#kols\">KOLs</a>")
        .append("<a href=\"#evidence\">Evidence</a>")
        .append("<a href=\"#tiers\">Tier summary</a><a href=\"#tests\">Statistical tests</a>")
        .append(d.timing == null ? "" : "<a href=\"#timing\">When to post</a>")
        .append("<a href=\"#rules\">Field-guide rules</a></nav></header>\n<main>\n")
        .append(body)
        .append("</main>\n<footer>Made with KOLScope. Verdicts are leads for a human review, "
            + "not proof of fraud: every reason above says what was measured and against which "
            + "threshold.</footer>\n<script>").append(script).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * Writes the page (UTF-8); parent folders are created.
   *
   * @param file the file to write (not null)
   * @return the file
   * @throws UncheckedIOException if it cannot be written
   */
  public Path write(Path file) {
    Objects.requireNonNull(file, "file");
    String html = html();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(file, e), e);
    }
    return file;
  }

  private static void headline(StringBuilder sb, AuditResult result, ChartImages images) {
    FollowerEngagementChart.Builder chart = FollowerEngagementChart.of(result.kols())
        .flagged(AuditResult.VERDICT).tierColumn(Schema.TIER).tiers(result.tiers());
    int flagged = 0;
    for (boolean f : chart.flaggedRows()) {
      flagged += f ? 1 : 0;
    }
    sb.append("<section id=\"overview\"><h2>Followers vs engagement</h2>\n")
        .append("<p class=\"small muted\">Each dot is a KOL, coloured by tier. Ringed in red: "
            + "the <span id=\"ringed\">").append(flagged).append("</span> KOLs the audit flagged "
            + "(review or suspicious); the most extreme are named, with the outliers from the "
            + "power-law fit. Dotted lines: the field guide's 3× and 5× likes + collects per "
            + "follower.</p>\n");
    images.figure(sb, chart::build, 1300, 740,
        "Followers against likes + collects, flagged KOLs labelled", null);
    sb.append("</section>\n");
  }

  private static String sha256(String s) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
