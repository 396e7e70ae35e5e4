package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolscope.core.Schema;

/**
 * The bad-input corpus in {@code src/test/resources/bad/}: each file's exact report lines (line,
 * column, raw value, reason, severity) or exact error. Line numbers are the file's physical lines
 * as {@code grep -n} counts them.
 */
class Loader_BadInputTest {

  static Path bad(String name) {
    try {
      return Path.of(Loader_BadInputTest.class.getResource("/bad/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> reportCases() {
    return Stream.of(
        Arguments.of("ragged-short.csv", 3, 2,
            List.of("3||b,200|row has 2 cells, the header has 3 (line 3)|rejected")),
        Arguments.of("ragged-long.csv", 2, 1,
            List.of("3||b,200,y,oops|row has 4 cells, the header has 3 (line 3)|rejected")),
        Arguments.of("trailing-delimiter.csv", 2, 2, List.of()),
        Arguments.of("unbalanced-quote.csv", 1, 0,
            List.of("2|name|x\\nb,200,y\\nc,300,z\\n|a quote opened here is never closed: lines 2–4 are one cell|rejected")),
        Arguments.of("negative-count.csv", 2, 1,
            List.of("3|followers|-5|negative count|rejected")),
        // NaN is a missing value now (as pandas and R mean it), but followers is required
        Arguments.of("nan-count.csv", 2, 1,
            List.of("2|followers|NaN|not a finite number (NaN), and the field is required|rejected")),
        Arguments.of("overflow-count.csv", 1, 0,
            List.of("2|followers|99999999999999999999|count overflows a 64-bit integer|rejected")),
        Arguments.of("fraction-count.csv", 1, 0,
            List.of("2|followers|1.23456万|count is not a whole number (12345.6)|rejected")),
        Arguments.of("header-only.csv", 0, 0, List.of()),
        Arguments.of("duplicate-ids.csv", 3, 3,
            List.of("4|kol_id|a|duplicate id (first at line 2); both rows kept|suspicious")),
        Arguments.of("missing-required-field.csv", 3, 1,
            List.of(
                "3|kol_id||missing required field|rejected",
                "4|followers||missing required field|rejected")),
        Arguments.of("likes-exceed-views.csv", 2, 2,
            List.of("3|likes|500|likes exceed views (400)|suspicious")),
        Arguments.of("bad-date.csv", 2, 1,
            List.of("3|published_at|yesterday|not a date-time (expected e.g. 2024-03-01 12:30:00)|rejected")),
        Arguments.of("bad-amount.csv", 2, 1,
            List.of("3|price_rmb|cheap|not an amount (not a number)|rejected")),
        Arguments.of("negative-amount.csv", 1, 0,
            List.of("2|price_rmb|-100|negative amount|rejected")),
        Arguments.of("blank-lines.csv", 2, 1, List.of("5|followers|x|not a number|rejected")),
        Arguments.of("multiline-cell.csv", 2, 1, List.of("5|likes|lots|not a number|rejected")),
        Arguments.of("mixed-crlf.csv", 2, 1, List.of("4|followers|bad|not a number|rejected")),
        Arguments.of("json-not-object.json", 3, 2, List.of("3||5|record is not a JSON object|rejected")),
        Arguments.of("ndjson-bad-count.ndjson", 2, 1, List.of("2|followers|many|not a number|rejected")),
        Arguments.of("semicolon.csv", 2, 2, List.of()),
        Arguments.of("lower-bound.csv", 2, 2, List.of()),
        Arguments.of("bom-utf8.csv", 1, 1, List.of()),
        Arguments.of("gbk.csv", 2, 2, List.of()),
        // scientific notation: 1e6 and 1.2E+06 are whole counts, 1.5e-3 is not; 2e400 is beyond
        // a double
        Arguments.of("exponents.csv", 4, 2,
            List.of(
                "4|followers|1.5e-3|count is not a whole number (0.0015)|rejected",
                "5|price_rmb|2e400|not an amount (beyond the range of a double (about ±1.8E308))|rejected")),
        // NaN and infinities: missing with a note, the row kept — unless the field is required
        Arguments.of("non-finite.csv", 4, 3,
            List.of(
                "2|engagement|inf|not a finite number (infinity): kept as missing|note",
                "3|price_rmb|NaN|not a finite number (NaN): kept as missing|note",
                "3|engagement|-inf|not a finite number (minus infinity): kept as missing|note",
                "4|followers|Infinity|not a finite number (infinity), and the field is required|rejected",
                "5|price_rmb|-Infinity|not a finite number (minus infinity): kept as missing|note",
                "5|engagement|NaN|not a finite number (NaN): kept as missing|note")),
        // old Mac line ends: lines counted by CR, a quoted CR inside a cell included
        Arguments.of("cr-only.csv", 3, 2, List.of("3|followers|lots|not a number|rejected")),
        // an API response: the records are data.accounts; line numbers are the records' own
        Arguments.of("wrapped.json", 3, 2, List.of("5|followers|many|not a number|rejected")),
        Arguments.of("wrapped-ambiguous.json", 2, 2, List.of()),
        Arguments.of("wrapped-empty.json", 0, 0, List.of()),
        Arguments.of("json-repeated-key.json", 2, 2, List.of()),
        Arguments.of("one-record.json", 1, 1, List.of()),
        Arguments.of("impossible-date.csv", 6, 1,
            List.of(
                "3|published_at|2025-02-30|no such date: February 2025 has 28 days|rejected",
                "4|published_at|2025-02-29 10:00:00|no such date: 2025 is not a leap year (February has 28 days)|rejected",
                "5|published_at|2024/04/31 08:00|no such date: April has 30 days|rejected",
                "6|published_at|2024-03-01 24:00|no such time: hour 24 (a day has hours 0–23)|rejected",
                "7|published_at|2024年2月30日|no such date: February 2024 has 29 days|rejected")),
        Arguments.of("repeated-header.csv", 4, 4, List.of()),
        // a broken NDJSON line is rejected on its own line; the lines around it load
        Arguments.of("ndjson-truncated.ndjson", 5, 3,
            List.of(
                "2||{\"kol_id\": \"b\", \"followers\":|bad JSON: the record ends before it is complete (cut off?)|rejected",
                "4||{\"kol_id\": \"d\", \"follow|bad JSON: the record ends before it is complete (cut off?)|rejected")),
        // the formula guard CsvOut writes is taken off; '-5 is then -5, a negative count
        Arguments.of("guarded.csv", 3, 2, List.of("4|followers|-5|negative count|rejected")),
        Arguments.of("gzip-gbk.csv.gz", 2, 2, List.of()),
        Arguments.of("gzip-named.csv", 2, 1, List.of("3|followers|x|not a number|rejected")),
        Arguments.of("xlsx-named.csv", 2, 2, List.of()),
        // auto-detection reads the one GBK row (the rest is ASCII) as GB18030
        Arguments.of("gbk-one-row.csv", 3, 3, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportCases")
  void badFile_reportsEveryProblem(String file, int read, int kept, List<String> expected) {
    LoadResult r = KolData.loader().read(bad(file));
    LoadReport rep = r.report();
    assertThat(rep.rowsRead()).as("rows read").isEqualTo(read);
    assertThat(rep.rowsKept()).as("rows kept").isEqualTo(kept);
    assertThat(r.table().rowCount()).isEqualTo(kept);
    List<String> actual =
        rep.problems().stream()
            .map(p -> p.line() + "|" + p.column() + "|" + p.value().replace("\n", "\\n") + "|"
                + p.reason() + "|" + p.severity().label())
            .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    long rejectedRows =
        rep.problems(Problem.Severity.REJECTED).stream().mapToLong(Problem::line).distinct().count();
    assertThat(rep.rejectedRows()).as("every rejected row has a report line").isEqualTo(rejectedRows);
  }

  static Stream<Arguments> errorCases() {
    return Stream.of(
        Arguments.of("empty.csv", "empty.csv: the file is empty (no header row)"),
        Arguments.of("missing-required-column.csv",
            "missing-required-column.csv: no column for required followers (accounts); the header is [kol_id, name]"),
        Arguments.of("bad-json.json", "bad-json.json:3:17: bad JSON: Unexpected character ('\"'"),
        Arguments.of("not-text.csv", "not-text.csv: the bytes are neither UTF-8 nor GB18030; give the encoding explicitly"),
        Arguments.of("whitespace-only.csv", "whitespace-only.csv: no header row (the file holds only whitespace)"),
        Arguments.of("wrapped-no-records.json",
            "wrapped-no-records.json: a JSON object with no array of records in it (its keys: code, message, data);"
                + " expected an array of records, one record per line (NDJSON), or an object holding an array of records"),
        Arguments.of("binary-xls.csv", "binary-xls.csv: an old Excel .xls workbook (or another Office 97–2003 file),"
            + " which KOLScope does not read: save it as .xlsx or CSV"),
        Arguments.of("binary-pdf.csv", "binary-pdf.csv: a PDF document, not a table: export the table as CSV or XLSX"),
        Arguments.of("binary-png.csv", "binary-png.csv: a PNG image, not a table"),
        Arguments.of("binary-jpeg.csv", "binary-jpeg.csv: a JPEG image, not a table"),
        Arguments.of("binary-parquet.csv", "binary-parquet.csv: an Apache Parquet file: the loader reads Parquet with the"
            + " kolscope-parquet module on the class path (the kolscope command has it), or convert it to CSV"
            + " (pandas: pd.read_parquet(f).to_csv(out, index=False))"),
        Arguments.of("binary-sqlite.csv", "binary-sqlite.csv: an SQLite database, not a table file: export a table"
            + " as CSV (sqlite3 -header -csv DB 'select * from T' > T.csv)"),
        Arguments.of("binary-zip.csv", "binary-zip.csv: a zip archive holding 2 file(s) (accounts.csv, notes.csv):"
            + " unzip it and load the file you need"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorCases")
  void unreadableFile_failsNamingFileAndReason(String file, String message) {
    LoadException e = assertThrows(LoadException.class,
        () -> KolData.loader().kind(Schema.Kind.ACCOUNTS).read(bad(file)));
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void missingRequiredColumn_kindGuessed_loadsAsPlainTable() {
    LoadResult r = KolData.loader().read(bad("missing-required-column.csv"));
    assertThat(r.report().kind()).isEqualTo(Schema.Kind.TABLE);
    assertThat(r.report().notes())
        .contains("kind table (guessed: the header has no followers for accounts; nothing is required)");
    assertThat(r.table().rowCount()).isEqualTo(1);
  }

  @Test
  void strict_throwsListingProblems() {
    LoadException e = assertThrows(LoadException.class,
        () -> KolData.loader().strict(true).read(bad("missing-required-field.csv")));
    assertThat(e.getMessage())
        .contains("2 problem(s) in strict mode (2 rejected, 0 suspicious)")
        .contains(":3: column kol_id '': missing required field (rejected)");
    assertThat(e.problems()).hasSize(2);
  }

  @Test
  void dropDuplicates_rejectsLaterRows() {
    LoadReport rep = KolData.loader().dropDuplicates(true).read(bad("duplicate-ids.csv")).report();
    assertThat(rep.rowsKept()).isEqualTo(2);
    assertThat(rep.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo("duplicate id (first at line 2); dropped"));
  }

  @Test
  void gbk_isDetectedAndParsed() {
    LoadResult r = KolData.loader().read(bad("gbk.csv"));
    assertThat(r.report().encoding()).isEqualTo("GB18030");
    assertThat(r.table().stringColumn("name").asList()).containsExactly("小红薯", "美妆博主");
    assertThat(r.table().longColumn("followers").asList()).containsExactly(21000L, 3210L);
    assertThat(r.table().longColumn("likes_and_collects").get(0)).isEqualTo(88000L);
    assertThat(r.table().longColumn("likes_and_collects").isMissing(1)).isTrue();
  }

  @Test
  void gbk_explicitWrongEncoding_headerUnreadable_failsSuggestingTheRightOne() {
    // read as UTF-8 on purpose: the GBK header (博主ID = B2 A9 D6 F7 49 44) is not UTF-8
    LoadException e = assertThrows(LoadException.class,
        () -> KolData.loader().kind(Schema.Kind.ACCOUNTS).encoding("UTF-8").read(bad("gbk.csv")));
    assertThat(e.getMessage()).endsWith("gbk.csv: line 1 (the header) holds bytes that are not UTF-8,"
        + " the encoding given (B2 A9 D6 F7); the file reads as GB18030: give --encoding GB18030"
        + " (KolData.loader().encoding(\"GB18030\")) or leave the encoding out to have it detected");
  }

  @Test
  void gbk_explicitWrongEncoding_oneBadRow_rejectedNamingItsBytes() {
    // 小红薯 in GBK is D0 A1 BA EC CA ED; as UTF-8, D0 A1 happens to be valid (С), the rest not
    LoadResult r = KolData.loader().encoding("UTF-8").read(bad("gbk-one-row.csv"));
    assertThat(r.report().rowsRead()).isEqualTo(3);
    assertThat(r.report().rowsKept()).isEqualTo(2);
    assertThat(r.report().problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo("name");
      assertThat(p.value()).isEqualTo("С\uFFFD\uFFFD\uFFFD\uFFFD");
      assertThat(p.reason()).isEqualTo("bytes BA EC CA ED on line 3 are not UTF-8 (the encoding given)");
    });
    assertThat(r.table().stringColumn("kol_id").asList()).containsExactly("a", "c");
  }

  @Test
  void gbk_explicitWrongEncoding_mostRowsBad_failsSuggestingTheRightOne() {
    LoadException e = assertThrows(LoadException.class,
        () -> KolData.loader().encoding("UTF-8").read(bad("gbk-rows.csv")));
    assertThat(e.getMessage()).endsWith("gbk-rows.csv: 2 of 3 rows hold bytes that are not UTF-8"
        + " (the encoding given); the file reads as GB18030: give --encoding GB18030"
        + " (KolData.loader().encoding(\"GB18030\")) or leave the encoding out to have it detected");
  }

  /**
   * Java's GB18030 decoder reports a broken four-byte sequence together with the line end after it
   * ({@code 81 30 0A} as one malformed run of 3): the row is rejected for {@code 81 30} alone and
   * the next line is still a row of its own.
   */
  @Test
  void gb18030Given_brokenSequenceBeforeLineEnd_nextLineStillItsOwnRow(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("broken.csv");
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write("kol_id,followers,name\na,100,x".getBytes(StandardCharsets.US_ASCII));
    b.write(new byte[] {(byte) 0x81, 0x30, '\n'});
    b.write("b,200,小红薯\nc,300,z\n".getBytes(Encodings.GB18030));
    Files.write(f, b.toByteArray());
    LoadResult r = KolData.loader().kind(Schema.Kind.ACCOUNTS).encoding("GB18030").read(f);
    assertThat(r.report().rowsRead()).isEqualTo(3);
    assertThat(r.table().stringColumn("kol_id").asList()).containsExactly("b", "c");
    assertThat(r.report().problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.reason()).isEqualTo("bytes 81 30 on line 2 are not GB18030 (the encoding given)");
    });
  }

  @Test
  void gbk_explicitRightEncoding_readsEveryRow() {
    LoadResult r = KolData.loader().encoding("GB18030").read(bad("gbk-one-row.csv"));
    assertThat(r.report().problems()).isEmpty();
    assertThat(r.table().stringColumn("name").asList()).containsExactly("x", "小红薯", "z");
  }

  @Test
  void exponents_parsedExactly_unmappedColumnsTypedDouble() {
    LoadResult r = KolData.loader().read(bad("exponents.csv"));
    var t = r.table();
    assertThat(t.longColumn("followers").asList()).containsExactly(1_000_000L, 1_200_000L);
    assertThat(t.doubleColumn("price_rmb").asList()).containsExactly(1200.0, 500.0);
    assertThat(t.column("ratio").type()).isEqualTo(tech.tablesaw.api.ColumnType.DOUBLE);
    assertThat(t.doubleColumn("ratio").asList()).containsExactly(0.000032868, 0.00025);
    assertThat(t.doubleColumn("score").get(0)).isEqualTo(0.00027730394788474835);
  }

  @Test
  void nonFinite_sniffedColumnIsDoubleOfMissingValues() {
    var t = KolData.loader().read(bad("non-finite.csv")).table();
    assertThat(t.column("engagement").type()).isEqualTo(tech.tablesaw.api.ColumnType.DOUBLE);
    assertThat(t.doubleColumn("engagement").countMissing()).isEqualTo(3);
    assertThat(t.doubleColumn("price_rmb").asList()).containsExactly(500.0, null, null);
  }

  @Test
  void crOnly_linesEndWithCr_cellKeepsItsLineBreak() {
    LoadResult r = KolData.loader().read(bad("cr-only.csv"));
    assertThat(r.report().notes()).contains("lines end with CR alone (old Mac OS style)");
    assertThat(r.table().stringColumn("kol_id").asList()).containsExactly("a", "c");
    assertThat(r.table().stringColumn("name").asList()).containsExactly("x", "two\rlines");
  }

  @Test
  void wrappedJson_recordsFoundAndNamed() {
    LoadResult r = KolData.loader().read(bad("wrapped.json"));
    assertThat(r.report().notes()).contains("records from data.accounts",
        "other arrays of records, smaller, not read: data.tags (1)");
    assertThat(r.table().columnNames()).containsExactly("kol_id", "followers");
    assertThat(r.table().longColumn("followers").asList()).containsExactly(12_000L, 300L);
  }

  @Test
  void wrappedJson_twoArraysOfOneSize_readsTheFirstAndSaysSo() {
    LoadResult r = KolData.loader().read(bad("wrapped-ambiguous.json"));
    assertThat(r.report().notes()).contains("records from data.hot",
        "ambiguous: data.new (2) also holds 2 records; read data.hot, the first");
    assertThat(r.table().stringColumn("kol_id").asList()).containsExactly("a", "b");
  }

  @Test
  void wrappedJson_emptyArray_noRecordsAndSaysSo() {
    LoadResult r = KolData.loader().read(bad("wrapped-empty.json"));
    assertThat(r.report().notes()).contains("records from data.list (an empty array: no records)");
    assertThat(r.table().rowCount()).isZero();
  }

  @Test
  void jsonKeyRepeatedInARecord_keptAsASecondColumn() {
    LoadResult r = KolData.loader().read(bad("json-repeated-key.json"));
    assertThat(r.table().longColumn("followers").asList()).containsExactly(1L, 3L);
    assertThat(r.table().longColumn("followers_2").asList()).containsExactly(2L, 3L);
    assertThat(r.report().notes()).contains("followers (column 2) and followers_2 (column 3) disagree"
        + " on 1 of 2 rows kept (first: line 2, '1' vs '2'); followers is read from column 2");
  }

  @Test
  void oneJsonObjectWithKnownColumns_isOneRecord() {
    LoadResult r = KolData.loader().read(bad("one-record.json"));
    assertThat(r.report().notes()).contains("one JSON object: read as one record");
    assertThat(r.table().longColumn("followers").asList()).containsExactly(21_000L);
  }

  @Test
  void repeatedHeader_bothKept_choiceAndDisagreementsNoted() {
    LoadResult r = KolData.loader().read(bad("repeated-header.csv"));
    assertThat(r.table().columnNames()).containsExactly("kol_id", "name", "followers", "followers_2");
    assertThat(r.table().longColumn("followers").asList()).containsExactly(100L, 12_000L, 300L, 400L);
    assertThat(r.table().longColumn("followers_2").asList()).containsExactly(100L, 12_000L, 310L, null);
    assertThat(r.report().notes()).contains(
        "columns 2 'followers' and 4 'followers' both map to followers: column 2 is used for followers,"
            + " column 4 is kept as followers_2",
        "followers (column 2) and followers_2 (column 4) disagree on 2 of 4 rows kept"
            + " (first: line 4, '300' vs '310'); followers is read from column 2");
  }

  @Test
  void guarded_apostropheBeforeFormulaCharactersRemoved_andCounted() {
    LoadResult r = KolData.loader().read(bad("guarded.csv"));
    assertThat(r.table().stringColumn("name").asList()).containsExactly("=cmd", "'+plus");
    assertThat(r.table().stringColumn("bio").asList()).containsExactly("-dash", "'plain");
    assertThat(r.report().notes()).contains("5 cell(s) started with ' before =, +, -, @, a tab or a CR"
        + " (the formula guard KOLScope and spreadsheet tools write): read without that '");
  }

  @Test
  void gzip_readTransparently_encodingDetectedInside() {
    LoadResult r = KolData.loader().read(bad("gzip-gbk.csv.gz"));
    assertThat(r.report().encoding()).isEqualTo("GB18030");
    assertThat(r.report().format()).isEqualTo("csv");
    assertThat(r.report().notes()).contains("gzip-compressed: read decompressed");
    assertThat(r.table().stringColumn("name").asList()).containsExactly("小红薯", "美妆博主");
  }

  @Test
  void xlsxNamedCsv_readAsXlsxWithANote() {
    LoadResult r = KolData.loader().read(bad("xlsx-named.csv"));
    assertThat(r.report().format()).isEqualTo("xlsx");
    assertThat(r.report().notes()).contains("an XLSX workbook named xlsx-named.csv: read as XLSX");
    assertThat(r.table().longColumn("followers").asList()).containsExactly(12_000L, 3_500L);
  }

  @Test
  void bom_isStrippedFromFirstHeader() {
    LoadResult r = KolData.loader().read(bad("bom-utf8.csv"));
    assertThat(r.report().encoding()).isEqualTo("UTF-8 (BOM)");
    assertThat(r.table().columnNames()).containsExactly("kol_id", "name", "followers");
    assertThat(r.table().longColumn("followers").get(0)).isEqualTo(12000L);
  }

  @Test
  void lowerBound_setsFlagColumn() {
    var t = KolData.load(bad("lower-bound.csv"));
    assertThat(t.longColumn("likes").asList()).containsExactly(100000L, 5L);
    assertThat(t.booleanColumn("likes_lower_bound").asList()).containsExactly(true, false);
  }

  @Test
  void semicolon_isSniffed() {
    LoadResult r = KolData.loader().read(bad("semicolon.csv"));
    assertThat(r.report().notes()).contains("delimiter semicolon");
    assertThat(r.table().longColumn("followers").asList()).containsExactly(12000L, 3210L);
  }
}
