package org.kolscope.rules;

/**
 * A rule that judges each KOL by its own notes alone: it reads the KOL's {@code kol_id}, {@code
 * followers} and {@code tier} and the KOL's notes (with their ratios), nothing about other KOLs.
 * So it can be checked on any part of the notes that holds all notes of its KOLs, with the KOLs
 * of that part: an engine that keeps the notes where they are (Apache Spark) checks it part by
 * part, and the findings are those of one check over all the notes. A KOL without notes is
 * judged with no notes given (its {@link AuditData#notes()} is null).
 */
public interface NoteRule extends Rule, java.io.Serializable {}
