import { describe, expect, it } from 'vitest';
import {
  applyTextEdit, diffToEdit, invertEdit, remapCodings, remapTurns, type TextEdit,
} from '../../../shared/coding/textEdit';
import { isInsidePair } from '../../../shared/coding/words';
import { mulberry32, pick, randomInt, randomRange, randomText } from './random';

interface Case {
  seed: number;
  text: string;
  codings: { id: number; start: number; end: number }[];
  edit: TextEdit;
}

const INSERTS = ['', '', 'a', 'carer', ' ', '\n\n', 'é', '😩', 'don\'t know', 'İ'];

/** Random texts, codings and edits (a third of them pure insertions, a third pure deletions). */
function cases(count: number): Case[] {
  return Array.from({ length: count }, (_, seed) => {
    const random = mulberry32(seed + 1);
    const text = randomText(random, randomInt(random, 0, 25));
    const codings = Array.from({ length: randomInt(random, 0, 8) }, (_, id) => ({ id, ...randomRange(random, text) }))
      .filter((c) => c.start < c.end);
    const kind = randomInt(random, 0, 2);
    const { start, end } = randomRange(random, text);
    const edit: TextEdit = kind === 0
      ? { start, end: start, insert: pick(random, INSERTS.filter((s) => s !== '')) }
      : { start, end, insert: kind === 1 ? '' : pick(random, INSERTS) };
    return { seed, text, codings, edit };
  });
}

/** A coding intersects an edit when they share a character, or the edit inserts strictly inside it. */
function intersects(coding: { start: number; end: number }, edit: TextEdit): boolean {
  if (edit.start === edit.end) return coding.start < edit.start && edit.start < coding.end;
  return coding.start < edit.end && edit.start < coding.end;
}

const CASES = cases(3000);

describe('remapCodings: properties over random texts, codings and edits', () => {
  it('keeps the exact text of every coding the edit did not touch', () => {
    for (const { seed, text, codings, edit } of CASES) {
      const after = applyTextEdit(text, edit);
      const { codings: kept, removed } = remapCodings(codings, edit);
      expect(kept.length + removed.length, `seed ${seed}`).toBe(codings.length);
      for (const coding of kept) {
        const old = codings.find((c) => c.id === coding.id)!;
        if (!intersects(old, edit)) {
          expect(after.slice(coding.start, coding.end), `seed ${seed}`).toBe(text.slice(old.start, old.end));
        }
      }
      for (const coding of removed) expect(intersects(coding, edit), `seed ${seed}`).toBe(true);
    }
  });

  it('changes only the edited part of a coding the edit touched', () => {
    for (const { seed, text, codings, edit } of CASES) {
      const after = applyTextEdit(text, edit);
      for (const coding of remapCodings(codings, edit).codings) {
        const old = codings.find((c) => c.id === coding.id)!;
        if (!intersects(old, edit)) continue;
        const head = text.slice(old.start, Math.max(old.start, Math.min(old.end, edit.start)));
        const tail = text.slice(Math.min(old.end, Math.max(old.start, edit.end)), old.end);
        const contains = old.start <= edit.start && edit.end <= old.end;
        const expected = contains ? head + edit.insert + tail : head + tail;
        expect(after.slice(coding.start, coding.end), `seed ${seed}`).toBe(expected);
      }
    }
  });

  it('keeps every offset within the new text, with start < end', () => {
    for (const { seed, text, codings, edit } of CASES) {
      const length = applyTextEdit(text, edit).length;
      for (const coding of remapCodings(codings, edit).codings) {
        expect(0 <= coding.start && coding.start < coding.end && coding.end <= length, `seed ${seed}`).toBe(true);
      }
    }
  });

  it('restores the original offsets of untouched codings when the edit is undone', () => {
    for (const { seed, text, codings, edit } of CASES) {
      const inverse = invertEdit(text, edit);
      const there = remapCodings(codings, edit).codings;
      const back = remapCodings(there, inverse).codings;
      for (const old of codings.filter((c) => !intersects(c, edit))) {
        expect(back.find((c) => c.id === old.id), `seed ${seed}`).toEqual(old);
      }
      expect(applyTextEdit(applyTextEdit(text, edit), inverse)).toBe(text);
    }
  });
});

describe('remapTurns and diffToEdit: properties', () => {
  it('keeps turns disjoint, ordered and inside the new text', () => {
    for (const { seed, text, edit } of CASES) {
      const random = mulberry32(seed + 99);
      const cuts = Array.from({ length: 6 }, () => randomInt(random, 0, text.length)).sort((a, b) => a - b);
      const turns = [0, 2, 4].map((k) => ({ start: cuts[k]!, end: cuts[k + 1]! })).filter((t) => t.start < t.end);
      const length = applyTextEdit(text, edit).length;
      const { turns: kept } = remapTurns(turns, edit);
      kept.forEach((turn, k) => {
        expect(turn.start < turn.end && turn.end <= length, `seed ${seed}`).toBe(true);
        if (k > 0) expect(kept[k - 1]!.end <= turn.start, `seed ${seed}`).toBe(true);
      });
    }
  });

  it('finds an edit that turns the old text into the new one, the edit itself when it is minimal', () => {
    for (const { seed, text, edit } of CASES) {
      const after = applyTextEdit(text, edit);
      const found = diffToEdit(text, after);
      if (after === text) {
        expect(found, `seed ${seed}`).toBeNull();
        continue;
      }
      expect(found && applyTextEdit(text, found), `seed ${seed}`).toBe(after);
      const caretEdit = diffToEdit(text, after, edit.start + edit.insert.length);
      expect(caretEdit && applyTextEdit(text, caretEdit), `seed ${seed}`).toBe(after);
      // Minimal, except that it widens by a unit on a side rather than split a surrogate pair.
      expect(found!.end - found!.start, `seed ${seed}`).toBeLessThanOrEqual(edit.end - edit.start + 2);
      for (const offset of [found!.start, found!.end]) expect(isInsidePair(text, offset), `seed ${seed}`).toBe(false);
    }
  });
});
