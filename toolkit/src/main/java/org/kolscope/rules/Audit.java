package org.kolscope.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Cells;
import org.kolscope.core.RowTiers;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.evidence.EmpiricalNull;
import org.kolscope.evidence.Evidence;
import org.kolscope.evidence.EvidenceResult;
import org.kolscope.io.AccountsFromPosts;
import org.kolscope.io.KolGroups;
import org.kolscope.metrics.Interactions;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.metrics.Metrics;
import org.kolscope.metrics.MissingReasons;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The audit pipeline for notebooks: accounts [+ notes] → ratios → tiers → evidence (signals
 * against what honest accounts of the same size show; {@link Evidence}) → verdicts at a stated
 * false-alarm rate, with the field guide's rules R1–R7 beside them as context.
 *
 * <pre>{@code
 * AuditResult r = Audit.of(accounts).posts(notes).tiers(Tiers.RED).run();
 * AuditResult r = Audit.ofPosts(notes).run();   // accounts derived from the notes' author columns
 * AuditResult r = Audit.of(accounts).falseAlarm(0.005).run();   // stricter "suspicious"
 * }</pre>
 *
 * <p>Defaults: {@link Tiers#RED}, {@link Interactions#XINHONG}, {@link #defaultRules()}. The input
 * tables are not modified. The result's notes table shares the input notes' columns (their data is
 * not copied; the ratios are new columns): add or replace its columns freely, but setting a cell
 * of an input column changes the input table too.
 */
public final class Audit {
  private final Table accounts;
  private Table notes;
  private NoteParts parts;
  private Tiers tiers = Tiers.RED;
  private Interactions interactions = Interactions.XINHONG;
  private List<Rule> rules = defaultRules();
  private double falseAlarm = Evidence.DEFAULT_FALSE_ALARM;
  /** As set, or NaN: the evidence model's default ({@link Evidence#reviewRate}). */
  private double reviewRate = Double.NaN;

  private Audit(Table accounts, Table notes) {
    this.accounts = accounts;
    this.notes = notes;
  }

  /**
   * An audit of {@code accounts} (one row per KOL, canonical columns; {@code kol_id} and {@code
   * followers} required).
   */
  public static Audit of(Table accounts) {
    return new Audit(Objects.requireNonNull(accounts, "accounts"), null);
  }

  /** An audit of the KOLs of {@code notes}, derived with {@link AccountsFromPosts}. */
  public static Audit ofPosts(Table notes) {
    return new Audit(null, Objects.requireNonNull(notes, "notes"));
  }

  /**
   * An audit of the KOLs of notes given later, with {@link #posts(Table)} or {@link
   * #posts(NoteParts)}: for an engine that computes the parts with {@link #noteStage()} once the
   * audit is configured.
   */
  public static Audit ofPosts() {
    return new Audit(null, null);
  }

  /**
   * An audit of the KOLs of notes held elsewhere, in parts ({@link NoteParts}): the accounts are
   * derived part by part as {@link #ofPosts(Table)} derives them. Configure the audit, then let
   * the engine compute the parts with {@link #noteStage()} before {@link #run()}.
   */
  public static Audit ofPosts(NoteParts parts) {
    Audit a = new Audit(null, null);
    a.parts = Objects.requireNonNull(parts, "parts");
    return a;
  }

  /** The rules R1–R7 with their default thresholds. */
  public static List<Rule> defaultRules() {
    return List.of(
        new R1FakeFollowers(), new R2LikesPerFollower(), new R3LikesPerView(), new R4LowComments(),
        new R5Price(), new R6EngagementSpike(), new R7CommentFarm());
  }

  /** Adds the KOLs' notes (one row per note; {@code kol_id} required). */
  public Audit posts(Table notes) {
    this.notes = Objects.requireNonNull(notes, "notes");
    this.parts = null;
    return this;
  }

  /** Adds the KOLs' notes held elsewhere, in parts (see {@link #ofPosts(NoteParts)}). */
  public Audit posts(NoteParts parts) {
    this.parts = Objects.requireNonNull(parts, "parts");
    this.notes = null;
    return this;
  }

  /**
   * What an engine holding the notes in parts computes on each part (each part with every note of
   * its KOLs), with this audit's tiers, interactions and {@link NoteRule}s (and, with accounts,
   * their {@code kol_id}, {@code followers} and {@code tier}).
   *
   * @throws IllegalArgumentException as {@link #run()} for bad accounts
   */
  public NoteStage noteStage() {
    Table kols = null;
    if (accounts != null) {
      kols = accountsTable(null, new ArrayList<>());
    }
    List<NoteRule> noteRules = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof NoteRule nr) {
        noteRules.add(nr);
      }
    }
    return NoteStage.of(kols, tiers, interactions, noteRules);
  }

  /** The tiers to report and to judge tier norms by (default {@link Tiers#RED}). */
  public Audit tiers(Tiers tiers) {
    this.tiers = Objects.requireNonNull(tiers, "tiers");
    return this;
  }

  /** The definition of interactions (default {@link Interactions#XINHONG}). */
  public Audit interactions(Interactions interactions) {
    this.interactions = Objects.requireNonNull(interactions, "interactions");
    return this;
  }

  /**
   * The rules to apply (default {@link #defaultRules()}).
   *
   * @throws IllegalArgumentException if empty or two rules share a label
   */
  public Audit rules(List<Rule> rules) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("need at least one rule");
    }
    if (rules.stream().map(Rule::label).distinct().count() != rules.size()) {
      throw new IllegalArgumentException("rule labels must be unique, got "
          + rules.stream().map(Rule::label).toList());
    }
    this.rules = List.copyOf(rules);
    return this;
  }

  /**
   * The false-alarm rate of {@code suspicious}: the share of honest KOLs it may catch (default
   * {@value Evidence#DEFAULT_FALSE_ALARM}).
   *
   * @throws IllegalArgumentException unless in (0, 0.5]
   */
  public Audit falseAlarm(double alpha) {
    EmpiricalNull.threshold(alpha, 1); // validates, quoting a bad value
    this.falseAlarm = alpha;
    return this;
  }

  /**
   * The share of honest KOLs that may get {@code review} or worse: at least the false-alarm rate.
   * Not set, it is {@value Evidence#DEFAULT_REVIEW_RATE}, or the false-alarm rate when that is
   * higher.
   *
   * @throws IllegalArgumentException unless in (0, 0.5]
   */
  public Audit reviewRate(double rate) {
    EmpiricalNull.threshold(rate, 1);
    this.reviewRate = rate;
    return this;
  }

  /**
   * Runs the audit: ratios, tiers, the evidence model (which decides each verdict) and the
   * field guide's rules (context). A {@code kol_id} that repeats in the accounts is resolved (the
   * most complete row is kept) and reported in {@link AuditResult#duplicates()}.
   *
   * @throws IllegalArgumentException if a required column is absent or not numeric
   */
  public AuditResult run() {
    if (parts != null) {
      return runOnParts();
    }
    if (accounts == null && notes == null) {
      throw new IllegalStateException("no notes to audit: give them with posts(notes)");
    }
    KolGroups groups = null; // computed once, shared by the accounts, aggregates and rules
    if (accounts == null) {
      Cells.require(notes, Schema.KOL_ID, "accounts derived from notes");
      groups = KolGroups.of(notes);
    }
    List<DuplicateKol> duplicates = new ArrayList<>();
    Table kols = accountsTable(groups, duplicates);
    Map<String, Integer> rowOf = rowsById(kols);
    Table n = null;
    int unknownKolNotes = 0;
    if (notes != null) {
      n = shallowCopy(notes);
      n.setName("notes");
      Cells.require(n, Schema.KOL_ID, "notes");
      if (groups == null) {
        groups = KolGroups.of(n);
      }
      unknownKolNotes = notesOfUnknownKols(groups, rowOf);
      if (!Cells.hasNumber(n, Schema.FOLLOWERS)) {
        Cells.put(n, followersOfNotes(n, kols, groups, rowOf));
      }
      Metrics.addToNotes(n, interactions);
      KolAggregates.addTo(kols, KolAggregates.of(n, groups));
    }
    Evidence evidence = evidence(kols);
    if (n != null) {
      evidence.notes(n, groups);
    }
    EvidenceResult ev = evidence.run();
    List<Flag> findings = checkRules(new AuditData(kols, n, tiers, interactions, groups));
    AuditColumns.add(kols, ev, findings);
    kols = leading(kols, Schema.KOL_ID, Schema.NAME, Schema.TIER, AuditResult.VERDICT,
        AuditResult.REASONS);
    return new AuditResult(kols, n, findings, ev, duplicates, tiers, interactions, rules,
        unknownKolNotes, n == null ? -1 : n.rowCount());
  }

  /** The evidence model over {@code kols} with this audit's rates (the review rate if set). */
  private Evidence evidence(Table kols) {
    Evidence e = Evidence.of(kols).falseAlarm(falseAlarm);
    return Double.isNaN(reviewRate) ? e : e.reviewRate(reviewRate);
  }

  /**
   * {@link #run()} with the notes held elsewhere: the per-KOL work was done on the parts ({@link
   * NoteStage}), the rest (everything that compares KOLs) is done here, as {@link #run()} does it.
   */
  private AuditResult runOnParts() {
    List<DuplicateKol> duplicates = new ArrayList<>();
    Table kols = accounts != null ? accountsTable(null, duplicates)
        : prepared(parts.derivedAccounts(), tiers, duplicates);
    KolAggregates.addTo(kols, parts.aggregates());
    EvidenceResult ev = evidence(kols).notes(parts.signals()).run();
    AuditData data = new AuditData(kols, null, tiers, interactions, null, true);
    List<Flag> findings = new ArrayList<>();
    for (Rule rule : rules) {
      List<Flag> mine = rule.check(data);
      findings.addAll(rule instanceof NoteRule ? parts.merge(rule, mine, kols) : mine);
    }
    AuditColumns.add(kols, ev, findings);
    kols = leading(kols, Schema.KOL_ID, Schema.NAME, Schema.TIER, AuditResult.VERDICT,
        AuditResult.REASONS);
    return new AuditResult(kols, null, findings, ev, duplicates, tiers, interactions, rules,
        (int) parts.notesOfUnknownKols(), parts.notes());
  }

  /**
   * Step 1: one row per KOL — the accounts, or the accounts derived from the notes — checked,
   * with repeated ids resolved (into {@code duplicates}), the account ratios and the tier.
   */
  private Table accountsTable(KolGroups groups, List<DuplicateKol> duplicates) {
    return prepared(accounts != null ? accounts.copy() : AccountsFromPosts.derive(notes, groups),
        tiers, duplicates);
  }

  /** Step 1 on a table of accounts (a copy, changed in place). */
  static Table prepared(Table kols, Tiers tiers, List<DuplicateKol> duplicates) {
    kols.setName("kols");
    Cells.require(kols, Schema.KOL_ID, "accounts");
    Cells.require(kols, Schema.FOLLOWERS, "accounts");
    if (!Cells.hasNumber(kols, Schema.FOLLOWERS)) {
      throw new IllegalArgumentException("column 'followers' is "
          + kols.column(Schema.FOLLOWERS).type() + ", not numeric");
    }
    kols = Duplicates.resolve(kols, duplicates);
    kols.setName("kols");
    Metrics.addToAccounts(kols);
    Cells.put(kols, RowTiers.of(kols, null, tiers, Schema.FOLLOWERS).toColumn(Schema.TIER));
    return kols;
  }

  /** The row of each KOL id ("" for a missing id). */
  static Map<String, Integer> rowsById(Table kols) {
    Map<String, Integer> rowOf = new HashMap<>();
    Column<?> kolIds = kols.column(Schema.KOL_ID);
    for (int r = 0; r < kols.rowCount(); r++) {
      rowOf.put(Cells.text(kolIds, r), r);
    }
    return rowOf;
  }

  /** Step 2: notes whose KOL is not among the accounts (left out of every per-KOL figure). */
  static int notesOfUnknownKols(KolGroups groups, Map<String, Integer> rowOf) {
    int unknown = 0;
    // notes with an empty kol_id belong to no group; they are unknown unless a KOL's id is ""
    if (!rowOf.containsKey("")) {
      unknown += groups.notes() - groups.grouped();
    }
    for (int g = 0; g < groups.size(); g++) {
      if (!rowOf.containsKey(groups.id(g))) {
        unknown += groups.count(g);
      }
    }
    return unknown;
  }

  /**
   * Step 3, for notes without their author's follower count: each note gets its KOL's followers
   * from the accounts (missing for an unknown KOL).
   */
  static DoubleColumn followersOfNotes(Table n, Table kols, KolGroups groups,
      Map<String, Integer> rowOf) {
    DoubleColumn f = DoubleColumn.create(Schema.FOLLOWERS, n.rowCount());
    NumericColumn<?> kolFollowers = Cells.numeric(kols, Schema.FOLLOWERS);
    for (int g = 0; g < groups.size(); g++) {
      Integer k = rowOf.get(groups.id(g));
      double v = k == null ? Double.NaN : Cells.number(kolFollowers, k);
      for (int i = 0, c = groups.count(g); i < c; i++) {
        setOrMissing(f, groups.row(g, i), v);
      }
    }
    Integer k = rowOf.get("");
    if (groups.grouped() < groups.notes()) {
      Column<?> noteIds = n.column(Schema.KOL_ID);
      double v = k == null ? Double.NaN : Cells.number(kolFollowers, k);
      for (int r = 0; r < n.rowCount(); r++) {
        if (noteIds.isMissing(r) || noteIds.getString(r).isEmpty()) {
          setOrMissing(f, r, v);
        }
      }
    }
    return f;
  }

  private static void setOrMissing(DoubleColumn c, int row, double v) {
    if (Double.isNaN(v)) {
      c.setMissing(row);
    } else {
      c.set(row, v);
    }
  }

  /** Step 5: every rule's findings (context beside the evidence of step 4). */
  private List<Flag> checkRules(AuditData data) {
    List<Flag> findings = new ArrayList<>();
    for (Rule rule : rules) {
      findings.addAll(rule.check(data));
    }
    return findings;
  }

  /**
   * A new table over the same column objects as {@code t}: the audit adds and replaces columns
   * (ratios, followers) in it without copying the notes' data, and {@code t} keeps its columns.
   * The one column the audit writes into cell by cell, {@code missing_reasons}, is copied.
   */
  static Table shallowCopy(Table t) {
    Table out = Table.create(t.name());
    for (Column<?> c : t.columns()) {
      out.addColumns(c.name().equalsIgnoreCase(MissingReasons.COLUMN) ? c.copy() : c);
    }
    return out;
  }

  /** {@code t} with the given columns (those present) first, the rest in their order. */
  private static Table leading(Table t, String... first) {
    List<String> order = new ArrayList<>();
    for (String c : first) {
      if (t.containsColumn(c)) {
        order.add(c);
      }
    }
    for (String c : t.columnNames()) {
      if (!order.contains(c)) {
        order.add(c);
      }
    }
    return t.reorderColumns(order.toArray(new String[0]));
  }

}
