/**
 * Search across sources, with results in keyword-in-context form (the Search screen and "code
 * all hits"). Query syntax is in ./query.ts.
 *
 * Plain mode with several terms means AND within a unit: a turn, or for text outside every turn
 * (narratives without turns, headers) a paragraph between "\n\n" breaks. Every occurrence of
 * every term in a unit holding all the terms is a hit, so "code all hits" codes each term where it
 * occurs; an occurrence lying wholly inside another term's occurrence ("care" in "carer") is not a
 * separate hit. One term, a phrase or a regex: every occurrence is a hit. Empty matches (possible
 * in regex mode) are skipped, never reported and never looped on.
 *
 * Hits come in source order, then by offset. Counting runs over the whole corpus; only the first
 * `limit` hits are materialised (`truncated` says more exist), so per-source counts and `total`
 * are always complete. Cost: one regex scan of each text per term, O(N) in corpus characters,
 * plus O(h log t + h * contextChars) for h returned hits over t turns; multi-term plain mode
 * also holds every term occurrence of a source while deciding its units.
 */
import type { SourceId } from '../model';
import { turnIndexAt } from '../coding/ranges';
import { isInsideWord, isInsidePair } from '../coding/words';
import { compileQuery, type SearchQuery } from './query';
import { lowerBound } from '../util/lowerBound';

export { SearchError, type SearchMode, type SearchQuery } from './query';

export interface SearchTurn {
  start: number;
  end: number;
  speaker: string | null;
}

export interface SearchSource {
  sourceId: SourceId;
  label: string;
  text: string;
  /** Sorted by start, disjoint. */
  turns: readonly SearchTurn[];
}

export interface SearchOptions {
  /** Characters of context on each side, at most (cut at the turn or paragraph, and at a whole word). Default 40. */
  contextChars?: number;
  /** Most hits returned. Default 500. */
  limit?: number;
}

export interface SearchHit {
  sourceId: SourceId;
  label: string;
  /** UTF-16 offsets of the match in the canonical text, half-open. */
  start: number;
  end: number;
  /** Speaker of the turn containing the match's start; null outside turns or for unattributed turns. */
  speaker: string | null;
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every source in input order, with its full number of hits. */
  counts: { sourceId: SourceId; label: string; count: number }[];
  total: number;
  truncated: boolean;
}

interface Span {
  start: number;
  end: number;
}

function nextIndex(text: string, index: number): number {
  return isInsidePair(text, index + 1) ? index + 2 : index + 1;
}

/** Every non-empty match of a global regex, in order. O(n) beyond the regex engine's own cost. */
function forEachMatch(pattern: RegExp, text: string, visit: (start: number, end: number) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) pattern.lastIndex = nextIndex(text, start);
    else visit(start, end);
  }
}

/** Offsets of every "\n\n" (paragraph breaks), ascending. O(n). */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', at + 1)) breaks.push(at);
  return breaks;
}

interface Occurrences {
  starts: number[];
  ends: number[];
  units: number[];
}

/**
 * Visits, in order, the occurrences of all terms in units (turns or paragraphs) holding every
 * term, skipping one nested in the previous occurrence. Each term's occurrences come sorted from
 * its scan, so a k-way merge orders them in O(h * k) for h occurrences of k terms.
 */
function andOfTerms(patterns: readonly RegExp[], source: SearchSource, visit: (span: Span) => void): void {
  const breaks = paragraphBreaks(source.text);
  const turnCount = source.turns.length;
  const unitOf = (offset: number) => {
    const turn = turnIndexAt(source.turns, offset);
    return turn >= 0 ? turn : turnCount + lowerBound(breaks, offset);
  };
  // termsSeen.get(unit) === k means terms 0..k-1 all occur in the unit.
  const termsSeen = new Map<number, number>();
  const terms: Occurrences[] = patterns.map((pattern, term) => {
    const found: Occurrences = { starts: [], ends: [], units: [] };
    forEachMatch(pattern, source.text, (start, end) => {
      const unit = unitOf(start);
      if ((termsSeen.get(unit) ?? 0) === term) termsSeen.set(unit, term + 1);
      found.starts.push(start);
      found.ends.push(end);
      found.units.push(unit);
    });
    return found;
  });
  const cursors = terms.map(() => 0);
  let reach = -1;
  for (;;) {
    let best = -1;
    let bestStart = Infinity;
    let bestEnd = -1;
    terms.forEach((found, term) => {
      const at = cursors[term] ?? 0;
      const start = found.starts[at];
      const end = found.ends[at] ?? -1;
      if (start !== undefined && (start < bestStart || (start === bestStart && end > bestEnd))) {
        best = term;
        bestStart = start;
        bestEnd = end;
      }
    });
    if (best === -1) return;
    const at = cursors[best] ?? 0;
    cursors[best] = at + 1;
    if (termsSeen.get(terms[best]?.units[at] ?? -1) !== patterns.length || bestEnd <= reach) continue;
    reach = bestEnd;
    visit({ start: bestStart, end: bestEnd });
  }
}

/** Up to `chars` before `start`, no further back than `floor` or a paragraph break, whole words only. O(chars). */
function contextBefore(text: string, start: number, floor: number, chars: number): string {
  let from = Math.max(floor, start - chars);
  const paragraph = text.slice(from, start).lastIndexOf('\n\n');
  if (paragraph !== -1) from += paragraph + 2;
  if (isInsidePair(text, from)) from += 1;
  while (from < start && isInsideWord(text, from)) from = nextIndex(text, from);
  return text.slice(from, start);
}

/** Up to `chars` after `end`, no further than `ceiling` or a paragraph break, whole words only. O(chars). */
function contextAfter(text: string, end: number, ceiling: number, chars: number): string {
  let to = Math.min(ceiling, end + chars);
  const paragraph = text.slice(end, to).indexOf('\n\n');
  if (paragraph !== -1) to = end + paragraph;
  if (isInsidePair(text, to)) to -= 1;
  while (to > end && isInsideWord(text, to)) to -= isInsidePair(text, to - 1) ? 2 : 1;
  return text.slice(end, to);
}

function makeHit(source: SearchSource, span: Span, chars: number): SearchHit {
  const { text, turns } = source;
  const turn = turns[turnIndexAt(turns, span.start)];
  return {
    sourceId: source.sourceId,
    label: source.label,
    start: span.start,
    end: span.end,
    speaker: turn?.speaker ?? null,
    before: contextBefore(text, span.start, turn?.start ?? 0, chars),
    match: text.slice(span.start, span.end),
    after: contextAfter(text, span.end, Math.max(turn?.end ?? text.length, span.end), chars),
  };
}

/**
 * Searches every source for the query (see the module comment for the meaning of each mode).
 * An empty query finds nothing; an invalid regular expression throws SearchError.
 */
export function searchCorpus(
  sources: readonly SearchSource[],
  query: SearchQuery,
  options: SearchOptions = {},
): SearchResult {
  const chars = Math.max(0, options.contextChars ?? 40);
  const limit = Math.max(0, options.limit ?? 500);
  const patterns = compileQuery(query);
  const hits: SearchHit[] = [];
  const counts: SearchResult['counts'] = [];
  let total = 0;
  for (const source of sources) {
    let count = 0;
    const take = (span: Span) => {
      count++;
      if (hits.length < limit) hits.push(makeHit(source, span, chars));
    };
    const [only] = patterns;
    if (patterns.length > 1) andOfTerms(patterns, source, take);
    else if (only !== undefined) forEachMatch(only, source.text, (start, end) => take({ start, end }));
    counts.push({ sourceId: source.sourceId, label: source.label, count });
    total += count;
  }
  return { hits, counts, total, truncated: total > hits.length };
}
