package org.kolscope.rules;

import java.util.List;
import org.kolscope.core.TableData;
import org.kolscope.evidence.NoteSignals;
import org.kolscope.io.AccountsFromPosts;
import org.kolscope.metrics.KolAggregates;

/**
 * What one part of the notes gives an audit ({@link NoteStage#part}): one row per KOL of the part,
 * nothing per note.
 *
 * @param derived without accounts, the accounts derived from the part's notes ({@link
 *     AccountsFromPosts}); null with accounts
 * @param firstLines per row of {@code derived}, the line of its KOL's first note (the KOLs' order
 *     over all parts)
 * @param aggregates the note aggregates of the part's KOLs ({@link
 *     KolAggregates})
 * @param signals the note signals of the part's audited KOLs
 * @param flags the {@link NoteRule}s' findings on the part's audited KOLs, rule by rule
 * @param notes the part's notes
 * @param notesOfUnknownKols the part's notes whose KOL is not among the accounts
 */
public record NotePart(TableData derived, long[] firstLines, TableData aggregates,
    NoteSignals signals, List<Flag> flags, long notes, long notesOfUnknownKols)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
}
