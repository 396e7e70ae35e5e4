package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        Arguments.of("nan-count.csv", 2, 1,
            List.of("2|followers|NaN|not a number|rejected")),
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
        Arguments.of("gbk.csv", 2, 2, List.of()));
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
        Arguments.of("not-text.csv", "not-text.csv: the bytes are neither UTF-8 nor GB18030; give the encoding explicitly"));
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
  void gbk_explicitEncodingWins() {
    // read as UTF-8 on purpose: the GBK bytes become replacement characters, no column maps
    LoadException e = assertThrows(LoadException.class,
        () -> KolData.loader().kind(Schema.Kind.ACCOUNTS).encoding("UTF-8").read(bad("gbk.csv")));
    assertThat(e.getMessage()).contains("no column for required kol_id");
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
