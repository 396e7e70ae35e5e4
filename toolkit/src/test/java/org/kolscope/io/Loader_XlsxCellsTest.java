package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XLSX cells that are not plain values: formulas with and without a saved value, Excel's
 * nonexistent 29 February 1900 (serial 60), error values. The workbooks are built here with POI.
 */
class Loader_XlsxCellsTest {
  @TempDir Path dir;

  /** accounts: kol_id, followers, likes_and_collects; C7 = SUM(C2:C6) with no saved value. */
  private Path formulaWorkbook(boolean saveValue) throws Exception {
    Path p = dir.resolve("formulas.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      Sheet s = wb.createSheet("accounts");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("kol_id");
      h.createCell(1).setCellValue("followers");
      h.createCell(2).setCellValue("likes_and_collects");
      for (int i = 1; i <= 5; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue("k" + i);
        r.createCell(1).setCellValue(100 * i);
        r.createCell(2).setCellValue(10 * i);
      }
      Row total = s.createRow(6);
      total.createCell(0).setCellValue("all");
      total.createCell(1).setCellValue(1500);
      total.createCell(2).setCellFormula("SUM(C2:C6)");
      if (saveValue) {
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total.getCell(2));
      }
      wb.write(out);
    }
    return p;
  }

  @Test
  void formulaWithoutSavedValue_missingWithNoteNamingCellAndFormula() throws Exception {
    Path p = formulaWorkbook(false);
    try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFCell c = wb.getSheetAt(0).getRow(6).getCell(2);
      assertThat(c.getCTCell().isSetV()).as("the test workbook has no saved value in C7").isFalse();
    }
    LoadResult r = KolData.loader().read(p);
    assertThat(r.report().rowsKept()).isEqualTo(6);
    assertThat(r.report().problems()).singleElement().satisfies(pr -> {
      assertThat(pr.line()).isEqualTo(7);
      assertThat(pr.column()).isEqualTo("likes_and_collects");
      assertThat(pr.value()).isEqualTo("=SUM(C2:C6)");
      assertThat(pr.reason()).isEqualTo("formula in cell accounts!C7 has no saved value (the workbook"
          + " was written by a program that does not compute formulas; open and save it in Excel or"
          + " LibreOffice): kept as missing");
      assertThat(pr.severity()).isEqualTo(Problem.Severity.NOTE);
    });
    // missing, not 0
    assertThat(r.table().longColumn("likes_and_collects").isMissing(5)).isTrue();
  }

  @Test
  void formulaWithSavedValue_readsTheValue() throws Exception {
    LoadResult r = KolData.loader().read(formulaWorkbook(true));
    assertThat(r.report().problems()).isEmpty();
    // 10 + 20 + 30 + 40 + 50
    assertThat(r.table().longColumn("likes_and_collects").get(5)).isEqualTo(150L);
  }

  @Test
  void excelSerial60_isTheDayThatNeverWas_rejected() throws Exception {
    Path p = dir.resolve("dates.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet s = wb.createSheet("notes");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("note_id");
      h.createCell(1).setCellValue("kol_id");
      h.createCell(2).setCellValue("published_at");
      // serials: 59 = 1900-02-28, 60 = "1900-02-29" (Excel's leap-year bug), 61 = 1900-03-01,
      // 45352.5 = 2024-03-01 12:00 (Excel shows these; 45352 days after 1899-12-30)
      double[] serials = {59, 60, 61, 45352.5};
      for (int i = 0; i < serials.length; i++) {
        Row r = s.createRow(i + 1);
        r.createCell(0).setCellValue("n" + i);
        r.createCell(1).setCellValue("a");
        r.createCell(2).setCellValue(serials[i]);
        r.getCell(2).setCellStyle(date);
      }
      wb.write(out);
    }
    LoadResult r = KolData.loader().read(p);
    assertThat(r.report().problems()).singleElement().satisfies(pr -> {
      assertThat(pr.line()).isEqualTo(3);
      assertThat(pr.column()).isEqualTo("published_at");
      assertThat(pr.value()).isEqualTo("1900-02-29T00:00");
      assertThat(pr.reason()).isEqualTo("no such date: 1900 is not a leap year (February has 28 days)");
    });
    assertThat(r.table().dateTimeColumn("published_at").asList()).containsExactly(
        LocalDateTime.of(1900, 2, 28, 0, 0), LocalDateTime.of(1900, 3, 1, 0, 0),
        LocalDateTime.of(2024, 3, 1, 12, 0));
  }

  @Test
  void errorValue_readAsItsCode_rejectedInACountColumn() throws Exception {
    Path p = dir.resolve("errors.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      Sheet s = wb.createSheet("accounts");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("kol_id");
      h.createCell(1).setCellValue("followers");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("a");
      r.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
      wb.write(out);
    }
    List<Problem> problems = KolData.loader().read(p).report().problems();
    assertThat(problems).singleElement().satisfies(pr -> {
      assertThat(pr.value()).isEqualTo("#DIV/0!");
      assertThat(pr.reason()).isEqualTo("not a number");
    });
  }
}
