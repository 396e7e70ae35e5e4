package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;

/**
 * The notes of a {@link RowBatch}: a batch sees only its own rows, so for a column repeated in
 * the header it must not repeat the loader's "agree on every row kept", which only the whole file
 * can say (the Spark engine's load report used an empty batch's notes, and said the two columns
 * agreed when they did not).
 */
class RowBatch_ReadInPartsTest {
  private static final List<String> HEADER = List.of("note_id", "kol_id", "likes", "点赞", "views");

  @Test
  void repeatedColumn_notComparedInParts_whereTheLoaderFindsTheyDisagree(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("n.csv"), String.join(",", HEADER) + "\n"
        + "n1,k1,606,607,1000\nn2,k1,5,5,100\n");
    LoadResult whole = KolData.loader().kind(Schema.Kind.POSTS).read(f);
    assertThat(whole.report().notes()).anyMatch(n -> n.startsWith("likes (column 3) and 点赞 (column 4) "
        + "disagree on 1 of 2 rows kept (first: line 2, '606' vs '607')"));

    List<String> notes = RowBatch.start("n.csv", Schema.Kind.POSTS, Map.of(), HEADER, ',')
        .finish("notes").report().notes();
    assertThat(notes).noneMatch(n -> n.contains("agree"))
        .contains("likes and 点赞 (both in the header): not compared, the file was read in parts; "
            + "'kolscope load FILE' compares them");
  }

  @Test
  void noRepeatedColumn_theHeaderNotesOnly() {
    List<String> notes = RowBatch.start("n.csv", Schema.Kind.POSTS, Map.of(),
        List.of("note_id", "kol_id", "赞"), ',').finish("notes").report().notes();
    assertThat(notes).contains("'赞' → likes").noneMatch(n -> n.contains("compared"));
  }
}
