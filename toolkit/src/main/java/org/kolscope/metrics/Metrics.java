package org.kolscope.metrics;

import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * Ratio columns of accounts and notes, named for what they are.
 *
 * <p>Accounts ({@link #addToAccounts}):
 *
 * <ul>
 *   <li>{@value #LIKES_AND_COLLECTS_PER_FOLLOWER}: RED's 获赞与收藏 per follower (the field guide
 *       expects 3–5);
 *   <li>{@value #PRICE_PER_1K_FOLLOWERS}: cost per 1,000 followers.
 * </ul>
 *
 * <p>Notes ({@link #addToNotes}): {@value #LIKES_PER_VIEW} (the field guide expects 1–3 %),
 * {@value #COMMENTS_PER_LIKE}, {@value #COLLECTS_PER_LIKE}, {@value Interactions#COLUMN} (see
 * {@link Interactions}), {@value #ENGAGEMENT_RATE} = interactions / followers, and where a note
 * has a cost: {@value #COST_PER_INTERACTION} (cost per engagement) and {@value #COST_PER_1K_VIEWS}
 * (CPM).
 *
 * <p>A zero or missing denominator leaves the cell missing and says why in {@link
 * MissingReasons#COLUMN}.
 */
public final class Metrics {
  public static final String LIKES_AND_COLLECTS_PER_FOLLOWER = "likes_and_collects_per_follower";
  public static final String PRICE_PER_1K_FOLLOWERS = "cost_per_1000_followers";
  public static final String LIKES_PER_VIEW = "likes_per_view";
  public static final String COMMENTS_PER_LIKE = "comments_per_like";
  public static final String COLLECTS_PER_LIKE = "collects_per_like";
  /** Interactions / followers of a note (named as the issue and the trade name it). */
  public static final String ENGAGEMENT_RATE = "engagement_rate";
  public static final String COST_PER_INTERACTION = "cost_per_interaction";
  public static final String COST_PER_1K_VIEWS = "cost_per_1000_views";

  private Metrics() {}

  /**
   * Adds the account ratios to {@code accounts} (in place) and returns it.
   *
   * @throws IllegalArgumentException if {@code followers} is absent
   */
  public static Table addToAccounts(Table accounts) {
    Cells.require(accounts, Schema.FOLLOWERS, "account ratios");
    Ratio.add(accounts, Schema.LIKES_AND_COLLECTS, Schema.FOLLOWERS, LIKES_AND_COLLECTS_PER_FOLLOWER, 1);
    if (accounts.containsColumn(Schema.PRICE_RMB)) {
      Ratio.add(accounts, Schema.PRICE_RMB, Schema.FOLLOWERS, PRICE_PER_1K_FOLLOWERS, 1000);
    }
    return accounts;
  }

  /**
   * Adds the note ratios to {@code notes} (in place) and returns it. {@value #ENGAGEMENT_RATE}
   * needs a {@code followers} column on the notes (the author's followers; {@code Audit} copies it
   * from the accounts when the notes lack it); cost ratios need {@code cost_rmb}.
   *
   * @param interactions the definition of interactions, not null
   */
  public static Table addToNotes(Table notes, Interactions interactions) {
    Ratio.add(notes, Schema.LIKES, Schema.VIEWS, LIKES_PER_VIEW, 1);
    Ratio.add(notes, Schema.COMMENTS, Schema.LIKES, COMMENTS_PER_LIKE, 1);
    Ratio.add(notes, Schema.COLLECTS, Schema.LIKES, COLLECTS_PER_LIKE, 1);
    interactions.add(notes);
    Ratio.add(notes, Interactions.COLUMN, Schema.FOLLOWERS, ENGAGEMENT_RATE, 1);
    if (notes.containsColumn(Schema.COST_RMB)) {
      Ratio.add(notes, Schema.COST_RMB, Interactions.COLUMN, COST_PER_INTERACTION, 1);
      Ratio.add(notes, Schema.COST_RMB, Schema.VIEWS, COST_PER_1K_VIEWS, 1000);
    }
    return notes;
  }

  /**
   * A label for people (reports, chart titles) of a column named for machines: {@code
   * likes_and_collects_per_follower} reads "likes + collects per follower", {@code
   * cost_per_1000_views} "cost per 1,000 views"; any other name has its underscores turned into
   * spaces.
   *
   * @param column a column name, not null
   */
  public static String label(String column) {
    return column.replace("likes_and_collects", "likes + collects")
        .replace("_1000_", " 1,000 ")
        .replace('_', ' ');
  }
}
