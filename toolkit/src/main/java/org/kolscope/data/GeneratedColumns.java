package org.kolscope.data;

import org.kolscope.core.Schema;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The columns of the generated tables being filled, one account and its notes at a time, and the
 * two tables they make.
 */
final class GeneratedColumns {
  final StringColumn kolId = StringColumn.create(Schema.KOL_ID);
  final StringColumn name = StringColumn.create(Schema.NAME);
  final StringColumn platform = StringColumn.create(Schema.PLATFORM);
  final LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
  final LongColumn following = LongColumn.create(Schema.FOLLOWING);
  final LongColumn likesAndCollects = LongColumn.create(Schema.LIKES_AND_COLLECTS);
  final LongColumn notes = LongColumn.create(Schema.NOTES);
  final StringColumn category = StringColumn.create(Schema.CATEGORY);
  final DoubleColumn price = DoubleColumn.create(Schema.PRICE_RMB);
  final StringColumn cooperation = StringColumn.create(Schema.COOPERATION);
  final StringColumn anomaly = StringColumn.create(Generator.ANOMALY);

  final StringColumn nNoteId = StringColumn.create(Schema.NOTE_ID);
  final StringColumn nKolId = StringColumn.create(Schema.KOL_ID);
  final DateTimeColumn nPublished = DateTimeColumn.create(Schema.PUBLISHED_AT);
  final LongColumn nLikes = LongColumn.create(Schema.LIKES);
  final LongColumn nCollects = LongColumn.create(Schema.COLLECTS);
  final LongColumn nComments = LongColumn.create(Schema.COMMENTS);
  final LongColumn nShares = LongColumn.create(Schema.SHARES);
  final LongColumn nViews = LongColumn.create(Schema.VIEWS);
  final StringColumn nContentType = StringColumn.create(Schema.CONTENT_TYPE);
  final DoubleColumn nCost = DoubleColumn.create(Schema.COST_RMB);
  final LongColumn nFollowers = LongColumn.create(Schema.FOLLOWERS);
  final LongColumn nLikesAndCollects = LongColumn.create(Schema.LIKES_AND_COLLECTS);
  final LongColumn nNotes = LongColumn.create(Schema.NOTES);
  final StringColumn nAnomaly = StringColumn.create(Generator.ANOMALY);

  Table accountsTable() {
    return Table.create(
        "accounts",
        kolId,
        name,
        platform,
        followers,
        following,
        likesAndCollects,
        notes,
        category,
        price,
        cooperation,
        anomaly);
  }

  Table notesTable() {
    return Table.create(
        "notes",
        nNoteId,
        nKolId,
        nPublished,
        nLikes,
        nCollects,
        nComments,
        nShares,
        nViews,
        nContentType,
        nCost,
        nFollowers,
        nLikesAndCollects,
        nNotes,
        nAnomaly);
  }

  /** Appends an account's row and its notes' rows. */
  void add(AccountDraw a) {
    kolId.append(a.kolId);
    name.append(a.name);
    platform.append(Generator.PLATFORM);
    followers.append(a.followers);
    following.append(a.following);
    likesAndCollects.append(a.likesAndCollects);
    notes.append(a.lifetimeNotes);
    category.append(a.category);
    price.append(a.price);
    cooperation.append(a.gifted ? "gifted" : "paid");
    anomaly.append(a.anomaly.label());
    for (AccountDraw.Note note : a.notes) {
      nNoteId.append(note.id);
      nKolId.append(a.kolId);
      nPublished.append(note.at);
      nLikes.append(note.likes);
      nCollects.append(note.collects);
      nComments.append(note.comments);
      nShares.append(note.shares);
      if (note.views < 0) {
        nViews.appendMissing();
      } else {
        nViews.append(note.views);
      }
      nContentType.append(note.video ? "video" : "image");
      nCost.append(note.cost);
      nFollowers.append(a.followers);
      nLikesAndCollects.append(a.likesAndCollects);
      nNotes.append(a.lifetimeNotes);
      nAnomaly.append(note.anomaly.label());
    }
  }
}
