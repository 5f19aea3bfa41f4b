/** What every scanner rule receives and returns. */
import type { Candidate, IdentifierKind } from '../kinds';

export interface ScanContext {
  /** Case-folded words the data also use in lower case: capitalised, they are ordinary words. */
  vocabulary: ReadonlySet<string>;
  /** Names known to belong to people: participants' own names and speaker names as given. */
  knownNames: readonly string[];
}

/** A rule flags what it recognises; the scanner drops bracketed text and resolves overlaps. */
export type Rule = (text: string, context: ScanContext) => Candidate[];

export function candidate(text: string, kind: IdentifierKind, start: number, end: number, confidence: number): Candidate {
  return { kind, start, end, text: text.slice(start, end), confidence };
}

/** Every match of a global regex as a candidate; `group` picks a capture group's span (needs the d flag). */
export function matchAll(text: string, pattern: RegExp, kind: IdentifierKind, confidence: number, group = 0): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const span: readonly [number, number] | undefined = group === 0 ? [match.index, match.index + match[0].length] : match.indices?.[group];
    if (span && span[0] < span[1]) found.push(candidate(text, kind, span[0], span[1], confidence));
  }
  return found;
}
