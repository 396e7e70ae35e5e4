package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolscope.io.RowBatch;

/**
 * The state a line of CSV leaves: whether the next line starts a record. Expected states follow
 * RFC 4180 §2 rules 5–7 (a cell starting with a quote is quoted, {@code ""} inside it is a quote, a
 * line break inside it belongs to the cell), and are checked against the loader's own parser.
 */
class RecordScan_AfterTest {

  @ParameterizedTest(name = "[{index}] {0} from {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      // line | starts | ends  (S: a record starts next, I: inside a quoted cell, X: not followed)
      "a,b,c                  | S | S",
      "''                     | S | S",
      "a,\"b                  | S | I",
      "a,\"b,\"\"c\"\"\",d    | S | S",
      "a,\"b\"\"              | S | I",
      "a,\"\"                 | S | S",
      "a,\"b\"\r              | S | S",
      "a,\"b\"x               | S | X",
      "a,b\"c                 | S | X",
      "the end\",x            | I | S",
      "still inside           | I | I",
      "\"\"inside\"\" too     | I | I",
      "end\"                  | I | S",
      "end\"x                 | I | X",
      "end\",\"again          | I | I",
  })
  void lineEnds_asRfc4180(String line, char from, char expected) {
    byte start = from == 'S' ? RecordScan.START : RecordScan.INSIDE;
    byte want = expected == 'S' ? RecordScan.START : expected == 'I' ? RecordScan.INSIDE : RecordScan.IRREGULAR;
    assertThat(RecordScan.after(start, line.strip().replace("\\r", "\r"), ',')).isEqualTo(want);
  }

  /**
   * On regular text the states agree with the loader's parser: the record that begins on a line
   * the pass calls a start is the parser's next record, and it ends where the pass says.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "a,b\n\"x\ny\",z\nc,d\n",
      "a,\"\"\"\n\"\"\",b\n\n\"p\"\"q\nr\",s\n",
      "a,\"line\r\nbreak\"\r\nc,d\r\n",
  })
  void recordStarts_areTheParsersRecordStarts(String text) throws IOException {
    List<Integer> byPass = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    byte s = RecordScan.START;
    for (int i = 0; i < lines.length - 1; i++) {
      if (s == RecordScan.START && !lines[i].isEmpty()) {
        byPass.add(i + 1);
      }
      s = RecordScan.after(s, lines[i], ',');
      assertThat(s).isNotEqualTo(RecordScan.IRREGULAR);
    }
    assertThat(s).isEqualTo(RecordScan.START);
    List<Integer> byParser = new ArrayList<>();
    try (RowBatch.Records r = RowBatch.Records.part("t", new StringReader(text), List.of("h1", "h2"),
        ',', '\n', 0, true)) {
      RowBatch b = RowBatch.start("t", org.kolscope.core.Schema.Kind.TABLE, java.util.Map.of(), List.of("h1", "h2"), ',');
      r.fill(b, 100);
      org.kolscope.io.LoadResult res = b.finish("t");
      for (long l : b.keptLines()) {
        byParser.add((int) l);
      }
      res.report().problems().forEach(p -> byParser.add((int) p.line())); // rows of another width
    }
    java.util.Collections.sort(byParser);
    assertThat(byParser).isEqualTo(byPass);
  }
}
