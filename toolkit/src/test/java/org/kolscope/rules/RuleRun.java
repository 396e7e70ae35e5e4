package org.kolscope.rules;

import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** Runs one rule through the audit pipeline and finds its flag for a KOL. */
final class RuleRun {
  private final AuditResult result;
  private final Rule rule;

  private RuleRun(AuditResult result, Rule rule) {
    this.result = result;
    this.rule = rule;
  }

  static RuleRun of(Rule rule, Table accounts, Table notes) {
    Audit a = Audit.of(accounts).rules(List.of(rule));
    if (notes != null) {
      a.posts(notes);
    }
    return new RuleRun(a.run(), rule);
  }

  /** The rule's flag (fired or unknown) for {@code kolId}, if any. */
  Optional<Flag> flag(String kolId) {
    List<Flag> fs = result.findings().stream()
        .filter(f -> f.kolId().equals(kolId) && f.rule().equals(rule.label())).toList();
    if (fs.size() > 1) {
      throw new AssertionError("rule " + rule.label() + " gave " + fs.size() + " flags for " + kolId);
    }
    return fs.stream().findFirst();
  }

  AuditResult result() {
    return result;
  }
}
