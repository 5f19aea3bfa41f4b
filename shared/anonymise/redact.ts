/**
 * Redaction as a list of edits: many replacements in one text, applied at once, and every range
 * (codings, turns) carried through them with the rules of one edit (../coding/textEdit.ts).
 *
 * Edits are given in the ORIGINAL text's offsets, sorted and disjoint. Ranges are remapped
 * through them from the last edit to the first: an edit changes only offsets after its start, so
 * every earlier edit's offsets are still valid when its turn comes. The result is the same as
 * applying the edits one by one left to right with each later edit shifted (property-tested).
 */
import type { TextRange } from '../coding/ranges';
import { remapCodings, remapTurns, type TextEdit } from '../coding/textEdit';
import { bracketedRanges } from './scan';

export interface Replacement {
  start: number;
  end: number;
  substitute: string;
}

export interface RedactionPlan {
  /** The text after every replacement. */
  text: string;
  /** The edits, sorted by start, disjoint, in the original text's offsets. */
  edits: TextEdit[];
}

/**
 * Applies replacements to a text. Each must replace at least one character; they may touch but
 * not overlap. Throws a RangeError naming the first bad one. O(n + r log r).
 */
export function planRedaction(text: string, replacements: readonly Replacement[]): RedactionPlan {
  const edits = replacements.map((r) => ({ start: r.start, end: r.end, insert: r.substitute }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let at = 0;
  const parts: string[] = [];
  for (const edit of edits) {
    const { start, end } = edit;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start >= end || end > text.length) {
      throw new RangeError(`Replacement [${start}, ${end}) is empty or outside the text (0..${text.length}).`);
    }
    if (start < at) throw new RangeError(`Replacement [${start}, ${end}) overlaps the one before it.`);
    parts.push(text.slice(at, start), edit.insert);
    at = end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), edits };
}

export interface RemappedRanges<T> {
  /** Survivors in input order; an unchanged one is the same object. */
  kept: T[];
  /** Ranges whose every character was replaced (and so collapsed), in input order. */
  removed: T[];
}

interface Tracked extends TextRange {
  index: number;
}

type RemapOne = (items: readonly Tracked[], edit: TextEdit) => { kept: Tracked[]; removed: Tracked[] };

function throughEdits<T extends TextRange>(ranges: readonly T[], edits: readonly TextEdit[], remap: RemapOne): RemappedRanges<T> {
  let work: Tracked[] = ranges.map((r, index) => ({ start: r.start, end: r.end, index }));
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i];
    if (edit) work = remap(work, edit).kept;
  }
  const survivors = new Set(work.map((w) => w.index));
  const kept = work.flatMap((w) => {
    const original = ranges[w.index];
    if (!original) return [];
    return [original.start === w.start && original.end === w.end ? original : { ...original, start: w.start, end: w.end }];
  });
  return { kept, removed: ranges.filter((_, index) => !survivors.has(index)) };
}

/**
 * Codings (or any ranges) after the edits, with textEdit's coding rules: a range clear of every
 * edit keeps its words; one containing a replaced span keeps its ends and so its words with the
 * identifier swapped for the substitute; one partly overlapping is clipped to its surviving part;
 * one wholly inside a replaced span is removed. O(r × e).
 */
export function remapThroughEdits<T extends TextRange>(ranges: readonly T[], edits: readonly TextEdit[]): RemappedRanges<T> {
  return throughEdits(ranges, edits, (items, edit) => {
    const result = remapCodings(items, edit);
    return { kept: result.codings, removed: result.removed };
  });
}

/** Turns after the edits, with textEdit's turn rules (text replaced at a turn's edge stays in it). */
export function remapTurnsThroughEdits<T extends TextRange>(turns: readonly T[], edits: readonly TextEdit[]): RemappedRanges<T> {
  return throughEdits(turns, edits, (items, edit) => {
    const result = remapTurns(items, edit);
    return { kept: result.turns, removed: result.removed };
  });
}

export interface FindOptions {
  isWholeWord: boolean;
  isCaseSensitive: boolean;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A global regex for `find` as typed (never a pattern). Whole words end at letters, marks, digits. */
export function findPattern(find: string, options: FindOptions): RegExp {
  const body = escape(find);
  const source = options.isWholeWord ? `(?<![\\p{L}\\p{M}\\p{N}_])${body}(?![\\p{L}\\p{M}\\p{N}_])` : body;
  return new RegExp(source, options.isCaseSensitive ? 'gu' : 'giu');
}

/** "[wife]" -> "wife": inside the researcher's own brackets a substitute needs none of its own. */
export function unbracketed(substitute: string): string {
  return substitute.startsWith('[') && substitute.endsWith(']') ? substitute.slice(1, -1) : substitute;
}

/**
 * Where `find` occurs in `text`, as replacements by `substitute`. An occurrence inside text that
 * is already in square brackets is replaced too (an identifier is never left behind), by the
 * substitute without its brackets: "[Margaret's husband]" becomes "[wife's husband]", "[son]"
 * becomes "[relative]", not "[[relative]]". An occurrence that is the whole bracketed text
 * ("[name of charity]" replaced by "[charity]") takes the substitute as it is. Empty `find`
 * finds nothing. O(n).
 */
export function findReplacements(text: string, find: string, substitute: string, options: FindOptions): Replacement[] {
  if (find.length === 0) return [];
  const brackets = bracketedRanges(text);
  const found: Replacement[] = [];
  let b = 0;
  for (const match of text.matchAll(findPattern(find, options))) {
    const start = match.index;
    const end = start + match[0].length;
    while (b < brackets.length && (brackets[b]?.end ?? 0) <= start) b++;
    const bracket = brackets[b];
    const isInside = bracket !== undefined && bracket.start <= start && end <= bracket.end && (bracket.start < start || end < bracket.end);
    found.push({ start, end, substitute: isInside ? unbracketed(substitute) : substitute });
  }
  return found;
}

/** Replace all: every occurrence of `find` (see `findReplacements`) becomes `substitute`. */
export function replaceAllPlan(text: string, find: string, substitute: string, options: FindOptions): RedactionPlan & { count: number } {
  const replacements = findReplacements(text, find, substitute, options);
  return { ...planRedaction(text, replacements), count: replacements.length };
}

/**
 * Where the substitutes that swallowed `range` lie in the new text. A coding of nothing but an
 * identifier would collapse under the coding rules; a redaction keeps it on the substitute
 * instead (it coded the identifier, it now codes its stand-in). Null when no edit touches it.
 */
export function substituteSpan(range: TextRange, edits: readonly TextEdit[]): TextRange | null {
  let shift = 0;
  let start = -1;
  let end = -1;
  for (const edit of edits) {
    if (edit.start < range.end && range.start < edit.end) {
      if (start < 0) start = edit.start + shift;
      end = edit.start + shift + edit.insert.length;
    }
    shift += edit.insert.length - (edit.end - edit.start);
  }
  return start >= 0 && start < end ? { start, end } : null;
}
