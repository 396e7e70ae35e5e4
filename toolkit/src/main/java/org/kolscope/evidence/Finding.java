package org.kolscope.evidence;

/**
 * Something the audit found about one KOL, as a typed value: the evidence of a kind of
 * manipulation ({@link KindFinding}, which decides the verdict) or a field-guide rule that fired
 * ({@code rules.Flag}, shown as context). Tables, text, HTML and JSON render these;
 * nothing parses them back out of strings.
 */
public interface Finding {
  /** The KOL. */
  String kolId();

  /** The finding in words and numbers. */
  String reason();
}
