/**
 * Agreement between two coders over characters and turns: a small two-coder project worked by
 * hand, the disagreements listed for talking through, and properties checked on random coding
 * against a per-character count.
 */
import { describe, expect, it } from 'vitest';
import {
  codeDisagreements, codersWithCodings, codingAgreement, type AgreementInput, type AgreementUnit,
} from '../../../shared/agreement/agreement';
import { mergeSpans, subtractSpans, intersectSpans, touchedUnits } from '../../../shared/agreement/intervals';
import { cohensKappa, krippendorffAlpha, percentAgreement } from '../../../shared/agreement/statistics';
import { agreementTable, formatStatistic } from '../../../shared/agreement/table';
import type { Code, CodeId, CoderId, Coding, SourceId } from '../../../shared/model';
import { mulberry32 } from '../../support/random';

const A = 'coder-a' as CoderId;
const B = 'coder-b' as CoderId;
const C = 'coder-c' as CoderId;
const S1 = 'source-1' as SourceId;
const S2 = 'source-2' as SourceId;

const code = (id: string, name: string, order: number, parentId: string | null = null): Code =>
  ({ id, name, order, parentId, projectId: 'p', definition: '', color: '#000000', status: 'candidate', aliases: [], createdAt: '' }) as unknown as Code;
let n = 0;
const coding = (codeId: string, coderId: CoderId, sourceId: SourceId, start: number, end: number): Coding =>
  ({ id: `c${++n}`, projectId: 'p', codeId, coderId, sourceId, start, end, createdAt: '' }) as unknown as Coding;

// The hand-worked project. Two sources, 33 characters in all:
//   S1 = "Tired. Alone. Asked."   (20 characters: "Tired." 0-6, "Alone." 7-13, "Asked." 14-20)
//   S2 = "No help came."          (13 characters: "No help" 0-7)
// Turns (paragraph-like units): S1 [0,6) [7,13) [14,20); S2 [0,13): 4 turns in all.
// Codes: Themes > Exhaustion (X), Themes > Being asked (Y), Themes > Breaks (Z, nobody),
// Respite (W, coded by a third coder only). The theme itself has no codings of its own.
const S1_TEXT = 'Tired. Alone. Asked.';
const S2_TEXT = 'No help came.';
const THEME = code('theme', 'Themes', 0);
const X = code('x', 'Exhaustion', 0, 'theme');
const Y = code('y', 'Being asked', 1, 'theme');
const Z = code('z', 'Breaks', 2, 'theme');
const W = code('w', 'Respite', 1);

function handInput(extra: Coding[] = []): AgreementInput {
  return {
    codes: [W, Z, Y, X, THEME], // out of tree order: the rows follow the tree
    sources: [
      { id: S1, characters: S1_TEXT.length, turns: [{ start: 14, end: 20 }, { start: 0, end: 6 }, { start: 7, end: 13 }] },
      { id: S2, characters: S2_TEXT.length, turns: [{ start: 0, end: 13 }] },
    ],
    codings: [
      coding('x', A, S1, 0, 13), // "Tired. Alone."
      coding('x', A, S1, 7, 13), // "Alone." again: overlapping codings count once
      coding('x', A, S2, 0, 7), // "No help"
      coding('x', B, S1, 7, 20), // "Alone. Asked."
      coding('y', A, S1, 14, 20), // "Asked."
      coding('y', B, S1, 14, 19), // "Asked" (without the full stop)
      coding('w', C, S2, 0, 13), // the third coder is not compared
      ...extra,
    ],
  };
}

describe('character units, worked by hand', () => {
  const result = codingAgreement(handInput(), A, B, 'character');
  const row = (id: string) => result.rows.find((r) => r.codeId === id)!;

  it('lists every code in tree order with its path', () => {
    expect(result.units).toBe(33);
    expect(result.rows.map((r) => r.path.join(' > '))).toEqual([
      'Themes', 'Themes > Exhaustion', 'Themes > Being asked', 'Themes > Breaks', 'Respite',
    ]);
  });

  it('Exhaustion: A 20, B 13, both 6 characters', () => {
    // A covers S1 [0,13) (13, the repeat of [7,13) counted once) and S2 [0,7) (7): a = 20.
    // B covers S1 [7,20): b = 13. Both: S1 [7,13): 6. Neither: 33 - 20 - 13 + 6 = 6 (S2 [7,13)).
    // po = (6 + 6) / 33 = 36.36 %.
    // pe = (20 * 13 + 13 * 20) / 33² = 520 / 1089; kappa = (396 - 520) / (1089 - 520) = -124 / 569.
    // alpha: n = 66 values, n1 = 20 + 13 = 33, n0 = 33, 21 units disagree:
    //        1 - 65 * 21 / (33 * 33) = 1 - 1365 / 1089 = -276 / 1089.
    expect(row('x')).toMatchObject({ a: 20, b: 13, both: 6, units: 33, isUsed: true });
    expect(row('x').percent).toBeCloseTo((100 * 12) / 33, 10);
    expect(row('x').kappa).toBeCloseTo(-124 / 569, 12);
    expect(row('x').alpha).toBeCloseTo(-276 / 1089, 12);
  });

  it('Being asked: A 6, B 5, both 5 characters', () => {
    // Neither: 33 - 6 - 5 + 5 = 27; one character (the full stop) disagrees. po = 32 / 33.
    // pe = (6 * 5 + 27 * 28) / 1089 = 786 / 1089; kappa = (32 * 33 - 786) / (1089 - 786) = 270 / 303.
    // alpha: n1 = 11, n0 = 55: 1 - 65 * 1 / (11 * 55) = 540 / 605.
    expect(row('y')).toMatchObject({ a: 6, b: 5, both: 5, units: 33 });
    expect(row('y').percent).toBeCloseTo((100 * 32) / 33, 10);
    expect(row('y').kappa).toBeCloseTo(270 / 303, 12);
    expect(row('y').alpha).toBeCloseTo(540 / 605, 12);
  });

  it('a code neither coder used has undefined kappa and alpha (null), never 1 or 0', () => {
    for (const id of ['theme', 'z', 'w']) {
      expect(row(id)).toMatchObject({ a: 0, b: 0, both: 0, isUsed: false, kappa: null, alpha: null, percent: 100 });
    }
  });

  it('the overall row pools the tables of the codes either coder used', () => {
    // Exhaustion + Being asked: a = 26, b = 18, both = 11, units = 66; 22 units disagree, 44 agree.
    // po = 44 / 66 = 66.67 %; chance = 26 * 18 + 40 * 48 = 2388;
    // kappa = (66 * 44 - 2388) / (66² - 2388) = 516 / 1968;
    // alpha: n = 132, n1 = 44, n0 = 88: 1 - 131 * 22 / (88 * 44) = 990 / 3872.
    expect(result.overall).toMatchObject({ a: 26, b: 18, both: 11, units: 66, codes: 2 });
    expect(result.overall.percent).toBeCloseTo((100 * 44) / 66, 10);
    expect(result.overall.kappa).toBeCloseTo(516 / 1968, 12);
    expect(result.overall.alpha).toBeCloseTo(990 / 3872, 12);
  });

  it('lists the disagreements on a code as maximal runs, source by source, with who coded them', () => {
    const found = codeDisagreements(handInput(), 'x' as CodeId, A, B, 'character');
    expect(found).toEqual([
      { sourceId: S1, start: 0, end: 7, coder: 'a' },
      { sourceId: S1, start: 13, end: 20, coder: 'b' },
      { sourceId: S2, start: 0, end: 7, coder: 'a' },
    ]);
    expect(found.map((d) => (d.sourceId === S1 ? S1_TEXT : S2_TEXT).slice(d.start, d.end))).toEqual(['Tired. ', ' Asked.', 'No help']);
    expect(codeDisagreements(handInput(), 'y' as CodeId, A, B, 'character')).toEqual([{ sourceId: S1, start: 19, end: 20, coder: 'a' }]);
    expect(codeDisagreements(handInput(), 'z' as CodeId, A, B, 'character')).toEqual([]);
  });

  it('builds the export table with "undefined" for undefined statistics and the pooled row last', () => {
    const t = agreementTable(result, { a: 'Ann', b: 'Bea' });
    expect(t.columns).toEqual(['Code', '% agreement', "Cohen's kappa", "Krippendorff's alpha", 'Ann: characters coded', 'Bea: characters coded', 'Both: characters coded']);
    expect(t.rows[1]).toEqual(['Themes > Exhaustion', 36.36, -0.2179, -0.2534, 20, 13, 6]);
    expect(t.rows[3]).toEqual(['Themes > Breaks', 100, 'undefined', 'undefined', 0, 0, 0]);
    expect(t.rows.at(-1)).toEqual(['All codes (pooled)', 66.67, 0.2622, 0.2557, 26, 18, 11]);
    expect(formatStatistic(null, 'coefficient')).toBe('undefined');
    expect(formatStatistic(0.4, 'coefficient')).toBe('0.4000');
    expect(formatStatistic(-0.00001, 'coefficient')).toBe('0.0000');
  });
});

describe('turn units, worked by hand', () => {
  it('counts a turn as coded when any of it is, and nothing outside turns', () => {
    // Exhaustion: A touches S1 turns 1 and 2 and S2's turn (3 turns); B touches S1 turns 2 and 3
    // (2 turns); both: S1 turn 2. Of 4 turns 1 agrees (both coded; none is coded by neither).
    // po = 1 / 4 = 25 %; chance = 3 * 2 + 1 * 2 = 8; kappa = (4 * 1 - 8) / (16 - 8) = -0.5.
    // alpha: n = 8, n1 = 5, n0 = 3, 3 units disagree: 1 - 7 * 3 / 15 = -0.4.
    // B also codes the space between turns 1 and 2 [6,7) with Being asked: not a unit, no change.
    const input = handInput([coding('y', B, S1, 6, 7)]);
    const result = codingAgreement(input, A, B, 'turn');
    const row = (id: string) => result.rows.find((r) => r.codeId === id)!;
    expect(result.units).toBe(4);
    expect(row('x')).toMatchObject({ a: 3, b: 2, both: 1, units: 4, percent: 25, kappa: -0.5 });
    expect(row('x').alpha).toBeCloseTo(-0.4, 12);
    // Being asked: both touch S1 turn 3 only: perfect agreement.
    expect(row('y')).toMatchObject({ a: 1, b: 1, both: 1, percent: 100, kappa: 1, alpha: 1 });
    expect(row('z')).toMatchObject({ a: 0, b: 0, kappa: null, alpha: null });
    expect(codeDisagreements(input, 'x' as CodeId, A, B, 'turn')).toEqual([
      { sourceId: S1, start: 0, end: 6, coder: 'a' },
      { sourceId: S1, start: 14, end: 20, coder: 'b' },
      { sourceId: S2, start: 0, end: 13, coder: 'a' },
    ]);
    expect(codeDisagreements(input, 'y' as CodeId, A, B, 'turn')).toEqual([]);
  });

  it('touching a turn at its edge is not coding it', () => {
    expect(touchedUnits([{ start: 0, end: 6 }, { start: 7, end: 13 }], [{ start: 6, end: 7 }])).toEqual([]);
    expect(touchedUnits([{ start: 0, end: 6 }, { start: 7, end: 13 }], [{ start: 5, end: 8 }])).toEqual([0, 1]);
    expect(touchedUnits([{ start: 0, end: 6 }, { start: 7, end: 13 }], [{ start: 1, end: 2 }, { start: 3, end: 4 }])).toEqual([0]);
  });
});

describe('intervals', () => {
  it('merges overlapping and touching ranges, drops empty ones', () => {
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 5 }, { start: 9, end: 9 }, { start: 10, end: 12 }, { start: 11, end: 11 }]))
      .toEqual([{ start: 0, end: 8 }, { start: 10, end: 12 }]);
  });

  it('subtracts and intersects merged runs', () => {
    const a = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const b = [{ start: 2, end: 4 }, { start: 8, end: 22 }, { start: 25, end: 26 }, { start: 29, end: 40 }];
    expect(subtractSpans(a, b)).toEqual([{ start: 0, end: 2 }, { start: 4, end: 8 }, { start: 22, end: 25 }, { start: 26, end: 29 }]);
    expect(intersectSpans(a, b)).toEqual([{ start: 2, end: 4 }, { start: 8, end: 10 }, { start: 20, end: 22 }, { start: 25, end: 26 }, { start: 29, end: 30 }]);
  });
});

// -------------------------------------------------------------------------------------------
// Properties on random coding, checked against a plain per-character (and per-turn) count.

function randomInput(seed: number): AgreementInput {
  const random = mulberry32(seed);
  const int = (max: number) => Math.floor(random() * max);
  const codes = ['p', 'q', 'r', 's'].map((id, i) => code(id, id.toUpperCase(), i));
  const sources = [0, 1, 2].map((i) => {
    const characters = 20 + int(60);
    const turns: { start: number; end: number }[] = [];
    for (let at = int(3); at < characters - 1;) {
      const end = Math.min(characters, at + 1 + int(12));
      turns.push({ start: at, end });
      at = end + int(3);
    }
    return { id: `s${i}` as SourceId, characters, turns };
  });
  const codings: Coding[] = [];
  for (let k = 0; k < 40; k++) {
    const source = sources[int(sources.length)]!;
    const start = int(source.characters);
    const end = Math.min(source.characters, start + 1 + int(15));
    codings.push(coding(['p', 'q', 'r'][int(3)]!, [A, B, C][int(3)]!, source.id, start, end)); // 's' is never used
  }
  return { codes, sources, codings };
}

/** The same counts the slow way: one flag per character (or turn). */
function bruteCounts(input: AgreementInput, codeId: string, first: CoderId, second: CoderId, unit: AgreementUnit) {
  let a = 0;
  let b = 0;
  let both = 0;
  let units = 0;
  for (const source of input.sources) {
    const flags = (coderId: CoderId) => {
      const on = new Array<boolean>(source.characters).fill(false);
      for (const c of input.codings) {
        if (c.codeId === codeId && c.coderId === coderId && c.sourceId === source.id) for (let i = c.start; i < c.end; i++) on[i] = true;
      }
      return on;
    };
    const fa = flags(first);
    const fb = flags(second);
    const cells = unit === 'character' ? fa.map((x, i) => [x, fb[i]!] as const)
      : source.turns.map((t) => [fa.slice(t.start, t.end).some(Boolean), fb.slice(t.start, t.end).some(Boolean)] as const);
    for (const [x, y] of cells) {
      units++;
      if (x) a++;
      if (y) b++;
      if (x && y) both++;
    }
  }
  return { a, b, both, units };
}

describe('properties', () => {
  for (const unit of ['character', 'turn'] as const) {
    it(`matches a per-${unit} count on random coding`, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const input = randomInput(seed);
        const result = codingAgreement(input, A, B, unit);
        for (const row of result.rows) {
          const brute = bruteCounts(input, row.codeId, A, B, unit);
          expect({ a: row.a, b: row.b, both: row.both, units: row.units }).toEqual(brute);
          expect(row.percent).toBe(percentAgreement(brute));
          expect(row.kappa).toBe(cohensKappa(brute));
          expect(row.alpha).toBe(krippendorffAlpha(brute));
        }
        // Disagreements cover exactly the units one coder coded, without overlaps.
        for (const row of result.rows) {
          const found = codeDisagreements(input, row.codeId, A, B, unit);
          const size = found.reduce((sum, d) => sum + (unit === 'character' ? d.end - d.start : 1), 0);
          expect(size).toBe(row.a + row.b - 2 * row.both);
          expect(found.filter((d) => d.coder === 'a').length > 0).toBe(row.a > row.both);
        }
      }
    });
  }

  it('kappa and alpha are symmetric in the coders', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const input = randomInput(seed);
      for (const unit of ['character', 'turn'] as const) {
        const ab = codingAgreement(input, A, B, unit);
        const ba = codingAgreement(input, B, A, unit);
        ab.rows.forEach((row, i) => {
          const other = ba.rows[i]!;
          expect({ a: other.b, b: other.a, both: other.both }).toEqual({ a: row.a, b: row.b, both: row.both });
          expect(other.kappa).toBe(row.kappa);
          expect(other.alpha).toBe(row.alpha);
          expect(other.percent).toBe(row.percent);
        });
        expect(ba.overall.kappa).toBe(ab.overall.kappa);
      }
    }
  });

  it('identical coding gives 1; a code neither coder used gives null', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const input = randomInput(seed);
      // B codes exactly what A coded, in different pieces: split each of A's codings in two.
      const copied = input.codings.filter((c) => c.coderId === A).flatMap((c) => {
        const middle = Math.floor((c.start + c.end) / 2);
        return [coding(c.codeId, B, c.sourceId, c.start, middle), coding(c.codeId, B, c.sourceId, middle, c.end)];
      });
      const same = { ...input, codings: [...input.codings.filter((c) => c.coderId !== B), ...copied] };
      for (const unit of ['character', 'turn'] as const) {
        const result = codingAgreement(same, A, B, unit);
        for (const row of result.rows) {
          if (row.a > 0 && row.a < row.units) expect([row.percent, row.kappa, row.alpha]).toEqual([100, 1, 1]);
          if (!row.isUsed) expect([row.kappa, row.alpha]).toEqual([null, null]);
        }
        expect(result.rows.find((r) => r.codeId === 's')).toMatchObject({ kappa: null, alpha: null, isUsed: false });
        if (result.overall.codes > 0) expect(result.overall.kappa).toBe(1);
      }
    }
  });

  it('names the coders who have codings, most first', () => {
    expect(codersWithCodings(handInput().codings)).toEqual([{ coderId: A, codings: 4 }, { coderId: B, codings: 2 }, { coderId: C, codings: 1 }]);
  });

  it('is fast on a 600,000-character source with 300 codes (interval arithmetic, no per-character arrays)', () => {
    const random = mulberry32(7);
    const characters = 600_000;
    const turns = Array.from({ length: 15_000 }, (_, i) => ({ start: i * 40 + 5, end: i * 40 + 40 }));
    const codes = Array.from({ length: 300 }, (_, i) => code(`k${i}`, `Code ${i}`, i));
    const codings = Array.from({ length: 30_000 }, (_, i) => {
      const start = Math.floor(random() * (characters - 500));
      return coding(`k${i % 300}`, i % 2 === 0 ? A : B, S1, start, start + 1 + Math.floor(random() * 500));
    });
    const input: AgreementInput = { codes, codings, sources: [{ id: S1, characters, turns }] };
    const began = performance.now();
    const chars = codingAgreement(input, A, B, 'character');
    const byTurn = codingAgreement(input, A, B, 'turn');
    const elapsed = performance.now() - began;
    expect(chars.rows).toHaveLength(300);
    expect(byTurn.units).toBe(15_000);
    expect(elapsed).toBeLessThan(1500);
  });
});
