package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class Loader_FormatsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonArray_keysUnionedAndLinesKept() throws Exception {
    Path p = write("a.json", "[\n"
        + "  {\"kol_id\": \"a\", \"followers\": \"1.2万\", \"name\": \"小红薯\"},\n"
        + "  {\"kol_id\": \"b\", \"followers\": 3500, \"price\": \"¥800\"},\n"
        + "  {\"kol_id\": \"c\", \"followers\": -1}\n"
        + "]\n");
    LoadResult r = KolData.loader().read(p);
    Table t = r.table();
    assertThat(r.report().format()).isEqualTo("json");
    assertThat(t.columnNames()).containsExactly("kol_id", "name", "followers", "price_rmb");
    assertThat(t.longColumn("followers").asList()).containsExactly(12000L, 3500L);
    assertThat(t.doubleColumn("price_rmb").isMissing(0)).isTrue();
    assertThat(t.doubleColumn("price_rmb").get(1)).isEqualTo(800.0);
    assertThat(r.report().problems()).singleElement().satisfies(pr -> {
      assertThat(pr.line()).isEqualTo(4);
      assertThat(pr.reason()).isEqualTo("negative count");
    });
  }

  @Test
  void ndjson_oneObjectPerLine() throws Exception {
    Path p = write("a.ndjson",
        "{\"note_id\":\"n1\",\"kol_id\":\"a\",\"likes\":5,\"published_at\":\"2024-03-01 08:00:00\"}\n"
            + "{\"note_id\":\"n2\",\"kol_id\":\"a\",\"likes\":\"1w+\",\"extra\":{\"x\":1}}\n");
    LoadResult r = KolData.loader().read(p);
    Table t = r.table();
    assertThat(r.report().kind()).isEqualTo(Schema.Kind.POSTS);
    assertThat(t.longColumn("likes").asList()).containsExactly(5L, 10000L);
    assertThat(t.booleanColumn("likes_lower_bound").asList()).containsExactly(false, true);
    assertThat(t.dateTimeColumn("published_at").get(0)).isEqualTo(LocalDateTime.of(2024, 3, 1, 8, 0));
    assertThat(t.stringColumn("extra").get(1)).isEqualTo("{\"x\":1}");
  }

  @Test
  void xlsx_sheetRowNumbersInReport() throws Exception {
    Path p = dir.resolve("k.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      Sheet s = wb.createSheet("达人");
      Row h = s.createRow(0);
      String[] head = {"博主ID", "粉丝数", "获赞与收藏", "报价"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row a = s.createRow(1);
      a.createCell(0).setCellValue("a");
      a.createCell(1).setCellValue(12000);
      a.createCell(2).setCellValue("3.4万");
      a.createCell(3).setCellValue(5000.5);
      // row 3 left empty on purpose
      Row c = s.createRow(3);
      c.createCell(0).setCellValue("c");
      c.createCell(1).setCellValue("lots");
      wb.write(out);
    }
    LoadResult r = KolData.loader().read(p);
    assertThat(r.report().format()).isEqualTo("xlsx");
    assertThat(r.report().notes()).contains("XLSX sheet '达人'");
    Table t = r.table();
    assertThat(t.longColumn("followers").asList()).containsExactly(12000L);
    assertThat(t.longColumn("likes_and_collects").asList()).containsExactly(34000L);
    assertThat(t.doubleColumn("price_rmb").get(0)).isEqualTo(5000.5);
    assertThat(r.report().problems()).singleElement().satisfies(pr -> {
      assertThat(pr.line()).isEqualTo(4);
      assertThat(pr.column()).isEqualTo("followers");
      assertThat(pr.value()).isEqualTo("lots");
    });
  }

  @Test
  void xlsx_unknownSheet_fails() throws Exception {
    Path p = dir.resolve("k.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      wb.createSheet("one").createRow(0).createCell(0).setCellValue("kol_id");
      wb.write(out);
    }
    LoadException e = assertThrows(LoadException.class, () -> KolData.loader().sheet("two").read(p));
    assertThat(e.getMessage()).endsWith("no sheet named 'two' (the sheets are one)");
  }

  @Test
  void userMapping_overridesBuiltIn() throws Exception {
    Path p = write("m.csv", "user,fans,collect\na,10,99\n");
    Table t = KolData.loader().map("collect", "likes_and_collects").read(p).table();
    assertThat(t.columnNames()).containsExactly("kol_id", "followers", "likes_and_collects");
    Table kept = KolData.loader().map("fans", "").map("collect", "likes_and_collects")
        .map("user", "kol_id").kind(Schema.Kind.POSTS).map("x", "note_id").read(write("n.csv",
            "x,user,fans,collect\nn1,a,10,99\n")).table();
    assertThat(kept.columnNames()).containsExactly("note_id", "kol_id", "likes_and_collects", "fans");
    assertThat(kept.column("fans").type()).isEqualTo(ColumnType.LONG);
  }

  @Test
  void unmappedColumns_typedByContent() throws Exception {
    Path p = write("u.csv", "kol_id,followers,rate,code,bio,avg\n"
        + "a,1,8%,0012,hi,1.5\nb,2,12.5%,0013,yo,2\n");
    Table t = KolData.load(p);
    assertThat(t.column("rate").type()).isEqualTo(ColumnType.DOUBLE);
    assertThat(t.doubleColumn("rate").asList()).containsExactly(0.08, 0.125);
    assertThat(t.column("code").type()).isEqualTo(ColumnType.STRING);
    assertThat(t.column("bio").type()).isEqualTo(ColumnType.STRING);
    assertThat(t.column("avg").type()).isEqualTo(ColumnType.DOUBLE);
  }

  @Test
  void contentTypeAndCooperation_normalised() throws Exception {
    Path p = write("c.csv", "笔记ID,博主ID,笔记类型,合作方式\nn1,a,视频,置换\nn2,a,图文,报备\nn3,b,Live,\n");
    Table t = KolData.loader().kind(Schema.Kind.POSTS).read(p).table();
    assertThat(t.stringColumn("content_type").asList()).containsExactly("video", "image", "Live");
  }

  @Test
  void dates_manyForms() {
    assertThat(ColumnConverter.DateTimes.parse("2024-3-1")).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
    assertThat(ColumnConverter.DateTimes.parse("2024-03-01T12:30")).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 30));
    assertThat(ColumnConverter.DateTimes.parse("1709251200")).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
    assertThat(ColumnConverter.DateTimes.parse("1709251200000")).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
  }

  @Test
  void missingFile_failsNamingIt() {
    LoadException e = assertThrows(LoadException.class, () -> KolData.load(dir.resolve("nope.csv")));
    assertThat(e.getMessage()).isEqualTo("cannot read " + dir.resolve("nope.csv") + ": no such file");
  }

  @Test
  void oldExcel_isRefusedWithAdvice() throws Exception {
    // an OLE2 compound file (the .xls of Excel 97–2003) starts with D0 CF 11 E0 A1 B1 1A E1
    Path p = dir.resolve("x.xls");
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Files.write(p, ole2);
    LoadException e = assertThrows(LoadException.class, () -> KolData.load(p));
    assertThat(e.getMessage()).isEqualTo(p + ": an old Excel .xls workbook (or another Office 97–2003 file),"
        + " which KOLScope does not read: save it as .xlsx or CSV");
  }

  @Test
  void textNamedXls_isReadAsText() throws Exception {
    // platforms export tab-separated text under an .xls name
    Path p = write("export.xls", "kol_id\tfollowers\na\t1.2万\n");
    LoadResult r = KolData.loader().read(p);
    assertThat(r.report().format()).isEqualTo("csv");
    assertThat(r.table().longColumn("followers").asList()).containsExactly(12_000L);
  }
}
