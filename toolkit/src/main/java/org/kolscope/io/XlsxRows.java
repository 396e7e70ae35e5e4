package org.kolscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX rows from the first sheet (or a named one), read with Apache POI — the library under
 * tablesaw-excel — directly, because Tablesaw's reader drops the sheet row numbers the load
 * report names. The header is the first non-empty row; each later non-empty row is a record
 * whose line is its sheet row number (as Excel shows it). Numeric cells keep every digit
 * ({@code 12000}, not {@code 12000.0}); date cells become ISO date-times; formulas give their
 * cached value.
 */
final class XlsxRows implements RowSource {
  private final Path file;
  private final String sheetName;

  XlsxRows(Path file, String sheetName) {
    this.file = file;
    this.sheetName = sheetName;
  }

  @Override
  public void read(Sink sink) {
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
      if (sheet == null) {
        throw new LoadException(file + ": no sheet named '" + sheetName + "'");
      }
      sink.note("XLSX sheet '" + sheet.getSheetName() + "'");
      int width = -1;
      for (Row row : sheet) {
        List<String> cells = cells(row, width);
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
          continue;
        }
        if (width < 0) {
          width = cells.size();
          sink.header(cells);
          continue;
        }
        sink.row(cells.toArray(new String[0]), row.getRowNum() + 1L);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      throw new LoadException(file + ": not an XLSX workbook (" + e.getMessage() + ")", e);
    }
  }

  private static List<String> cells(Row row, int width) {
    int last = width < 0 ? Math.max(row.getLastCellNum(), 0) : width;
    List<String> out = new ArrayList<>(last);
    for (int c = 0; c < last; c++) {
      out.add(text(row.getCell(c)));
    }
    if (width < 0) {
      while (!out.isEmpty() && (out.get(out.size() - 1) == null || out.get(out.size() - 1).isEmpty())) {
        out.remove(out.size() - 1);
      }
    }
    return out;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (t) {
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toString();
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING:
        return cell.getStringCellValue();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      case BLANK:
        return null;
      case ERROR:
        return "#ERROR";
      default:
        return cell.toString();
    }
  }
}
