/**
 * Scanning a project: every chosen source with one shared vocabulary (a word any source uses in
 * lower case is an ordinary word everywhere), the speaker labels in front of turns skipped (they
 * are renamed with the participant, not redacted in the text), and the results grouped for the
 * screen: by kind, then by distinct value, so "every Margaret" can get one substitute.
 */
import type { TextRange } from '../coding/ranges';
import type { Turn } from '../model';
import { IDENTIFIER_KINDS, type Candidate, type IdentifierKind } from './kinds';
import { scanText } from './scan';
import { lowerCaseVocabulary } from './words';

export interface ScannableSource {
  id: string;
  label: string;
  text: string;
  turns: readonly Turn[];
}

export interface SourceCandidate extends Candidate {
  sourceId: string;
  sourceLabel: string;
  /** Unique within a scan: "sourceId:start". */
  key: string;
}

export interface ValueGroup {
  kind: IdentifierKind;
  value: string;
  /** The most confident occurrence's confidence. */
  confidence: number;
  occurrences: SourceCandidate[];
}

export interface KindGroup {
  kind: IdentifierKind;
  values: ValueGroup[];
  /** Occurrences of every value. */
  count: number;
}

/** The "Name: " labels in front of attributed turns, from the line's start to the speech. O(t). */
export function speakerLabelRanges(text: string, turns: readonly Turn[]): TextRange[] {
  return turns.filter((t) => t.speaker !== null).map((t) => {
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    return { start: Math.min(lineStart, t.start), end: t.start };
  }).filter((r) => r.start < r.end);
}

/** Candidates in every source, in source order then text order. */
export function scanSources(sources: readonly ScannableSource[], knownNames: readonly string[]): SourceCandidate[] {
  const vocabulary = lowerCaseVocabulary(sources.map((s) => s.text));
  return sources.flatMap((source) => scanText(source.text, { vocabulary, knownNames, skip: speakerLabelRanges(source.text, source.turns) })
    .map((c) => ({ ...c, sourceId: source.id, sourceLabel: source.label, key: `${source.id}:${c.start}` })));
}

/**
 * Groups by kind (in `IDENTIFIER_KINDS` order), then by value as written; values most confident
 * first, then most frequent, then alphabetical.
 */
export function groupCandidates(found: readonly SourceCandidate[]): KindGroup[] {
  const byKind = new Map<IdentifierKind, Map<string, ValueGroup>>();
  for (const c of found) {
    const values = byKind.get(c.kind) ?? new Map<string, ValueGroup>();
    byKind.set(c.kind, values);
    const group = values.get(c.text) ?? { kind: c.kind, value: c.text, confidence: 0, occurrences: [] };
    values.set(c.text, group);
    group.occurrences.push(c);
    group.confidence = Math.max(group.confidence, c.confidence);
  }
  return IDENTIFIER_KINDS.flatMap((kind) => {
    const values = byKind.get(kind);
    if (!values) return [];
    const sorted = [...values.values()].sort((a, b) => b.confidence - a.confidence
      || b.occurrences.length - a.occurrences.length || a.value.localeCompare(b.value, 'en-GB'));
    return [{ kind, values: sorted, count: sorted.reduce((n, v) => n + v.occurrences.length, 0) }];
  });
}

export interface Context {
  before: string;
  match: string;
  after: string;
}

/** The words around [start, end), cut at word edges, on one line, for showing a candidate. */
export function contextOf(text: string, start: number, end: number, width = 50): Context {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  let before = text.slice(Math.max(0, start - width), start);
  let after = text.slice(end, end + width);
  if (start - width > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (end + width < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before: flat(before), match: flat(text.slice(start, end)), after: flat(after) };
}
