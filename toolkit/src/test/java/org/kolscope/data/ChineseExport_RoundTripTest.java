package org.kolscope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.core.Schema;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The GB18030 export decodes strictly with Java's charset and carries what the docs promise. */
class ChineseExport_RoundTripTest {

  @TempDir static Path tmp;
  static Path file;
  static byte[] bytes;
  static String text;
  static Table table;

  @BeforeAll
  static void write() throws IOException {
    file = tmp.resolve(DataFiles.CHINESE_CSV);
    DataFiles.WrittenFile w = ChineseExport.write(Fixture.DEFAULT, file, 200);
    assertThat(w.rows()).isEqualTo(200);
    assertThat(w.encoding()).isEqualTo("GB18030");
    bytes = Files.readAllBytes(file);
    text =
        ChineseExport.GB18030
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    ColumnType[] types = new ColumnType[ChineseExport.HEADERS.size()];
    java.util.Arrays.fill(types, ColumnType.STRING);
    table =
        Table.read()
            .usingOptions(
                CsvReadOptions.builder(new java.io.StringReader(text))
                    .columnTypes(types)
                    .maxCharsPerColumn(10_000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"💄", "🏃‍♀️", "☁️", "🌸", "<b>Coco</b> & \"甜酷\""})
  void gb18030_encodesEmojiAndSpecials_losslessly(String s) throws CharacterCodingException {
    ByteBuffer enc =
        ChineseExport.GB18030
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(s));
    assertThat(ChineseExport.GB18030.newDecoder().decode(enc).toString()).isEqualTo(s);
  }

  @Test
  void file_isGb18030NotUtf8_andReencodesToTheSameBytes() {
    assertThrows(
        CharacterCodingException.class,
        () ->
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)));
    assertThat(text.getBytes(ChineseExport.GB18030)).isEqualTo(bytes);
    assertThat(bytes[0]).isNotEqualTo((byte) 0xEF); // no UTF-8 BOM
  }

  @Test
  void header_isChinese_andRowsAre200() {
    assertThat(text).startsWith(String.join(",", ChineseExport.HEADERS) + "\r\n");
    assertThat(table.columnNames()).isEqualTo(ChineseExport.HEADERS);
    assertThat(table.rowCount()).isEqualTo(200);
  }

  @Test
  void titles_carryNewlinesQuotesCommasAndEmoji() {
    List<String> titles = table.stringColumn("标题").asList();
    assertThat(titles).anyMatch(t -> t.contains("\n"));
    assertThat(titles).anyMatch(t -> t.contains("\""));
    assertThat(titles).anyMatch(t -> t.contains(","));
    assertThat(titles).anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(text).contains("\"\"平价替代\"\""); // quotes doubled inside a quoted cell
  }

  @Test
  void recordsEndInCrLf_butNewlinesInsideTitlesAreBareLf() {
    assertThat(text.split("\r\n", -1)).hasSize(202); // header + 200 rows + empty tail
    assertThat(text.replace("\r\n", "")).contains("\n");
  }

  @Test
  void counts_areAppStyle_withLowerBoundsAndDashes() {
    String count = "\\d+|\\d+(\\.\\d)?万|\\d+(\\.\\d)?亿";
    for (String h : List.of("点赞数", "收藏数", "评论数", "分享数", "粉丝数", "获赞与收藏", "笔记数")) {
      assertThat(table.stringColumn(h).asList()).as(h).allMatch(v -> v.matches(count));
    }
    List<String> views = table.stringColumn("阅读").asList();
    assertThat(views).allMatch(v -> v.matches(count + "|10万\\+|-"));
    assertThat(views).contains("10万+", "-");
    assertThat(table.stringColumn("粉丝数").asList()).anyMatch(v -> v.endsWith("万"));
  }

  /** Each count, read back (万 = 10⁴), is within half a rounding step of the exact value. */
  @Test
  void counts_matchTheUtf8NotesWithinRounding() {
    Table notes = Fixture.DEFAULT.notes();
    Map<String, Integer> row = new HashMap<>();
    for (int r = 0; r < notes.rowCount(); r++) {
      row.put(notes.stringColumn(Schema.NOTE_ID).get(r), r);
    }
    Map<String, String> col =
        Map.of(
            "点赞数",
            Schema.LIKES,
            "收藏数",
            Schema.COLLECTS,
            "评论数",
            Schema.COMMENTS,
            "粉丝数",
            Schema.FOLLOWERS,
            "获赞与收藏",
            Schema.LIKES_AND_COLLECTS);
    for (int r = 0; r < table.rowCount(); r++) {
      Integer n = row.get(table.stringColumn("笔记ID").get(r));
      assertThat(n).isNotNull();
      for (Map.Entry<String, String> e : col.entrySet()) {
        long exact = notes.longColumn(e.getValue()).getLong(n);
        String shown = table.stringColumn(e.getKey()).get(r);
        BigDecimal back =
            shown.endsWith("万")
                ? new BigDecimal(shown.substring(0, shown.length() - 1))
                    .multiply(BigDecimal.valueOf(10_000))
                : new BigDecimal(shown);
        assertThat(Math.abs(back.doubleValue() - exact))
            .as("%s %s", e.getKey(), shown)
            .isLessThanOrEqualTo(500);
      }
      String views = table.stringColumn("阅读").get(r);
      if (views.equals("-")) {
        assertThat(notes.longColumn(Schema.VIEWS).isMissing(n)).isTrue();
      } else if (views.equals("10万+")) {
        assertThat(notes.longColumn(Schema.VIEWS).getLong(n)).isGreaterThanOrEqualTo(100_000);
      }
    }
  }

  @Test
  void export_coversEveryAnomalyAndEveryTier() {
    assertThat(table.stringColumn(Generator.ANOMALY).unique().asList())
        .containsExactlyInAnyOrder("none", "bought_followers", "bought_likes", "comment_farm");
    assertThat(table.stringColumn("笔记类型").unique().asList()).containsExactlyInAnyOrder("图文", "视频");
    assertThat(table.stringColumn("博主昵称").asList()).contains(Names.HTML_NAME);
  }

  @Test
  void sizeBelowOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChineseExport.write(Fixture.DEFAULT, tmp.resolve("x.csv"), 0));
    assertThat(e.getMessage()).contains("got 0");
  }
}
