package org.kolscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.io.Schema;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.kolscope.rules.Flag;
import org.kolscope.tiers.TierComparison;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tech.tablesaw.api.Table;

/**
 * The report page: well-formed, self-contained, one row per KOL, every reason, escaped names,
 * embedded charts. The page is parsed with the JDK's XML parser (the report is polyglot markup).
 */
class AuditReport_HtmlTest {
  static final String HOSTILE = "<img src=x onerror=alert(1)>";
  static final String QUOTES = "Tom & \"Jerry\" 'Co' </td>";
  static final String CHINESE = "小红书达人 🌸";
  static final int KOLS = 80;

  static AuditResult audit;
  static String html;
  static Document doc;

  /**
   * {@code n} generated accounts with 6 notes each (seeded; all RED tiers, some injected fraud);
   * {@code names} replace the first accounts' names.
   */
  static AuditResult generatedAudit(int n, long seed, String... names) {
    GeneratedData g = Generator.builder().accounts(n).notesPerAccount(6).seed(seed).build().generate();
    Table accounts = g.accounts();
    for (int i = 0; i < names.length; i++) {
      accounts.stringColumn(Schema.NAME).set(i, names[i]);
    }
    return Audit.of(accounts).posts(g.notes()).run();
  }

  @BeforeAll
  static void render() throws Exception {
    audit = generatedAudit(KOLS, 20261126L, HOSTILE, QUOTES, CHINESE, "ctl\u0001char");
    html = AuditReport.of(audit).title("Audit <of> \"spring\" & co").generatedAt(null).html();
    doc = parse(html);
  }

  static Document parse(String s) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document d, String tag) {
    NodeList nl = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  static Element byId(Document d, String id) {
    for (Element e : elements(d, "*")) {
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id '" + id + "'");
  }

  static List<Element> children(Element e, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The text of the first {@code <span class="cls">} inside {@code e}. */
  static String span(Element e, String cls) {
    NodeList nl = e.getElementsByTagName("span");
    for (int i = 0; i < nl.getLength(); i++) {
      Element s = (Element) nl.item(i);
      if (s.getAttribute("class").equals(cls)) {
        return s.getTextContent();
      }
    }
    throw new AssertionError("no span." + cls + " in " + e.getTextContent());
  }

  static List<Element> kolRows(Document d) {
    Element table = byId(d, "kol-table");
    return children(children(table, "tbody").get(0), "tr");
  }

  @Test
  void page_isWellFormedPolyglotHtml_withUniqueIds() {
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
    Set<String> ids = new HashSet<>();
    for (Element e : elements(doc, "*")) {
      if (e.hasAttribute("id")) {
        assertThat(ids.add(e.getAttribute("id"))).as("duplicate id %s", e.getAttribute("id")).isTrue();
      }
    }
    assertThat(elements(doc, "meta").stream().map(m -> m.getAttribute("charset"))).contains("utf-8");
  }

  @Test
  void page_referencesNothingOutside() {
    assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://")
        .doesNotContain("//cdn").doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(");
    for (Element e : elements(doc, "*")) {
      for (String a : List.of("src", "href", "action", "data", "poster", "srcset")) {
        if (e.hasAttribute(a)) {
          String v = e.getAttribute(a);
          assertThat(v.startsWith("data:image/png;base64,") || v.startsWith("#"))
              .as("<%s %s=\"%s…\">", e.getTagName(), a, v.substring(0, Math.min(40, v.length())))
              .isTrue();
        }
      }
    }
    for (Element s : elements(doc, "script")) {
      assertThat(s.hasAttribute("src")).isFalse();
    }
    assertThat(elements(doc, "link")).isEmpty();
  }

  @Test
  void urlsInNames_stayText_neverBecomeReferences() throws Exception {
    String url = "https://evil.example/x.js";
    AuditResult a = generatedAudit(12, 7L, url, "javascript:alert(1)");
    Document d = parse(AuditReport.of(a).charts(false).html());
    for (Element e : elements(d, "*")) {
      for (String attr : List.of("src", "href")) {
        assertThat(e.getAttribute(attr)).doesNotContain("evil.example").doesNotStartWith("javascript:");
      }
    }
    assertThat(kolRows(d).stream().map(tr -> span(children(tr, "td").get(0), "name")))
        .contains(url, "javascript:alert(1)");
  }

  @Test
  void sections_allPresent_inReadingOrder() {
    List<String> sections = elements(doc, "section").stream().map(e -> e.getAttribute("id")).toList();
    // the generated notes carry publication times, hence "When to post" (AuditReport_TimingSectionTest)
    assertThat(sections).containsExactly("summary", "overview", "kols", "evidence", "tiers", "tests",
        "timing", "rules");
    assertThat(elements(doc, "h2").stream().map(Node::getTextContent)).containsExactly(
        "Data and verdicts", "Followers vs engagement", "KOLs", "How the verdicts were reached",
        "Tier summary", "Statistical tests", "When to post", "Field-guide rules per tier (context)");
    assertThat(elements(doc, "title").get(0).getTextContent()).isEqualTo("Audit <of> \"spring\" & co");
    assertThat(elements(doc, "h1").get(0).getTextContent()).isEqualTo("Audit <of> \"spring\" & co");
  }

  @Test
  void kolTable_oneRowPerKol_withVerdictClassAndEveryReason() {
    List<Element> rows = kolRows(doc);
    assertThat(rows).hasSize(KOLS);
    Table k = audit.kols();
    Set<String> ids = new HashSet<>();
    Map<String, List<Flag>> flags = audit.flagsByKol();
    for (Element tr : rows) {
      List<Element> td = children(tr, "td");
      String id = span(td.get(0), "id");
      ids.add(id);
      String verdict = audit.verdictOf(id).label();
      assertThat(tr.getAttribute("data-verdict")).isEqualTo(verdict);
      assertThat(tr.getTextContent()).contains(verdict);
      assertThat(html).contains("class=\"v v-" + verdict + "\"");
      for (Flag f : flags.getOrDefault(id, List.of())) {
        assertThat(tr.getTextContent()).contains(f.rule() + ": " + f.reason());
      }
    }
    assertThat(ids).hasSize(k.rowCount());
    assertThat(flags).isNotEmpty();
  }

  @Test
  void kolTable_worstFirst() {
    List<Element> rows = kolRows(doc);
    List<String> verdicts = rows.stream().map(r -> r.getAttribute("data-verdict")).toList();
    int firstOk = verdicts.indexOf("ok");
    assertThat(firstOk).isPositive();
    assertThat(verdicts.subList(firstOk, verdicts.size())).containsOnly("ok");
    assertThat(verdicts.get(0)).isIn("suspicious", "review");
  }

  @Test
  void hostileName_isEscapedText_neverMarkup() {
    assertThat(html).doesNotContain(HOSTILE).doesNotContain("<img src=x")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
    for (Element e : elements(doc, "*")) {
      NamedNodeMap attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        assertThat(attrs.item(i).getNodeName()).doesNotStartWithIgnoringCase("on");
      }
    }
    List<String> names = kolRows(doc).stream()
        .map(tr -> span(children(tr, "td").get(0), "name")).toList();
    assertThat(names).contains(HOSTILE, QUOTES, CHINESE, "ctl\uFFFDchar");
    assertThat(elements(doc, "img")).allSatisfy(
        img -> assertThat(img.getAttribute("src")).startsWith("data:image/png;base64,"));
  }

  @Test
  void charts_fourPngs_embeddedAtTwiceTheirCssSize() throws Exception {
    List<Element> imgs = elements(doc, "img");
    // four audit charts, then the "When to post" ones (AuditReport_TimingSectionTest): on 480 notes
    // the hour profiles (all, largest tier) and the two box plots; the heatmap has no cell with 30
    // notes and leaves a sentence instead
    assertThat(imgs).hasSize(8);
    assertThat(byId(doc, "timing").getTextContent())
        .contains("Chart “Median engagement by weekday and hour” not drawn");
    for (Element img : imgs) {
      String src = img.getAttribute("src");
      byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
      BufferedImage bi = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(bi.getWidth()).isEqualTo(2 * Integer.parseInt(img.getAttribute("width")));
      assertThat(bi.getHeight()).isEqualTo(2 * Integer.parseInt(img.getAttribute("height")));
      assertThat(img.getAttribute("alt")).isNotBlank();
    }
    assertThat(imgs.stream().map(i -> i.getAttribute("alt"))).anyMatch(a -> a.contains("Benford"))
        .anyMatch(a -> a.contains("by tier")).anyMatch(a -> a.startsWith("Followers"))
        .anyMatch(a -> a.startsWith("Histogram"));
  }

  @Test
  void chartsOff_noImages_andScaleOneHalvesPixels() throws Exception {
    Document plain = parse(AuditReport.of(audit).charts(false).html());
    assertThat(elements(plain, "img")).isEmpty();
    assertThat(kolRows(plain)).hasSize(KOLS);
    Document x1 = parse(AuditReport.of(audit).scale(1).html());
    Element img = elements(x1, "img").get(0);
    byte[] png = Base64.getDecoder().decode(img.getAttribute("src").substring(22));
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth())
        .isEqualTo(Integer.parseInt(img.getAttribute("width")));
  }

  @Test
  void verdictCards_matchTheAudit() {
    String summary = byId(doc, "summary").getTextContent();
    audit.verdictCounts().forEach((v, n) -> assertThat(summary).contains(n + v));
    assertThat(summary).contains(KOLS + "KOLs audited")
        .contains("Load problems: not known");
  }

  @Test
  void tierSummary_showsTheTierComparison() {
    TierComparison.Result t = TierComparison.of(audit.kols(), KolAggregates.MEDIAN_ENGAGEMENT_RATE)
        .tiers(audit.tiers()).run();
    List<Element> rows = children(children(byId(doc, "tier-summary"), "tbody").get(0), "tr");
    assertThat(rows).hasSize(t.groups().size());
    for (int i = 0; i < rows.size(); i++) {
      List<Element> td = children(rows.get(i), "td");
      assertThat(td.get(0).getTextContent()).isEqualTo(t.groups().get(i).tier());
      assertThat(td.get(1).getTextContent()).isEqualTo(Integer.toString(t.groups().get(i).n()));
    }
    String text = byId(doc, "tiers").getTextContent();
    assertThat(text).contains("Kruskal–Wallis H = " + Html.stat(t.kruskalWallis().h()))
        .contains("Power law").contains("b = " + Html.stat(t.powerLaw().b()));
    assertThat(children(children(byId(doc, "tier-pairs"), "tbody").get(0), "tr"))
        .hasSize(t.pairs().size());
  }

  @Test
  void testsAndRules_sectionsCarryResults() {
    String tests = byId(doc, "tests").getTextContent();
    assertThat(tests).contains("Outliers within tiers").contains("MAD outliers")
        .contains("Benford's law on follower counts").contains("χ² = ");
    // the regression outlier test reports the same slope as OlsInfluence on the KOL table
    org.kolscope.stats.regression.RegressionResult reg = org.kolscope.stats.regression.OlsInfluence.fit(
        org.kolscope.stats.regression.XySample.from(audit.kols(), "followers", "likes_and_collects",
            "kol_id", true, null), 0.05);
    assertThat(tests).contains("Regression outliers: likes + collects against followers")
        .contains("over " + reg.n() + " KOLs").contains("car::outlierTest");
    Table fr = audit.firingRates();
    List<Element> ruleRows = children(children(byId(doc, "firing"), "tbody").get(0), "tr");
    assertThat(ruleRows).hasSize(audit.rules().size());
    assertThat(ruleRows.get(0).getTextContent()).startsWith(audit.rules().get(0).label());
    int r1Top = -1;
    for (int i = 0; i < fr.rowCount(); i++) {
      if (fr.stringColumn("rule").get(i).startsWith("R1") && fr.stringColumn("tier").get(i).equals("KOC")) {
        r1Top = i;
      }
    }
    assertThat(ruleRows.get(0).getTextContent())
        .contains(fr.intColumn("fired").get(r1Top) + " / " + fr.intColumn("checked").get(r1Top));
  }

  @Test
  void script_isAllowedByTheContentSecurityPolicyHash() throws Exception {
    Element meta = elements(doc, "meta").stream()
        .filter(m -> m.getAttribute("http-equiv").equals("Content-Security-Policy")).findFirst()
        .orElseThrow();
    Matcher m = Pattern.compile("script-src 'sha256-([A-Za-z0-9+/=]+)'").matcher(meta.getAttribute("content"));
    assertThat(m.find()).isTrue();
    int open = html.indexOf("<script>") + "<script>".length();
    String script = html.substring(open, html.indexOf("</script>", open));
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    assertThat(m.group(1)).isEqualTo(hash);
    assertThat(meta.getAttribute("content")).contains("default-src 'none'").contains("img-src data:");
    assertThat(elements(doc, "script")).hasSize(1);
  }

  @Test
  void maxRows_listsTheWorstAndSaysSo() throws Exception {
    Document d = parse(AuditReport.of(audit).charts(false).maxRows(5).html());
    assertThat(kolRows(d)).hasSize(5);
    assertThat(byId(d, "kols").getTextContent()).contains("The 5 most serious of " + KOLS + " KOLs");
    assertThat(kolRows(d).get(0).getAttribute("data-verdict")).isNotEqualTo("ok");
  }

  @Test
  void write_createsFoldersAndWritesTheSamePage(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a/b/report.html");
    AuditReport rep = AuditReport.of(audit).charts(false).generatedAt(null);
    assertThat(rep.write(f)).isEqualTo(f);
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo(rep.html());
  }

  @Test
  void badOptions_throwNamingTheValue() {
    AuditReport r = AuditReport.of(audit);
    assertThat(assertThrows(IllegalArgumentException.class, () -> r.title("  ")).getMessage())
        .contains("'  '");
    assertThat(assertThrows(IllegalArgumentException.class, () -> r.maxRows(0)).getMessage())
        .contains("got 0");
    assertThat(assertThrows(IllegalArgumentException.class, () -> r.scale(9)).getMessage())
        .contains("got 9");
    assertThrows(NullPointerException.class, () -> AuditReport.of(null));
  }
}
