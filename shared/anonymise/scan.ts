/**
 * The identifier scanner (issue 3, item 6a): flags likely identifiers in a text so the researcher
 * can replace them with bracketed roles. It proposes; the researcher decides. Each rule is
 * documented where it lives (rules/*.ts); here they are combined:
 * - text already in square brackets (`[son]`, `[Town]`, `[laughter]`) is the researcher's own
 *   words and is never flagged, nor is anything overlapping it;
 * - where candidates overlap, the more confident one wins, then the longer, then the kind that
 *   comes first in `PRIORITY` (an e-mail address over the name inside it);
 * - the result is sorted by start and non-overlapping.
 * Offsets are UTF-16 code units, half-open. Linear in the text's length for each rule.
 */
import { mergeRanges, type TextRange } from '../coding/ranges';
import type { Candidate, IdentifierKind } from './kinds';
import { contacts } from './rules/contacts';
import { dates } from './rules/dates';
import { capitalisedNames, knownNames, titledNames } from './rules/names';
import { ages, money } from './rules/numbers';
import { placesAndOrganisations } from './rules/places';
import type { Rule, ScanContext } from './rules/rule';
import { lowerCaseVocabulary } from './words';

export type { Candidate, IdentifierKind } from './kinds';
export { isValidNhsNumber } from './rules/contacts';

const RULES: readonly Rule[] = [contacts, dates, money, ages, titledNames, knownNames, placesAndOrganisations, capitalisedNames];

const PRIORITY: readonly IdentifierKind[] = [
  'email', 'nhs-number', 'phone', 'postcode', 'date', 'money', 'age', 'organisation', 'place', 'name', 'other',
];

export interface ScanOptions {
  /** Participants' labels and speaker names as given; pseudonyms like "P8" are ignored. */
  knownNames?: readonly string[];
  /**
   * Words the data use in lower case (see `lowerCaseVocabulary`). Pass the vocabulary of every
   * source when scanning a project; by default the scanned text's own.
   */
  vocabulary?: ReadonlySet<string>;
  /** Ranges never to flag, e.g. the speaker labels in front of turns. */
  skip?: readonly TextRange[];
}

/** Ranges of square-bracketed text on one line: "[son]", "[name of charity]". */
export function bracketedRanges(text: string): TextRange[] {
  return [...text.matchAll(/\[[^[\]\n]*\]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Index of the first range ending after `offset`; ranges sorted and disjoint. O(log n). */
function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ranges[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when `c` shares a character with one of the sorted, disjoint `ranges`. O(log n). */
function overlapsAny(c: TextRange, ranges: readonly TextRange[]): boolean {
  const range = ranges[firstEndingAfter(ranges, c.start)];
  return range !== undefined && range.start < c.end;
}

function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  return PRIORITY.indexOf(a.kind) < PRIORITY.indexOf(b.kind);
}

/** Keeps the best of overlapping candidates (greedy, best first). O(c log c). */
function resolve(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : a.start - b.start));
  const kept: Candidate[] = [];
  for (const c of ranked) {
    // `kept` stays sorted and disjoint, so both the test and the insertion point are binary searches.
    if (!overlapsAny(c, kept)) kept.splice(firstEndingAfter(kept, c.start), 0, c);
  }
  return kept;
}

/** Likely identifiers in `text`, sorted by start, non-overlapping. */
export function scanText(text: string, options: ScanOptions = {}): Candidate[] {
  const context: ScanContext = {
    vocabulary: options.vocabulary ?? lowerCaseVocabulary([text]),
    knownNames: options.knownNames ?? [],
  };
  const excluded = mergeRanges([...bracketedRanges(text), ...(options.skip ?? [])]);
  const all = RULES.flatMap((rule) => rule(text, context)).filter((c) => c.start < c.end && !overlapsAny(c, excluded));
  return resolve(all);
}
