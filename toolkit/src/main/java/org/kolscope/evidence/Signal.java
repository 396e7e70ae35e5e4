package org.kolscope.evidence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the audit measures on each KOL and compares with what honest accounts of the same size
 * show. Each signal has a machine name (JSON, tables) and a label for people.
 *
 * <p>From notes (one row per note): {@link #REACH} median views ÷ followers; {@link
 * #LIKES_PER_VIEW} Σ likes ÷ Σ views; {@link #ENGAGEMENT} median (likes + collects + comments) ÷
 * followers; {@link #COMMENTS_PER_LIKE}, {@link #COLLECTS_PER_LIKE}, {@link #SHARES_PER_LIKE}
 * pooled over the KOL's notes as (Σ a + ½) ÷ (Σ b + ½) (the ½ keeps a zero count finite on the
 * log scale); {@link #LIKE_DISPERSION} the MAD × 1.4826 of log10(likes + 1) over ≥ 4 notes;
 * {@link #LIKE_SPIKE} and {@link #COMMENT_SPIKE} how far the KOL's most extreme note lies from its
 * own typical note in likes against that note's collects + comments (comments against likes), as
 * a z-score corrected for the number of notes ({@link NoteSpikes}).
 *
 * <p>From accounts: {@link #LIFETIME} likes_and_collects (获赞与收藏) ÷ followers; {@link
 * #NOTES_PER_FOLLOWER} lifetime notes (笔记数) ÷ followers (an audience grows with the content
 * that earns it: on the real 2018 RED sample, Spearman's ρ of log notes and log followers is 0.72,
 * so followers far beyond what the content earned stand out). From per-creator
 * averages (the tables influencer platforms export): {@link #REACH} avg_views ÷ followers, {@link
 * #LIKES_PER_VIEW} avg_likes ÷ avg_views, {@link #ENGAGEMENT} (avg_likes + avg_comments) ÷
 * followers or avg_engagement ÷ followers, {@link #COMMENTS_PER_LIKE} avg_comments ÷ avg_likes,
 * {@link #SHARES_PER_LIKE} avg_shares ÷ avg_likes and {@link #AUTHENTIC_SHARE}
 * avg_authentic_engagement ÷ avg_engagement.
 */
public enum Signal {
  REACH("reach", "views per follower", true),
  LIKES_PER_VIEW("likes_per_view", "likes per view", true),
  ENGAGEMENT("engagement_per_follower", "interactions per follower", true),
  LIFETIME("likes_and_collects_per_follower", "lifetime likes + collects per follower", true),
  NOTES_PER_FOLLOWER("notes_per_follower", "notes posted per follower", true),
  COMMENTS_PER_LIKE("comments_per_like", "comments per like", true),
  COLLECTS_PER_LIKE("collects_per_like", "collects per like", true),
  SHARES_PER_LIKE("shares_per_like", "shares per like", true),
  AUTHENTIC_SHARE("authentic_share", "authentic share of engagement", true),
  LIKE_DISPERSION("like_dispersion", "note-to-note spread of log10 likes", false),
  LIKE_SPIKE("like_spike", "likes out of line with a note's collects and comments", false),
  COMMENT_SPIKE("comment_spike", "comments out of line with a note's likes", false);

  private final String key;
  private final String label;
  private final boolean ratio;

  Signal(String key, String label, boolean ratio) {
    this.key = key;
    this.label = label;
    this.ratio = ratio;
  }

  /** The machine name, e.g. {@code comments_per_like}. */
  public String key() {
    return key;
  }

  /** The name for people, e.g. "comments per like". */
  public String label() {
    return label;
  }

  /** Whether the signal is a ratio, modelled on the log10 scale (else on its own scale). */
  public boolean ratio() {
    return ratio;
  }

  /** The modelled scale of a raw value: log10 for ratios (NaN for values ≤ 0), else the value. */
  public double transform(double raw) {
    if (!ratio) {
      return raw;
    }
    return raw > 0 ? Math.log10(raw) : Double.NaN;
  }

  /** Back from the modelled scale. */
  public double inverse(double y) {
    return ratio ? Math.pow(10, y) : y;
  }

  /** The signal with this machine name (case-insensitive). */
  public static Signal ofKey(String key) {
    for (Signal s : values()) {
      if (s.key.equalsIgnoreCase(key.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown signal '" + key + "'");
  }

  @Override
  public String toString() {
    return key.toLowerCase(Locale.ROOT);
  }

  /**
   * An unmodifiable copy of a map keyed by signal that iterates in the signals' declared order.
   * {@code Map.copyOf} iterates in an order that changes from one JVM run to the next, which made
   * the {@code not_checked} column of {@code kols.csv} differ between two runs on the same file.
   *
   * @param map the map (not null)
   * @param <V> the value type
   * @return the copy
   */
  public static <V> Map<Signal, V> inOrder(Map<Signal, ? extends V> map) {
    EnumMap<Signal, V> m = new EnumMap<>(Signal.class);
    m.putAll(map);
    return Collections.unmodifiableMap(m);
  }
}
