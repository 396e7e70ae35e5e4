package org.kolscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX rows from the first sheet (or a named one), read with Apache POI directly (a declared
 * dependency; Tablesaw's own XLSX reader, tablesaw-excel, drops the sheet row numbers the load
 * report names, and is not used). The header is the first non-empty row; each later non-empty row is a record
 * whose line is its sheet row number (as Excel shows it).
 *
 * <ul>
 *   <li>Numeric cells keep every digit ({@code 12000}, not {@code 12000.0}).
 *   <li>Date cells become ISO date-times. Excel's serial 60 is 29 February 1900, a day that did
 *       not exist (Excel kept Lotus 1-2-3's leap-year bug); it is passed on as {@code
 *       1900-02-29T00:00}, which a date column rejects, not moved to 1 March as POI would.
 *   <li>A formula gives the value Excel saved with it. A formula with no saved value (a file
 *       written by a program that does not compute formulas) is read as missing and reported
 *       with its cell ({@code Sheet1!C7}) and formula, never as 0.
 *   <li>An error value reads as its code ({@code #DIV/0!}), which a number column rejects.
 * </ul>
 */
final class XlsxRows implements RowSource {
  private final Path file;
  private final String sheetName;
  private boolean date1904;
  // notes on the cells of the row being read: column index, value, reason
  private final List<Object[]> cellNotes = new ArrayList<>();

  XlsxRows(Path file, String sheetName) {
    this.file = file;
    this.sheetName = sheetName;
  }

  @Override
  public void read(Sink sink) {
    try (InputStream in = Inputs.open(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      date1904 = wb.isDate1904();
      Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
      if (sheet == null) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        throw new LoadException(file + ": no sheet named '" + sheetName + "' (the sheets are "
            + String.join(", ", names) + ")");
      }
      sink.note("XLSX sheet '" + sheet.getSheetName() + "'");
      int width = -1;
      for (Row row : sheet) {
        cellNotes.clear();
        List<String> cells = cells(row, width);
        if (cells.stream().allMatch(c -> c == null || c.isBlank()) && cellNotes.isEmpty()) {
          continue;
        }
        if (width < 0) {
          width = cells.size();
          sink.header(cells);
          continue;
        }
        long line = row.getRowNum() + 1L;
        for (Object[] n : cellNotes) {
          sink.cellNote(line, (Integer) n[0], (String) n[1], (String) n[2]);
        }
        sink.row(cells.toArray(new String[0]), line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    } catch (org.apache.poi.EmptyFileException e) {
      throw new LoadException(file + ": the file is empty (no header row)", e);
    } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
      throw new LoadException(file + ": an old Excel .xls workbook (or another Office 97–2003 "
          + "file), which KOLScope does not read: save it as .xlsx or CSV", e);
    } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      throw new LoadException(file + ": not an XLSX workbook (its content is not a zip of Excel"
          + " sheets); if it is text, load it under a .csv name", e);
    } catch (LoadException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI reports a damaged or unusual workbook with its own exception types
      throw new LoadException(file + ": cannot read the workbook: it is damaged, encrypted or "
          + "not an Excel workbook", e);
    }
  }

  private List<String> cells(Row row, int width) {
    int last = width < 0 ? Math.max(row.getLastCellNum(), 0) : width;
    List<String> out = new ArrayList<>(last);
    for (int c = 0; c < last; c++) {
      out.add(text(row.getCell(c), c));
    }
    if (width < 0) {
      while (!out.isEmpty() && (out.get(out.size() - 1) == null || out.get(out.size() - 1).isEmpty())) {
        out.remove(out.size() - 1);
      }
    }
    return out;
  }

  private String text(Cell cell, int column) {
    if (cell == null) {
      return null;
    }
    CellType t = cell.getCellType();
    if (t == CellType.FORMULA) {
      if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        cellNotes.add(new Object[] {column, "=" + cell.getCellFormula(),
            "formula in cell " + cell.getSheet().getSheetName() + "!"
                + cell.getAddress().formatAsString() + " has no saved value (the workbook was "
                + "written by a program that does not compute formulas; open and save it in Excel"
                + " or LibreOffice): kept as missing"});
        return null;
      }
      t = cell.getCachedFormulaResultType();
    }
    switch (t) {
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return dateText(cell);
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING:
        return cell.getStringCellValue();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      case BLANK:
        return null;
      case ERROR:
        try {
          return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
          return "#ERROR";
        }
      default:
        return cell.toString();
    }
  }

  /**
   * A date cell as an ISO date-time; serial 60 (1900 date system) as the day it names, which does
   * not exist; a serial outside Excel's dates as its number.
   */
  private String dateText(Cell cell) {
    double serial = cell.getNumericCellValue();
    if (!date1904 && serial >= 60 && serial < 61) {
      LocalTime time = LocalTime.ofNanoOfDay(Math.round((serial - 60) * 86_400_000L) * 1_000_000L
          % 86_400_000_000_000L);
      return "1900-02-29T" + time;
    }
    if (!DateUtil.isValidExcelDate(serial)) {
      return BigDecimal.valueOf(serial).stripTrailingZeros().toPlainString();
    }
    java.time.LocalDateTime v = cell.getLocalDateTimeCellValue();
    return v == null ? BigDecimal.valueOf(serial).stripTrailingZeros().toPlainString() : v.toString();
  }
}
