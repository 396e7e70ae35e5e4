package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.cli.Main;

/**
 * {@code kolscope audit … --engine spark} reads text in the encodings the loader reads, as the
 * loader reads them: GB18030 found or given, a file whose first bytes look like UTF-8 and whose
 * later rows are GB18030 read again in GB18030, rows holding bytes not valid in a given encoding
 * rejected naming the bytes (a broken four-byte sequence before a line end does not join two
 * rows), a file mostly not in the given encoding refused, UTF-16 refused with what to do. Each case
 * compares the exit status, stdout and the last line of stderr with the command without Spark.
 */
class AuditCommand_SparkEncodingTest {
  @TempDir static Path dir;
  static Path gb;
  static Path asciiThenGb;
  static Path gbBad;
  static Path utf8;

  private static final String[] NAMES = {"桃本人", "小鹿", "阿花", "美妆日记", "大胃王", "旅行家"};

  /** 3,000 notes of the shipped data with a Chinese nickname; from {@code chineseFrom} on only. */
  private static List<String> rows(int chineseFrom) throws IOException {
    List<String> src = Files.readAllLines(LocalSpark.ROOT.resolve("data/notes.csv"), StandardCharsets.UTF_8);
    Random r = new Random(5);
    List<String> out = new ArrayList<>();
    out.add(src.get(0) + ",昵称");
    for (int i = 1; i <= 3000; i++) {
      out.add(src.get(i) + "," + (i >= chineseFrom ? NAMES[r.nextInt(NAMES.length)] : "nick") + i % 97);
    }
    return out;
  }

  private static Path write(String name, List<byte[]> lines) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      b.write(l);
      b.write('\n');
    }
    return Files.write(dir.resolve(name), b.toByteArray());
  }

  private static List<byte[]> encoded(List<String> rows, Charset cs) {
    List<byte[]> out = new ArrayList<>();
    rows.forEach(l -> out.add(l.getBytes(cs)));
    return out;
  }

  @BeforeAll
  static void files() throws IOException {
    Charset gb18030 = Charset.forName("GB18030");
    gb = write("gb.csv", encoded(rows(1), gb18030));
    // about 250 KB of ASCII first: the first bytes look like UTF-8
    asciiThenGb = write("ascii-then-gb.csv", encoded(rows(2500), gb18030));
    List<byte[]> bad = encoded(rows(1), gb18030);
    bad.set(100, concat(bad.get(100), new byte[] {(byte) 0xFF, (byte) 0xFF}, 20));
    // a broken four-byte sequence right before the line end: the decoder reports it with the 0A
    byte[] end = bad.get(2000);
    bad.set(2000, concat(end, new byte[] {(byte) 0x81, 0x30}, end.length));
    gbBad = write("gb-bad.csv", bad);
    utf8 = write("utf8.csv", encoded(rows(1), StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] insert, int at) {
    byte[] out = new byte[a.length + insert.length];
    System.arraycopy(a, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(a, at, out, at + insert.length, a.length - at);
    return out;
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static CliRun[] both(Path file, String encoding) {
    List<String> a = new ArrayList<>(List.of("audit", "--posts", file.toString(), "--json"));
    if (!encoding.isEmpty()) {
      a.addAll(List.of("--encoding", encoding));
    }
    CliRun local = run(a.toArray(new String[0]));
    a.addAll(List.of("--engine", "spark", "--master", "local[2]"));
    return new CliRun[] {local, run(a.toArray(new String[0]))};
  }

  private static String reportLine(String err) {
    return err.lines().filter(l -> l.startsWith("kolscope: " + dir)).reduce((x, y) -> y).orElse("");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "gb, ''", "ascii-then-gb, ''", "shipped-gb18030, GB18030",
  })
  void sameDocumentAsLocal(String file, String encoding) {
    Path f = switch (file) {
      case "gb" -> gb;
      case "ascii-then-gb" -> asciiThenGb;
      default -> LocalSpark.ROOT.resolve("data/red-notes-gb18030.csv");
    };
    CliRun[] r = both(f, encoding);
    assertThat(r[0].status()).as(r[0].err()).isZero();
    assertThat(r[1].status()).as(r[1].err()).isZero();
    assertThat(r[1].out()).contains("\"verdict\"").isEqualTo(r[0].out());
    assertThat(reportLine(r[1].err())).isEqualTo(reportLine(r[0].err()));
  }

  @Test
  void badBytesGiven_rowsRejectedNamingThem_theLineAfterABrokenSequenceKept() {
    CliRun[] r = both(gbBad, "GB18030");
    assertThat(r[1].status()).as(r[1].err()).isZero();
    assertThat(r[1].out()).contains("\"verdict\"").isEqualTo(r[0].out());
    assertThat(reportLine(r[1].err())).contains("2 row(s) rejected", "bytes FF FF on line 101 are not GB18030")
        .isEqualTo(reportLine(r[0].err()));
    CliRun load = run("load", gbBad.toString(), "--encoding", "GB18030");
    assertThat(load.out()).contains("bytes 81 30 on line 2001 are not GB18030").doesNotContain("line 2002");
  }

  @Test
  void utf8FileGivenAsGb18030_sameFailureAsLocal() {
    CliRun[] r = both(utf8, "GB18030");
    assertThat(r[0].status()).isEqualTo(Main.FAILURE);
    assertThat(r[1].status()).isEqualTo(Main.FAILURE);
    assertThat(r[1].out()).isEmpty();
    assertThat(r[1].lastErrLine()).contains("rows hold bytes that are not GB18030", "reads as UTF-8")
        .isEqualTo(r[0].lastErrLine());
  }

  @Test
  void utf16_refusedSayingWhatToDo() throws IOException {
    Path f = dir.resolve("utf16.csv");
    byte[] body = String.join("\n", rows(1)).getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(f, withBom);
    CliRun[] r = both(f, "");
    assertThat(r[0].status()).as(r[0].err()).isZero();
    assertThat(r[1].status()).isEqualTo(Main.FAILURE);
    assertThat(r[1].lastErrLine()).contains("UTF-16LE", "cannot be cut at line ends", "iconv", "without --engine spark");
  }

  @Test
  void unknownEncoding_usageErrorAsLocal() {
    CliRun[] r = both(gb, "GB-9999");
    assertThat(r[0].status()).isEqualTo(Main.USAGE);
    assertThat(r[1].status()).isEqualTo(Main.USAGE);
    assertThat(r[1].lastErrLine()).contains("unknown encoding 'GB-9999'").isEqualTo(r[0].lastErrLine());
  }
}
