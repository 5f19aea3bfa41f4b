/**
 * Range helpers for coding: snapping a selection to words, clipping it to a turn, and the maths
 * of overlapping codings (union, covered length, one mark per segment for the reader).
 *
 * Offsets are UTF-16 code units into the canonical text ("\n" line endings), half-open
 * [start, end), as everywhere in Storyloom (DESIGN.md "Offsets").
 */
import {
  codePointAt, codePointBefore, isInsidePair, isInsideWord, isJunkCodePoint, widthBefore,
} from './words';
import { lowerBound } from '../util/lowerBound';

export interface TextRange {
  start: number;
  end: number;
}

/** A run of text covered by the same codings: the reader renders one mark per segment. */
export interface MarkSegment<Id extends string = string> {
  start: number;
  end: number;
  /** Ids of the codings covering the whole segment, ascending (code-unit order). */
  ids: Id[];
}

const OPENER_TO_CLOSER = new Map<number, number>([
  [0x28, 0x29], [0x5b, 0x5d], [0x7b, 0x7d], // ( ) [ ] { }
  [0x22, 0x22], [0x27, 0x27], [0x201c, 0x201d], [0x2018, 0x2019], [0xab, 0xbb], // " ' “ ” ‘ ’ « »
]);
const CLOSER_TO_OPENER = new Map<number, number>([...OPENER_TO_CLOSER].map(([open, close]) => [close, open]));
const BRACKETS = new Set([0x28, 0x5b, 0x7b, 0x29, 0x5d, 0x7d]);

function isPairing(cp: number): boolean {
  return OPENER_TO_CLOSER.has(cp) || CLOSER_TO_OPENER.has(cp);
}

/** A leading opener stays when its partner closes inside the range: "[laughter]", "“no”". */
function keepsOpener(text: string, start: number, end: number, first: number): boolean {
  const closer = OPENER_TO_CLOSER.get(first);
  if (closer === undefined || end - start < 2) return false;
  if (!BRACKETS.has(first)) return codePointBefore(text, end) === closer;
  const at = text.indexOf(String.fromCharCode(closer), start + 1);
  return at !== -1 && at < end;
}

/** A trailing closer stays when it closes something opened in the range, or is a possessive "carers'". */
function keepsCloser(text: string, start: number, end: number, last: number): boolean {
  if ((last === 0x27 || last === 0x2019) && end - start >= 2) {
    const before = text.charCodeAt(end - 2);
    if (before === 0x73 || before === 0x53) return true; // s' or S'
  }
  const opener = CLOSER_TO_OPENER.get(last);
  if (opener === undefined || end - start < 2) return false;
  if (!BRACKETS.has(last)) return codePointAt(text, start) === opener;
  const at = text.lastIndexOf(String.fromCharCode(opener), end - 2);
  return at >= start;
}

/**
 * Snaps a selection to whole words. A start or end inside a word moves outwards to the word's
 * edge ("car|ers" -> "carers", "don|'t" -> "don't"); then white space and punctuation are trimmed
 * from both edges, except brackets and quotes that pair up inside the range ("[laughter]") and a
 * possessive apostrophe ("carers'"). Words are Unicode letters, marks and digits, so accented
 * words and non-Latin scripts snap the same way; an edge never splits a surrogate pair.
 *
 * Each edge moves only within its own word or across junk inside the selection, so snapping never
 * pulls in text across a paragraph break ("\n\n" is not part of any word). A selection that itself
 * spans paragraphs keeps them (coding an exchange is legitimate; see `clampToTurn`).
 *
 * Offsets are clamped to the text and may come in either order (a backwards drag). Returns null
 * for an empty selection or one of nothing but junk. O(length of the edge words + trimmed junk).
 */
export function snapToWords(text: string, start: number, end: number): TextRange | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  if (isInsidePair(text, from)) from -= 1;
  if (isInsidePair(text, to)) to += 1;
  if (from === to) return null;
  while (isInsideWord(text, from)) from -= widthBefore(text, from);
  while (isInsideWord(text, to)) to += codePointAt(text, to) > 0xffff ? 2 : 1;
  for (;;) {
    if (from >= to) return null;
    const first = codePointAt(text, from);
    const last = codePointBefore(text, to);
    const firstWidth = first > 0xffff ? 2 : 1;
    // Plain junk goes first, so a quote pair is judged on the selection's final edges.
    if (isJunkCodePoint(first) && !isPairing(first)) from += firstWidth;
    else if (isJunkCodePoint(last) && !isPairing(last)) to -= widthBefore(text, to);
    else if (isJunkCodePoint(first) && !keepsOpener(text, from, to, first)) from += firstWidth;
    else if (isJunkCodePoint(last) && !keepsCloser(text, from, to, last)) to -= widthBefore(text, to);
    else return { start: from, end: to };
  }
}

/** True when two half-open ranges share at least one character (empty ranges never overlap). O(1). */
export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/**
 * Index of the turn containing the character at `offset` (start <= offset < end), or -1 when the
 * offset lies outside every turn (a speaker label, a paragraph break). Turns must be sorted by
 * start and must not overlap. O(log t).
 */
export function turnIndexAt(turns: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((turns[mid]?.start ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  const turn = turns[low - 1];
  return turn !== undefined && offset < turn.end ? low - 1 : -1;
}

/**
 * Clips a range to the first turn it intersects, so a coding never includes a speaker label or
 * runs into the next speaker's turn (a drag that starts on the label "P2: " keeps the speech).
 * Returns null when the range touches no turn's text. Turns sorted by start, disjoint. O(log t).
 */
export function clampToTurn(range: TextRange, turns: readonly TextRange[]): TextRange | null {
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((turns[mid]?.end ?? 0) <= range.start) low = mid + 1;
    else high = mid;
  }
  const turn = turns[low];
  if (turn === undefined) return null;
  const start = Math.max(range.start, turn.start);
  const end = Math.min(range.end, turn.end);
  return start < end ? { start, end } : null;
}

/**
 * The union of ranges as sorted, disjoint ranges; touching ranges ([0,5) and [5,9)) merge and
 * empty ones are dropped. The input is not changed. O(n log n).
 */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((r) => r.start < r.end).sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  let current: TextRange | null = null;
  for (const range of sorted) {
    if (current !== null && range.start <= current.end) {
      if (range.end > current.end) current.end = range.end;
    } else {
      current = { start: range.start, end: range.end };
      merged.push(current);
    }
  }
  return merged;
}

/** Number of characters (UTF-16 units) covered by at least one range. O(n log n). */
export function coveredLength(ranges: readonly TextRange[]): number {
  let total = 0;
  for (const range of mergeRanges(ranges)) total += range.end - range.start;
  return total;
}

function insertSorted<Id extends string>(ids: Id[], id: Id): void {
  ids.splice(lowerBound(ids, id), 0, id);
}

function removeSorted<Id extends string>(ids: Id[], id: Id): void {
  const at = lowerBound(ids, id);
  if (ids[at] === id) ids.splice(at, 1);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Splits the text covered by codings into the fewest segments such that each segment is covered
 * by one fixed set of codings: the data for rendering overlapping highlights with one mark per
 * segment. Uncovered text yields no segment; ranges are clipped to [0, textLength] and empty
 * ones ignored. A sweep over sorted starts and ends keeps the active ids sorted.
 * O(n log n + S) for n codings and S ids in the output (S is n for disjoint codings; nested
 * codings make the output itself quadratic).
 */
export function segmentsForMarks<Id extends string>(
  textLength: number,
  codings: readonly { id: Id; start: number; end: number }[],
): MarkSegment<Id>[] {
  const live = codings
    .map((c) => ({ id: c.id, start: Math.max(0, c.start), end: Math.min(textLength, c.end) }))
    .filter((c) => c.start < c.end);
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const byEnd = live.sort((a, b) => a.end - b.end);
  const segments: MarkSegment<Id>[] = [];
  const active: Id[] = [];
  let i = 0;
  let j = 0;
  while (j < byEnd.length) {
    const nextStart = byStart[i]?.start ?? Infinity;
    const nextEnd = byEnd[j]?.end ?? Infinity;
    const at = Math.min(nextStart, nextEnd);
    for (let c = byEnd[j]; c !== undefined && c.end === at; c = byEnd[++j]) removeSorted(active, c.id);
    for (let c = byStart[i]; c !== undefined && c.start === at; c = byStart[++i]) insertSorted(active, c.id);
    if (active.length === 0) continue;
    const to = Math.min(byStart[i]?.start ?? Infinity, byEnd[j]?.end ?? Infinity);
    const previous = segments[segments.length - 1];
    if (previous !== undefined && previous.end === at && sameIds(previous.ids, active)) previous.end = to;
    else segments.push({ start: at, end: to, ids: [...active] });
  }
  return segments;
}
