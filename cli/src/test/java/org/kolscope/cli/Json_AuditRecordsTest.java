package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.kolscope.core.Schema;
import org.kolscope.io.KolData;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import org.junit.jupiter.api.Test;

/**
 * {@code audit --json} writes {@link AuditResult#toJsonRecords()} (KOLs as records) instead of
 * {@link AuditResult#toJson()} (KOLs converted to maps first): the document must be the same, byte
 * for byte, on the shipped data (signals, flags, every verdict; a NaN written as null is checked by
 * {@code AuditCommand_CliTest}, through the CLI).
 */
class Json_AuditRecordsTest {

  private static String written(Map<String, Object> doc) {
    StringWriter sw = new StringWriter();
    Json.print(new PrintWriter(sw), doc);
    return sw.toString();
  }

  @Test
  void shippedData_recordsAndMaps_sameDocument() {
    AuditResult r = Audit.of(KolData.loader().kind(Schema.Kind.ACCOUNTS).read(Path.of("../data/accounts.csv")).table())
        .posts(KolData.loader().kind(Schema.Kind.POSTS).read(Path.of("../data/notes.csv")).table()).run();
    String maps = written(r.toJson());
    assertThat(maps).contains("\"signals\"").contains("\"flags\"").contains("\"suspicious\"");
    assertThat(written(r.toJsonRecords())).isEqualTo(maps);
  }

  @Test
  void notesOnly_recordsAndMaps_sameDocument() {
    AuditResult r = Audit.ofPosts(KolData.loader().kind(Schema.Kind.POSTS).read(Path.of("../data/notes.csv")).table()).run();
    assertThat(written(r.toJsonRecords())).isEqualTo(written(r.toJson()));
  }
}
