package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code kolscope load} says about the bad inputs of the loader's corpus (written here, the
 * corpus itself is the toolkit's): exit status, the one-line reason on stderr, the report on
 * stdout — and never a Java class, a parser setting or a JSON library feature name.
 */
class LoadCommand_BadInputTest {
  @TempDir Path dir;

  private static final List<String> INTERNALS =
      List.of("Exception", "java.", "ALLOW_", "Feature", "parser settings", "univocity", "jackson");

  private Path file(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path file(String name, String text) throws Exception {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertNoInternals(CliRun r) {
    for (String s : INTERNALS) {
      assertThat(r.err()).as("stderr").doesNotContain(s);
      assertThat(r.out()).as("stdout").doesNotContain(s);
    }
  }

  @Test
  void whitespaceOnly_exit1_noHeaderRow() throws Exception {
    Path p = file("blank.csv", "  \n\t\n\n");
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: " + p + ": no header row (the file holds only whitespace)\n");
    assertNoInternals(r);
  }

  @Test
  void pdfNamedCsv_exit1_namedForWhatItIs() throws Exception {
    Path p = file("report.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).isEqualTo(
        "kolscope: " + p + ": a PDF document, not a table: export the table as CSV or XLSX\n");
    assertNoInternals(r);
  }

  @Test
  void gzip_readLikeThePlainFile() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(b)) {
      gz.write("博主ID,粉丝数\na,1.2万\nb,3e3\n".getBytes(Charset.forName("GB18030")));
    }
    Path p = file("accounts.csv.gz", b.toByteArray());
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith(p + ": accounts, csv, GB18030\nrows read 2, kept 2, rejected 0")
        .contains("notes: gzip-compressed: read decompressed;");
    assertNoInternals(r);
  }

  @Test
  void givenWrongEncoding_exit1_suggestsTheRightOne() throws Exception {
    Path p = file("gbk.csv", "博主ID,粉丝数\na,1.2万\n".getBytes(Charset.forName("GB18030")));
    CliRun r = CliRun.of("load", p.toString(), "--encoding", "UTF-8");
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: " + p + ": line 1 (the header) holds bytes that are not"
        + " UTF-8, the encoding given (B2 A9 D6 F7); the file reads as GB18030: give --encoding GB18030"
        + " (KolData.loader().encoding(\"GB18030\")) or leave the encoding out to have it detected\n");
    assertNoInternals(r);
  }

  @Test
  void nanAndExponents_rowKept_cellReported() throws Exception {
    Path p = file("ratios.csv", "kol_id,followers,ratio\na,1e4,2.7730394788474835E-4\nb,200,inf\n");
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("rows read 2, kept 2, rejected 0, suspicious 0, cells kept as missing 1\n")
        .contains("columns: kol_id (STRING) followers (LONG) ratio (DOUBLE)\n")
        .contains("  " + p + ":3: column ratio 'inf': not a finite number (infinity): kept as missing (note)");
  }

  @Test
  void nan_strict_exit1_countedAsKeptAsMissing() throws Exception {
    Path p = file("ratios.csv", "kol_id,followers,ratio\na,100,NaN\n");
    CliRun r = CliRun.of("load", p.toString(), "--strict");
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).startsWith("kolscope: " + p
        + ": 1 problem(s) in strict mode (0 rejected, 0 suspicious, 1 kept as missing)\n");
  }

  @Test
  void wrappedJson_recordsFoundAndTheirPathNoted() throws Exception {
    Path p = file("api.json",
        "{\"code\":0,\"data\":{\"accounts\":[{\"kol_id\":\"a\",\"followers\":1},{\"kol_id\":\"b\",\"followers\":2}]}}");
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("rows read 2, kept 2").contains("records from data.accounts");
  }

  @Test
  void truncatedNdjsonLine_rejectedOnItsLine_restKept() throws Exception {
    Path p = file("crawl.ndjson", "{\"kol_id\":\"a\",\"followers\":1}\n{\"kol_id\":\"b\",\"foll\n"
        + "{\"kol_id\":\"c\",\"followers\":3}\n");
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("rows read 3, kept 2, rejected 1")
        .contains(p + ":2: bad JSON: the record ends before it is complete (cut off?) (rejected)");
    assertNoInternals(r);
  }

  @Test
  void crOnlyLineEnds_readAsLines() throws Exception {
    Path p = file("mac.csv", "kol_id,followers\ra,1\rb,2\r");
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("rows read 2, kept 2").contains("lines end with CR alone (old Mac OS style)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing.csv", "no-such-folder/x.csv", "."})
  void unreadablePath_exit1_causeInWords(String name) {
    Path p = name.equals(".") ? dir : dir.resolve(name);
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).startsWith("kolscope: cannot read " + p + ": ");
    assertThat(r.err()).containsAnyOf("no such file", "no such folder", "is a directory");
    assertNoInternals(r);
  }

  @Test
  void badJsonWithACommentInIt_reasonWithoutJacksonFeatureNames() throws Exception {
    // Jackson's own message names the feature ALLOW_COMMENTS; the user sees the problem only
    Path p = file("c.json", "[\n {\"kol_id\": \"a\", /* note */ \"followers\": 1}\n]\n");
    CliRun r = CliRun.of("load", p.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).startsWith("kolscope: " + p + ":2:");
    assertNoInternals(r);
  }
}
