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
  void repeatedColumn_batchListsItsDisagreeingRows_fromWhichTheLoadersNoteIsWritten(@TempDir Path dir)
      throws Exception {
    String rows = "n1,k1,606,607,1000\nn2,k1,5,5,100\nn3,k2,abc,9,100\nn4,k2,7,,100\n";
    Path f = Files.writeString(dir.resolve("n.csv"), String.join(",", HEADER) + "\n" + rows);
    LoadResult whole = KolData.loader().kind(Schema.Kind.POSTS).read(f);

    RowBatch b = RowBatch.start("n.csv", Schema.Kind.POSTS, Map.of(), HEADER, ',');
    long line = 2;
    for (String r : rows.split("\n")) {
      b.line(r, line++);
    }
    b.finish("notes");
    // line 4 is rejected (likes 'abc'): its cells are not compared
    assertThat(b.disagreements()).containsExactly(
        new RepeatedColumn.Disagreement(0, 2, "'606' vs '607'"),
        new RepeatedColumn.Disagreement(0, 5, "'7' vs ''"));
    RepeatedColumn likes = b.repeatedColumns().get(0);
    assertThat(likes).isEqualTo(new RepeatedColumn("likes", 3, "点赞", 4));
    assertThat(whole.report().notes()).contains(likes.note(2, 3, 2, "'606' vs '607'"));
  }

  @Test
  void noRepeatedColumn_theHeaderNotesOnly() {
    List<String> notes = RowBatch.start("n.csv", Schema.Kind.POSTS, Map.of(),
        List.of("note_id", "kol_id", "赞"), ',').finish("notes").report().notes();
    assertThat(notes).contains("'赞' → likes").noneMatch(n -> n.contains("compared"));
  }
}
