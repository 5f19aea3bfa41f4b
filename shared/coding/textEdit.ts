/**
 * Edit mode: correcting a transcription error moves every offset after it. One edit replaces
 * [start, end) of the old text with `insert`; codings and turns are remapped through it.
 *
 * Rules for a range [a, b) and an edit [s, e) with delta = insert.length - (e - s):
 * - wholly before (b <= s): unchanged; wholly after (a >= e): shifted by delta;
 * - containing the replaced text (a <= s, e <= b): keeps its ends, grows or shrinks by delta;
 * - partly overlapping: clipped to its surviving part (the inserted text is not added to it);
 * - wholly inside a deleted span: collapses, and is reported in `removed`, never kept empty.
 * A pure insertion (s = e) at a coding's edge stays outside the coding (nothing coded was replaced,
 * and its text stays exactly as coded); for turns it joins the turn (see `remapTurns`).
 * Offsets are UTF-16 code units, half-open (DESIGN.md "Offsets").
 */
import type { TextRange } from './ranges';

export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** Whether a pure insertion exactly at the range's start or end joins the range. */
export interface EdgeStickiness {
  isStartSticky: boolean;
  isEndSticky: boolean;
}

const NOT_STICKY: EdgeStickiness = { isStartSticky: false, isEndSticky: false };

/** Throws a RangeError for a reversed, negative or fractional edit, or one past `length`. */
function checkEdit(edit: TextEdit, length = Number.MAX_SAFE_INTEGER): void {
  const { start, end } = edit;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new RangeError(`Edit [${start}, ${end}) is reversed or outside the text (0..${length}).`);
  }
}

/** The text after the edit. Throws a RangeError for an edit outside the text. O(n). */
export function applyTextEdit(text: string, edit: TextEdit): string {
  checkEdit(edit, text.length);
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/** The edit that undoes `edit` on the text it produced; `text` is the text before the edit. O(e - s). */
export function invertEdit(text: string, edit: TextEdit): TextEdit {
  checkEdit(edit, text.length);
  return { start: edit.start, end: edit.start + edit.insert.length, insert: text.slice(edit.start, edit.end) };
}

/**
 * New offsets of one range after the edit (rules above), or null when it collapses. An empty
 * input range always collapses. `sticky` lets a pure insertion at an edge join the range. O(1).
 */
export function remapRange(range: TextRange, edit: TextEdit, sticky: EdgeStickiness = NOT_STICKY): TextRange | null {
  const { start: a, end: b } = range;
  const { start: s, end: e } = edit;
  const inserted = edit.insert.length;
  const delta = inserted - (e - s);
  let result: TextRange;
  if (s === e) {
    if (s < a || (s === a && !sticky.isStartSticky)) result = { start: a + delta, end: b + delta };
    else if (s > b || (s === b && !sticky.isEndSticky)) result = { start: a, end: b };
    else result = { start: a, end: b + delta };
  } else if (b <= s) {
    result = { start: a, end: b };
  } else if (a >= e) {
    result = { start: a + delta, end: b + delta };
  } else if (a <= s && e <= b) {
    result = { start: a, end: b + delta };
  } else if (a < s) {
    result = { start: a, end: s }; // ends inside the replaced text: keep the part before it
  } else if (b > e) {
    result = { start: s + inserted, end: b + delta }; // starts inside: keep the part after it
  } else {
    return null; // wholly inside the replaced text
  }
  return result.start < result.end ? result : null;
}

export interface RemappedCodings<T> {
  /** Survivors in input order; an unchanged one is the same object, so `!==` marks rows to write. */
  codings: T[];
  /** Codings that collapsed (their whole text was deleted), in input order. */
  removed: T[];
}

export interface RemappedTurns<T> {
  turns: T[];
  removed: T[];
}

function remapAll<T extends TextRange>(
  items: readonly T[],
  edit: TextEdit,
  stickiness: (index: number) => EdgeStickiness,
): { kept: T[]; removed: T[] } {
  checkEdit(edit);
  const kept: T[] = [];
  const removed: T[] = [];
  items.forEach((item, index) => {
    const range = remapRange(item, edit, stickiness(index));
    if (range === null) removed.push(item);
    else if (range.start === item.start && range.end === item.end) kept.push(item);
    else kept.push({ ...item, start: range.start, end: range.end });
  });
  return { kept, removed };
}

/** Codings after the edit (rules above). O(n) for n codings, in any order. */
export function remapCodings<T extends TextRange>(codings: readonly T[], edit: TextEdit): RemappedCodings<T> {
  const { kept, removed } = remapAll(codings, edit, () => NOT_STICKY);
  return { codings: kept, removed };
}

/**
 * Turns after the edit. Unlike codings, text typed at either edge of a turn's speech belongs to
 * the turn (the speaker label lies outside it, so the edge is where speech is corrected); where
 * one turn ends exactly where the next starts, the earlier turn takes the insertion. A turn whose
 * whole speech is deleted is returned in `removed`. Turns sorted by start, disjoint. O(t).
 */
export function remapTurns<T extends TextRange>(turns: readonly T[], edit: TextEdit): RemappedTurns<T> {
  const { kept, removed } = remapAll(turns, edit, (index) => ({
    isStartSticky: index === 0 || turns[index - 1]?.end !== turns[index]?.start,
    isEndSticky: true,
  }));
  return { turns: kept, removed };
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * The single edit turning `oldText` into `newText`, from their common prefix and suffix, or null
 * when they are equal. Where a repeated character makes the place ambiguous ("aa" + "a"), pass
 * `caret`, the offset in `newText` just after the change (where the editor's caret is), and the
 * edit ends there; without it the common prefix is taken first. Edit edges never split a
 * surrogate pair. O(n).
 */
export function diffToEdit(oldText: string, newText: string, caret?: number): TextEdit | null {
  if (oldText === newText) return null;
  const oldLength = oldText.length;
  const newLength = newText.length;
  const shortest = Math.min(oldLength, newLength);
  let prefix = 0;
  let suffix = 0;
  const countSuffix = (limit: number) => {
    while (suffix < limit && oldText.charCodeAt(oldLength - 1 - suffix) === newText.charCodeAt(newLength - 1 - suffix)) suffix++;
  };
  const countPrefix = (limit: number) => {
    while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  };
  if (caret !== undefined) {
    countSuffix(Math.max(0, Math.min(shortest, newLength - caret)));
    countPrefix(shortest - suffix);
  } else {
    countPrefix(shortest);
    countSuffix(shortest - prefix);
  }
  if (prefix > 0 && isHigh(oldText.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLow(oldText.charCodeAt(oldLength - suffix))) suffix--;
  return { start: prefix, end: oldLength - suffix, insert: newText.slice(prefix, newLength - suffix) };
}
