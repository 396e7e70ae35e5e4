package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RowBatch#continuesPastLine}: the test that decides whether a CSV file may be cut into parts
 * at line ends. A false "no" would split a record; a false "yes" only costs parallelism. The
 * property checks the "no" against the loader's own parser (univocity with {@link CsvRows#settings}).
 */
class RowBatch_ContinuesPastLineTest {

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\0', value = {
      "a,b,c|false",
      "a,\"b,c\",d|false",
      "a,\"say \"\"hi\"\"\",d|false",
      "a,\"opened here|true",
      "a,\"\"\"|true", // an escaped quote, the cell still open
      "a,\"\"|false", // an empty quoted cell
      "a,5\",d|true", // a stray quote in a bare cell: odd count, so yes (harmless)
      "a,5\"\",d|false",
      "x,\"|true"})
  void cases(String line, boolean expected) {
    assertThat(RowBatch.continuesPastLine(line, ',')).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\0', value = {"a\t\"b\tc|true", "a\t\"b\"\tc|false"})
  void tabDelimited(String line, boolean expected) {
    assertThat(RowBatch.continuesPastLine(line, '\t')).isEqualTo(expected);
  }

  /** A line the test passes is one whole record to the loader's parser: the next line is apart. */
  @Property(tries = 2000)
  void noMeansTheParserEndsTheRecordAtTheLineEnd(
      @ForAll @StringLength(max = 12) @Chars({'a', ',', '"', ' '}) @CharRange(from = 'b', to = 'b') String line) {
    if (RowBatch.continuesPastLine(line, ',')) {
      return;
    }
    List<String[]> records = parse(line + "\nz,z\n");
    assertThat(records).isNotEmpty();
    assertThat(records.get(records.size() - 1)).as("line %s", line).containsExactly("z", "z");
    assertThat(records.size()).as("line %s", line).isEqualTo(line.isEmpty() ? 1 : 2);
  }

  private static List<String[]> parse(String text) {
    CsvParserSettings s = CsvRows.settings(',', '\n');
    s.setMaxColumns(64); // the loader's limit (a million) costs an array that size per parser
    CsvParser p = new CsvParser(s);
    p.beginParsing(new StringReader(text));
    List<String[]> out = new ArrayList<>();
    String[] r;
    while ((r = p.parseNext()) != null) {
      out.add(r);
    }
    return out;
  }
}
