import { describe, expect, it } from 'vitest';
import { applyTextEdit, remapCodings, type TextEdit } from '../../../shared/coding/textEdit';
import {
  planRedaction, remapThroughEdits, remapTurnsThroughEdits, replaceAllPlan, type Replacement,
} from '../../../shared/anonymise/redact';
import { mulberry32, pick, randomInt, randomRange, randomText } from '../coding/random';

const SUBSTITUTES = ['[wife]', '[Town]', '[x]', '', '[a much longer substitute]', '[son]'];

/** Up to `count` disjoint, non-empty replacements in random places. */
function randomReplacements(random: () => number, text: string, count: number): Replacement[] {
  const chosen: Replacement[] = [];
  for (let i = 0; i < count * 3 && chosen.length < count; i++) {
    const { start, end } = randomRange(random, text);
    if (start === end || chosen.some((r) => r.start < end && start < r.end)) continue;
    chosen.push({ start, end, substitute: pick(random, SUBSTITUTES) });
  }
  return chosen;
}

function randomCodings(random: () => number, text: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({ id: `c${i}`, ...randomRange(random, text) })).filter((c) => c.start < c.end);
}

const touches = (c: { start: number; end: number }, e: TextEdit) => c.start < e.end && e.start < c.end;

describe('planRedaction', () => {
  it('replaces every span at once and lists the edits in order', () => {
    const text = 'Margaret took Margaret to Telford.';
    const plan = planRedaction(text, [{ start: 26, end: 33, substitute: '[Town]' }, { start: 0, end: 8, substitute: '[wife]' }]);
    expect(plan.text).toBe('[wife] took Margaret to [Town].');
    expect(plan.edits.map((e) => e.start)).toEqual([0, 26]);
  });

  it('refuses overlapping, empty and out-of-range replacements', () => {
    expect(() => planRedaction('abcdef', [{ start: 0, end: 3, substitute: 'x' }, { start: 2, end: 4, substitute: 'y' }])).toThrow(RangeError);
    expect(() => planRedaction('abcdef', [{ start: 2, end: 2, substitute: 'x' }])).toThrow(RangeError);
    expect(() => planRedaction('abcdef', [{ start: 4, end: 9, substitute: 'x' }])).toThrow(RangeError);
  });

  it('gives the text that applying the edits one at a time from the last gives (seeded)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = mulberry32(seed);
      const text = randomText(random, randomInt(random, 1, 60));
      const plan = planRedaction(text, randomReplacements(random, text, randomInt(random, 0, 6)));
      const stepwise = [...plan.edits].reverse().reduce((t, e) => applyTextEdit(t, e), text);
      expect(plan.text, `seed ${seed}`).toBe(stepwise);
    }
  });
});

describe('remapThroughEdits (seeded properties)', () => {
  it('keeps exactly its words for a coding that touches no replaced span', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = mulberry32(seed);
      const text = randomText(random, randomInt(random, 5, 80));
      const plan = planRedaction(text, randomReplacements(random, text, randomInt(random, 1, 6)));
      const codings = randomCodings(random, text, 12);
      const { kept } = remapThroughEdits(codings, plan.edits);
      const byId = new Map(kept.map((c) => [c.id, c]));
      for (const coding of codings.filter((c) => !plan.edits.some((e) => touches(c, e)))) {
        const moved = byId.get(coding.id);
        expect(moved, `seed ${seed}`).toBeDefined();
        expect(plan.text.slice(moved!.start, moved!.end), `seed ${seed}`).toBe(text.slice(coding.start, coding.end));
      }
    }
  });

  it('keeps its words with each identifier swapped for its substitute for a coding spanning replacements', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = mulberry32(seed);
      const text = randomText(random, randomInt(random, 5, 80));
      const plan = planRedaction(text, randomReplacements(random, text, randomInt(random, 1, 6)));
      const codings = randomCodings(random, text, 12);
      const { kept } = remapThroughEdits(codings, plan.edits);
      const byId = new Map(kept.map((c) => [c.id, c]));
      for (const coding of codings) {
        const inside = plan.edits.filter((e) => touches(coding, e));
        if (inside.length === 0 || !inside.every((e) => coding.start <= e.start && e.end <= coding.end)) continue;
        const shifted = inside.map((e) => ({ start: e.start - coding.start, end: e.end - coding.start, substitute: e.insert }));
        const expected = planRedaction(text.slice(coding.start, coding.end), shifted).text;
        const moved = byId.get(coding.id);
        // Only a coding of nothing but an identifier replaced by nothing collapses.
        if (expected === '') expect(moved, `seed ${seed}`).toBeUndefined();
        else expect(plan.text.slice(moved!.start, moved!.end), `seed ${seed}`).toBe(expected);
      }
    }
  });

  it('is the same as remapping through each edit in turn, left to right, with later edits shifted', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = mulberry32(seed);
      const text = randomText(random, randomInt(random, 5, 60));
      const plan = planRedaction(text, randomReplacements(random, text, randomInt(random, 1, 5)));
      const codings = randomCodings(random, text, 10);
      let current = codings;
      let shift = 0;
      for (const edit of plan.edits) {
        const moved = { ...edit, start: edit.start + shift, end: edit.end + shift };
        current = remapCodings(current, moved).codings;
        shift += edit.insert.length - (edit.end - edit.start);
      }
      const result = remapThroughEdits(codings, plan.edits).kept;
      expect(result.map((c) => [c.id, c.start, c.end]), `seed ${seed}`).toEqual(current.map((c) => [c.id, c.start, c.end]));
    }
  });

  it('clips a coding that runs into a replaced span, removes one wholly inside, and returns untouched ones as the same object', () => {
    const text = 'I told Margaret Evans about it.';
    const plan = planRedaction(text, [{ start: 7, end: 21, substitute: '[wife]' }]);
    const untouched = { id: 'a', start: 0, end: 6 };
    const runsIn = { id: 'b', start: 2, end: 15 };
    const inside = { id: 'c', start: 7, end: 15 };
    const { kept, removed } = remapThroughEdits([untouched, runsIn, inside], plan.edits);
    expect(kept[0]).toBe(untouched);
    expect(plan.text.slice(kept[1]!.start, kept[1]!.end)).toBe('told ');
    expect(removed).toEqual([inside]);
  });

  it('moves turns with the turn rules: a turn keeps a substitute replacing its whole speech', () => {
    const text = 'P1: Margaret\n\nP2: Hello';
    const turns = [{ start: 4, end: 12 }, { start: 18, end: 23 }];
    const plan = planRedaction(text, [{ start: 4, end: 12, substitute: '[withdrawn]' }]);
    const { kept } = remapTurnsThroughEdits(turns, plan.edits);
    expect(kept.map((t) => plan.text.slice(t.start, t.end))).toEqual(['[withdrawn]', 'Hello']);
  });
});

describe('replaceAllPlan', () => {
  const text = "Margaret said margaret's tea was cold. Margarethe came. [Margaret] stayed.";

  it('replaces whole words, case-sensitively; inside brackets without adding brackets of its own', () => {
    const plan = replaceAllPlan(text, 'Margaret', '[wife]', { isWholeWord: true, isCaseSensitive: true });
    expect(plan.count).toBe(2);
    expect(plan.text).toBe("[wife] said margaret's tea was cold. Margarethe came. [wife] stayed.");
    expect(replaceAllPlan("[Margaret's husband] and my [son]", 'son', '[relative]', { isWholeWord: true, isCaseSensitive: true }).text)
      .toBe("[Margaret's husband] and my [relative]");
  });

  it('ignores case and word edges when asked', () => {
    const plan = replaceAllPlan(text, 'margaret', '[wife]', { isWholeWord: false, isCaseSensitive: false });
    expect(plan.text).toBe("[wife] said [wife]'s tea was cold. [wife]he came. [wife] stayed.");
  });

  it('replaces a whole bracketed text when that is what is asked for', () => {
    const plan = replaceAllPlan('at [name of charity] and [charity]', '[name of charity]', '[charity]', { isWholeWord: false, isCaseSensitive: true });
    expect(plan.text).toBe('at [charity] and [charity]');
  });

  it('treats the find text as words, never as a pattern', () => {
    expect(replaceAllPlan('costs £5.00 or £5a00', '£5.00', '[amount]', { isWholeWord: false, isCaseSensitive: true }).text)
      .toBe('costs [amount] or £5a00');
    expect(replaceAllPlan('anything', '', '[x]', { isWholeWord: false, isCaseSensitive: true }).count).toBe(0);
  });
});
