package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalText_EscapeTest {
  static final String EVIL = "\u001b[2J\u001b[31mEVIL\u202e";
  @TempDir Path dir;

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
    "0000, \\x00", "0007, \\x07", "0008, \\x08", "000d, \\x0d", "001b, \\x1b", "001f, \\x1f",
    "007f, \\x7f", "0080, \\x80", "009b, \\x9b", "009f, \\x9f",
    "202a, \\u202a", "202e, \\u202e", "2066, \\u2066", "2069, \\u2069",
  })
  void unsafeCharacter_isWrittenAsAVisibleEscape(String hex, String expected) {
    char c = (char) Integer.parseInt(hex, 16);
    assertThat(TerminalText.escape("a" + c + "b")).isEqualTo("a" + expected + "b");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0009", "000a", "0020", "007e", "00a0", "00e9", "2029", "202f", "2065", "206a", "4e2d"})
  void safeCharacter_isKept(String hex) {
    String s = "a" + (char) Integer.parseInt(hex, 16) + "b";
    assertThat(TerminalText.escape(s)).isSameAs(s);
  }

  @Test
  void ansiSequenceInAName_becomesText() {
    assertThat(TerminalText.escape(EVIL)).isEqualTo("\\x1b[2J\\x1b[31mEVIL\\u202e");
  }

  @Test
  void windowsLineEnd_isKept_loneCarriageReturn_isEscaped() {
    assertThat(TerminalText.escape("a\r\nb")).isEqualTo("a\r\nb");
    assertThat(TerminalText.escape("fake\rgood")).isEqualTo("fake\\x0dgood");
  }

  @Test
  void emojiAndChinese_surrogatesUntouched() {
    String s = "阿桃桃收纳控🧸";
    assertThat(TerminalText.escape(s)).isEqualTo(s);
  }

  @Test
  void writer_escapesPrintPrintlnAndFormat_butNotRaw() {
    StringWriter sw = new StringWriter();
    PrintWriter w = TerminalText.of(new PrintWriter(sw));
    w.print(EVIL);
    w.println('\u001b');
    w.printf("%s%n", "\u0085");
    TerminalText.raw(w, "\r\u001b[K");
    w.flush();
    assertThat(sw.toString())
        .isEqualTo("\\x1b[2J\\x1b[31mEVIL\\u202e\\x1b" + System.lineSeparator() + "\\x85"
            + System.lineSeparator() + "\r\u001b[K");
  }

  /** The writer's run-by-run path gives what {@link TerminalText#escape} gives, chunk by chunk. */
  @Property(tries = 500)
  void writer_chunksOfAnyText_sameAsEscape(
      @ForAll @StringLength(max = 40) @Chars({'a', '中', '\r', '\n', '\t', '\u001b', '\u007f', '\u0085',
          '\u202e', '\u2069', '\ud83d', '\ude00', ' ', '"'}) String text,
      @ForAll @IntRange(min = 1, max = 41) int chunk) {
    StringWriter sw = new StringWriter();
    PrintWriter w = TerminalText.of(new PrintWriter(sw));
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < text.length(); i += chunk) {
      String part = text.substring(i, Math.min(text.length(), i + chunk));
      if ((i / chunk) % 2 == 0) {
        w.write(part.toCharArray(), 0, part.length());
      } else {
        w.write(part);
      }
      expected.append(TerminalText.escape(part));
    }
    w.flush();
    assertThat(sw.toString()).isEqualTo(expected.toString());
  }

  @Test
  void wrappingTwice_escapesOnce() {
    StringWriter sw = new StringWriter();
    PrintWriter once = TerminalText.of(new PrintWriter(sw));
    assertThat(TerminalText.of(once)).isSameAs(once);
  }

  @Test
  void json_escapesTheSameCharacters_andParsesBackToTheSameString() throws Exception {
    StringWriter sw = new StringWriter();
    Json.print(new PrintWriter(sw), Map.of("name", EVIL + "\u007f\u009b\u2066"));
    String doc = sw.toString();
    assertThat(doc).doesNotContain("\u001b", "\u202e", "\u007f", "\u009b", "\u2066")
        .contains("\\u001B[2J", "\\u202E", "\\u007F", "\\u009B", "\\u2066");
    assertThat(new ObjectMapper().readTree(doc).get("name").asText())
        .isEqualTo(EVIL + "\u007f\u009b\u2066");
  }

  @Test
  void auditSummary_nameWithEscapes_printedEscaped_jsonStillExact() throws Exception {
    Path csv = dir.resolve("evil.csv");
    Files.writeString(csv, "kol_id,name,followers,likes_and_collects\n"
        + "k1,\"" + EVIL + "\",60000,3000\nk2,Clean,1000,4000\nk3,Quiet,3000,12000\n");
    CliRun human = CliRun.of("audit", csv.toString());
    assertThat(human.status()).isEqualTo(Main.OK);
    assertThat(human.out()).contains("\\x1b[2J\\x1b[31mEVIL\\u202e").doesNotContain("\u001b", "\u202e");
    CliRun json = CliRun.of("audit", csv.toString(), "--json");
    assertThat(json.out()).doesNotContain("\u001b", "\u202e");
    JsonNode kols = new ObjectMapper().readTree(json.out()).get("kols");
    assertThat(kols.findValuesAsText("name")).contains(EVIL);
  }

  @Test
  void loadProblem_valueWithEscapes_printedEscapedOnStderr() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "kol_id,name,followers\nk1,a,\u001b[31m12\nk2,b,100\n");
    CliRun r = CliRun.of("audit", csv.toString());
    assertThat(r.err()).contains("'\\x1b[31m12'").doesNotContain("\u001b");
  }
}
