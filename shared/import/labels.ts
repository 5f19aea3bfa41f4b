/**
 * The import preview's proposals (issue 3 item 3): a source's kind from its speakers and length,
 * and its short attribution label ("FG 3", "Int. 2", "Nar. 12", "Doc 4") by numbering on from
 * the labels the project already has. Both are proposals; the user edits them in the preview.
 */
import type { SourceKind } from '../model';
import type { SpeakerCount } from './types';

export const LABEL_PREFIXES: Readonly<Record<SourceKind, string>> = {
  'focus-group': 'FG',
  interview: 'Int.',
  narrative: 'Nar.',
  document: 'Doc',
};

/** Longest text still proposed as a narrative (a letter, a case story: a few pages). */
export const NARRATIVE_MAX_CHARACTERS = 20_000;

/**
 * focus-group with 3 or more distinct speakers, interview with 2, narrative for short prose
 * with no speakers, document otherwise (one speaker, or long or list-like text).
 */
export function proposeKind(document: { text: string; speakers: readonly SpeakerCount[] }): SourceKind {
  const speakers = document.speakers.length;
  if (speakers >= 3) return 'focus-group';
  if (speakers === 2) return 'interview';
  const isProse = /\p{L}{2,}[.!?…]/u.test(document.text);
  if (speakers === 0 && isProse && document.text.length <= NARRATIVE_MAX_CHARACTERS) return 'narrative';
  return 'document';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number in a label of this kind ("FG 3", "fg3", "FG 03" -> 3), or null. */
export function labelNumber(kind: SourceKind, label: string): number | null {
  const prefix = escapeRegExp(LABEL_PREFIXES[kind].replace(/\.$/, ''));
  const match = new RegExp(`^${prefix}\\.?\\s*(\\d{1,6})$`, 'i').exec(label.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The next label of a kind: one past the highest number in use (gaps are not refilled: a gap is usually a deleted source). */
export function proposeLabel(kind: SourceKind, existingLabels: Iterable<string>): string {
  let highest = 0;
  for (const label of existingLabels) highest = Math.max(highest, labelNumber(kind, label) ?? 0);
  return `${LABEL_PREFIXES[kind]} ${highest + 1}`;
}

/** Labels for a batch, in order, each numbering on from the project's labels and the batch's earlier ones. */
export function proposeLabels(kinds: readonly SourceKind[], existingLabels: Iterable<string>): string[] {
  const taken = [...existingLabels];
  return kinds.map((kind) => {
    const label = proposeLabel(kind, taken);
    taken.push(label);
    return label;
  });
}
