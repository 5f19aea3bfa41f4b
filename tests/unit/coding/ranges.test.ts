import { describe, expect, it } from 'vitest';
import {
  clampToTurn, coveredLength, mergeRanges, overlaps, segmentsForMarks, snapToWords, turnIndexAt,
} from '../../../shared/coding/ranges';
import { mulberry32, randomInt, randomRange, randomText } from './random';

/** Snaps the first occurrence of `selected` in `text` and returns the snapped text. */
function snapped(text: string, selected: string, from = 0): string | null {
  const start = text.indexOf(selected, from);
  if (start === -1) throw new Error(`"${selected}" is not in the text`);
  const range = snapToWords(text, start, start + selected.length);
  return range === null ? null : text.slice(range.start, range.end);
}

const P2 = 'P2: For me it was the beginning. Nobody tells you that you are a carer. You just, you\'re a wife.';

describe('snapToWords', () => {
  it('extends a selection that starts or ends mid-word to whole words', () => {
    expect(snapped(P2, 'obody tells y')).toBe('Nobody tells you');
    expect(snapped(P2, 'e a car')).toBe('are a carer');
  });

  it('trims white space and punctuation from the edges', () => {
    expect(snapped(P2, ' you are a carer. ')).toBe('you are a carer');
    expect(snapped(P2, '. Nobody')).toBe('Nobody');
    expect(snapped(P2, 'just, ')).toBe('just');
  });

  it('keeps apostrophes inside words and possessive plurals', () => {
    const text = "I'm a carers' support worker, and if you don't know that, carers' needs go unmet.";
    expect(snapped(text, "n't kno")).toBe("don't know");
    expect(snapped(text, 'if you do')).toBe("if you don't");
    expect(snapped(text, "'m a")).toBe("I'm a");
    expect(snapped(text, "carers' ")).toBe("carers'");
    expect(snapped(text, "a carers")).toBe('a carers');
    expect(snapped(P2, 'ou\u2019re'.replace('\u2019', "'"))).toBe("you're");
    expect(snapped('he said ‘no’ and don’t ask', 'on’')).toBe('don’t');
  });

  it('keeps brackets and quotes that pair up inside the selection, drops stray ones', () => {
    const text = 'I look after my [husband], he was diagnosed. [laughter] She said "never again".';
    expect(snapped(text, '[laughter] ')).toBe('[laughter]');
    expect(snapped(text, 'my [husband],')).toBe('my [husband]');
    expect(snapped(text, 'usband],')).toBe('husband');
    expect(snapped(text, '"never again".')).toBe('"never again"');
    expect(snapped(text, '"never')).toBe('never');
  });

  it('handles accented words, other scripts, hyphens and digits', () => {
    const text = 'Un café naïve, καλημέρα κόσμε, well-being of 50% of carers in 2015.';
    expect(snapped(text, 'fé na')).toBe('café naïve');
    expect(snapped(text, 'λημέρα κό')).toBe('καλημέρα κόσμε');
    expect(snapped(text, 'being')).toBe('well-being');
    expect(snapped(text, ' 50%')).toBe('50%');
    expect(snapped(text, '01')).toBe('2015');
  });

  it('keeps emoji and never splits a surrogate pair', () => {
    const text = 'so tired 😩 all the time';
    expect(snapped(text, 'tired 😩 ')).toBe('tired 😩');
    const emoji = text.indexOf('😩');
    expect(snapToWords(text, emoji + 1, emoji + 5)).toEqual({ start: emoji, end: emoji + 6 }); // "😩 all"
    const inside = snapToWords(text, 0, emoji + 1);
    expect(inside && text.slice(inside.start, inside.end)).toBe('so tired 😩');
  });

  it('never pulls text across a paragraph break', () => {
    const text = 'it all goes wrong.\n\nP2: Yes, the forms.';
    expect(snapped(text, 'wrong.\n\n')).toBe('wrong');
    expect(snapped(text, '\n\nP2')).toBe('P2');
    expect(snapped(text, 'ong.\n\nP2: Y')).toBe('wrong.\n\nP2: Yes');
  });

  it('accepts reversed and out-of-range offsets; returns null for empty or junk-only selections', () => {
    const text = 'the carer said so';
    expect(snapToWords(text, 7, 2)).toEqual({ start: 0, end: 9 });
    expect(snapToWords(text, -5, 999)).toEqual({ start: 0, end: text.length });
    expect(snapToWords(text, 5, 5)).toBeNull();
    expect(snapToWords('well ... , ok', 4, 10)).toBeNull();
    expect(snapToWords('', 0, 0)).toBeNull();
  });

  it('always returns a range within the selection widened to whole words (property)', () => {
    const random = mulberry32(7);
    for (let run = 0; run < 2000; run++) {
      const text = randomText(random, randomInt(random, 0, 30));
      const { start, end } = randomRange(random, text);
      const range = snapToWords(text, start, end);
      if (range === null) continue;
      expect(range.start).toBeLessThan(range.end);
      expect(range.start >= 0 && range.end <= text.length).toBe(true);
      expect(snapToWords(text, range.start, range.end)).toEqual(range); // idempotent
      const covered = text.slice(range.start, range.end);
      expect(covered.trim()).toBe(covered);
      // Anything added beyond the selection is part of an edge word: never white space, so never a paragraph break.
      if (range.start < start) expect(text.slice(range.start, start)).not.toMatch(/\s/u);
      if (range.end > end) expect(text.slice(end, range.end)).not.toMatch(/\s/u);
    }
  });
});

describe('overlaps, turnIndexAt, clampToTurn', () => {
  it('overlap is half-open: touching ranges and empty ranges do not overlap', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 9 })).toBe(false);
    expect(overlaps({ start: 2, end: 4 }, { start: 0, end: 9 })).toBe(true);
  });

  const text = 'Facilitator: So what is hardest?\n\nP3: The forms!\n\nP2: Oh, the forms.';
  const turns = [
    { start: 13, end: 32 }, { start: 38, end: 48 }, { start: 54, end: text.length },
  ];

  it('finds the turn holding an offset, and -1 on a label', () => {
    expect(turnIndexAt(turns, 13)).toBe(0);
    expect(turnIndexAt(turns, 31)).toBe(0);
    expect(turnIndexAt(turns, 32)).toBe(-1);
    expect(turnIndexAt(turns, 35)).toBe(-1);
    expect(turnIndexAt(turns, 40)).toBe(1);
    expect(turnIndexAt(turns, 5)).toBe(-1);
    expect(turnIndexAt([], 5)).toBe(-1);
  });

  it('clips a selection to the first turn it touches, leaving out speaker labels', () => {
    const fromLabel = clampToTurn({ start: 34, end: 47 }, turns);
    expect(fromLabel && text.slice(fromLabel.start, fromLabel.end)).toBe('The forms');
    const acrossTurns = clampToTurn({ start: 42, end: 60 }, turns);
    expect(acrossTurns && text.slice(acrossTurns.start, acrossTurns.end)).toBe('forms!');
    expect(clampToTurn({ start: 48, end: 54 }, turns)).toBeNull();
    expect(clampToTurn({ start: 0, end: 5 }, turns)).toBeNull();
  });
});

describe('mergeRanges and coveredLength', () => {
  it('merges overlapping and touching ranges and drops empty ones', () => {
    const ranges = [{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 5, end: 8 }, { start: 15, end: 30 }, { start: 40, end: 40 }];
    expect(mergeRanges(ranges)).toEqual([{ start: 0, end: 8 }, { start: 10, end: 30 }]);
    expect(coveredLength(ranges)).toBe(28);
    expect(ranges[0]).toEqual({ start: 10, end: 20 });
    expect(coveredLength([])).toBe(0);
  });
});

describe('segmentsForMarks', () => {
  it('splits overlapping codings into one segment per set of ids', () => {
    const segments = segmentsForMarks(100, [
      { id: 'b', start: 10, end: 30 }, { id: 'a', start: 0, end: 20 }, { id: 'c', start: 40, end: 50 },
      { id: 'd', start: 20, end: 30 }, { id: 'e', start: 45, end: 45 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 10, ids: ['a'] }, { start: 10, end: 20, ids: ['a', 'b'] },
      { start: 20, end: 30, ids: ['b', 'd'] }, { start: 40, end: 50, ids: ['c'] },
    ]);
  });

  it('clips to the text and handles no codings', () => {
    expect(segmentsForMarks(10, [{ id: 'x', start: -3, end: 50 }])).toEqual([{ start: 0, end: 10, ids: ['x'] }]);
    expect(segmentsForMarks(10, [])).toEqual([]);
  });

  it('matches a character-by-character count and is minimal (property)', () => {
    const random = mulberry32(11);
    for (let run = 0; run < 300; run++) {
      const length = randomInt(random, 0, 60);
      const codings = Array.from({ length: randomInt(random, 0, 12) }, (_, i) => {
        const a = randomInt(random, 0, length);
        const b = randomInt(random, 0, length);
        return { id: `c${String(i).padStart(2, '0')}`, start: Math.min(a, b), end: Math.max(a, b) };
      });
      const segments = segmentsForMarks(length, codings);
      const expected = Array.from({ length }, (_, at) => codings.filter((c) => c.start <= at && at < c.end).map((c) => c.id).sort().join());
      const actual = Array.from({ length }, () => '');
      segments.forEach((segment, k) => {
        for (let at = segment.start; at < segment.end; at++) actual[at] = segment.ids.join();
        const next = segments[k + 1];
        if (next) expect(next.start > segment.end || next.ids.join() !== segment.ids.join()).toBe(true);
        expect(segment.ids.length).toBeGreaterThan(0);
      });
      expect(actual).toEqual(expected);
    }
  });
});
