import { describe, expect, it } from 'vitest';
import { cooccurrence, cooccurrencePlaces, type CooccurrenceInput } from '../../../shared/analysis/cooccurrence';
import type { TurnSpan } from '../../../shared/analysis/matrix';
import type { Code, CodeId, Coding, Source } from '../../../shared/model';
import { mulberry32 } from '../../support/random';
import { sampleBundle } from '../../support/sample';

const code = (id: string, parentId: string | null, order: number) => ({ id, name: id.toUpperCase(), parentId, order }) as unknown as Code;
const coding = (id: string, codeId: string, sourceId: string, start: number, end: number) => ({ id, codeId, sourceId, start, end }) as unknown as Coding;
const turn = (start: number, end: number, participantId: string | null) => ({ start, end, participantId }) as TurnSpan;
const id = (value: string) => value as CodeId;

/*
 * Source s1 has four turns: t0 [0,10) t1 [10,20) t2 [20,30) t3 [30,40). Source s2 (50 characters)
 * has no turns, so in turn mode it is one unit. Codes in tree order: x, x1 (child of x), y, z, w.
 *   x:  x1 [2,8)  x2 [22,28)  x4 [8,12)  (s1, x4 touches x1 at 8 but does not overlap it)   x3 [0,10) in s2
 *   x1: a1 [3,6)
 *   y:  y1 [5,15)  y2 [25,26)   y3 [40,45) in s2
 *   z:  z1 [12,14)  z2 [32,35)
 *   w:  no codings
 * Overlapping pairs: x1-y1 [5,8), x4-y1 [8,12), x2-y2 [25,26), a1-x1 [3,6), a1-y1 [5,6), y1-z1 [12,14).
 *   (x4-z1 only touch at 12; x3 and y3 share s2 but not a range.)
 * Units touched: t0 {x, x1, y}, t1 {x, y, z}, t2 {x, y}, t3 {z}, s2 {x, y}.
 */
const INPUT: CooccurrenceInput = {
  codes: [code('y', null, 1), code('x', null, 0), code('x1', 'x', 0), code('z', null, 2), code('w', null, 3)],
  codings: [
    coding('x2', 'x', 's1', 22, 28), coding('x1', 'x', 's1', 2, 8), coding('x4', 'x', 's1', 8, 12), coding('x3', 'x', 's2', 0, 10),
    coding('a1', 'x1', 's1', 3, 6),
    coding('y1', 'y', 's1', 5, 15), coding('y2', 'y', 's1', 25, 26), coding('y3', 'y', 's2', 40, 45),
    coding('z1', 'z', 's1', 12, 14), coding('z2', 'z', 's1', 32, 35),
  ],
  turnsBySource: new Map([['s1', [turn(0, 10, 'P1'), turn(10, 20, 'P2'), turn(20, 30, 'P1'), turn(30, 40, 'P2')]]]),
};

describe('cooccurrence', () => {
  it('overlap mode: pairs of overlapping codings; the diagonal is each code\'s codings; no rolling up', () => {
    const result = cooccurrence(INPUT, 'overlap');
    expect(result.codes.map((c) => c.codeId)).toEqual(['x', 'x1', 'y', 'z']); // w has no codings
    expect(result.codes[1]).toEqual({ codeId: 'x1', name: 'X1', path: ['X', 'X1'] });
    expect(result.counts).toEqual([
      // x: x1 x2 x3 x4; with x1 (a1-x1); with y (x1-y1, x4-y1, x2-y2); never z.
      [4, 1, 3, 0],
      [1, 1, 1, 0],
      [3, 1, 3, 1],
      [0, 0, 1, 2],
    ]);
    expect(result.edges).toEqual([
      { a: 0, b: 2, weight: 3 }, { a: 0, b: 1, weight: 1 }, { a: 1, b: 2, weight: 1 }, { a: 2, b: 3, weight: 1 },
    ]);
  });

  it('turn mode: units where both codes appear; a source with no turns is one unit', () => {
    const result = cooccurrence(INPUT, 'turn');
    expect(result.counts).toEqual([
      // x in t0 t1 t2 s2; x1 in t0; y in t0 t1 t2 s2; z in t1 t3.
      [4, 1, 4, 1],
      [1, 1, 1, 0],
      [4, 1, 4, 1],
      [1, 0, 1, 2],
    ]);
    expect(result.edges).toEqual([
      { a: 0, b: 2, weight: 4 }, { a: 0, b: 1, weight: 1 }, { a: 0, b: 3, weight: 1 }, { a: 1, b: 2, weight: 1 }, { a: 2, b: 3, weight: 1 },
    ]);
  });

  it('compares only the codes asked for, in tree order, uncoded ones included', () => {
    const result = cooccurrence(INPUT, 'overlap', [id('w'), id('z'), id('x'), id('missing')]);
    expect(result.codes.map((c) => c.codeId)).toEqual(['x', 'z', 'w']);
    expect(result.counts).toEqual([[4, 0, 0], [0, 2, 0], [0, 0, 0]]);
    expect(result.edges).toEqual([]);
    expect(cooccurrence({ ...INPUT, codings: [] }, 'turn')).toEqual({ codes: [], counts: [], edges: [] });
  });

  it('is symmetric, and overlap counts match a check of every pair (seeded random projects)', () => {
    const random = mulberry32(20251123);
    for (let round = 0; round < 20; round += 1) {
      const codes = ['a', 'b', 'c', 'd', 'e'].map((c, i) => code(c, null, i));
      const turns = new Map([['s1', [turn(0, 30, 'P1'), turn(30, 60, 'P2'), turn(60, 100, null)]], ['s2', [turn(0, 100, 'P1')]]]);
      const codings = Array.from({ length: 30 }, (_, i) => {
        const start = Math.floor(random() * 95);
        return coding(`k${i}`, codes[Math.floor(random() * 5)]!.id, random() < 0.5 ? 's1' : 's2', start, start + 1 + Math.floor(random() * 20));
      });
      for (const mode of ['overlap', 'turn'] as const) {
        const { counts } = cooccurrence({ codes, codings, turnsBySource: turns }, mode);
        counts.forEach((row, i) => row.forEach((value, j) => expect(value).toBe(counts[j]![i])));
      }
      const { codes: shown, counts } = cooccurrence({ codes, codings, turnsBySource: turns }, 'overlap');
      shown.forEach((ci, i) => shown.forEach((cj, j) => {
        if (i === j) return;
        const pairs = codings.filter((x) => x.codeId === ci.codeId).flatMap((x) => codings.filter((y) =>
          y.codeId === cj.codeId && y.sourceId === x.sourceId && x.start < y.end && y.start < x.end));
        expect(counts[i]![j]).toBe(pairs.length);
      }));
    }
  });

  it('on the sample: the passage coded under two perspectives of a theme links them', async () => {
    const sample = await sampleBundle();
    const input = { codes: sample.codes, codings: sample.codings, turnsBySource: new Map(sample.sources.map((s) => [s.source.id, s.text.turns])) };
    const result = cooccurrence(input, 'overlap');
    // sample.json codes 48 excerpts with 23 distinct subthemes.
    expect(result.codes).toHaveLength(23);
    const at = (name: string) => result.codes.findIndex((c) => c.name === name);
    // FG 2 "It's not that people don't care..." is coded both Providing person-centred care and
    // Organisational barriers (culture); Nar. 1 "In practice nobody asked me..." both Being noticed
    // and asked and Communication at discharge.
    expect(result.counts[at('Providing person-centred care')]![at('Organisational barriers (culture)')]).toBe(1);
    expect(result.counts[at('Being noticed and asked')]![at('Communication at discharge')]).toBe(1);
    expect(result.counts[at('Vulnerability and accountability')]![at('From tick-box to equal partner')]).toBe(1);
    expect(result.counts[at('Being noticed and asked')]![at('Being noticed and asked')]).toBe(3);
    expect(result.edges).toHaveLength(3);
  });
});

describe('cooccurrencePlaces', () => {
  it('overlap mode: the overlapping ranges, in text order', () => {
    expect(cooccurrencePlaces(INPUT, 'overlap', id('y'), id('x'))).toEqual([
      { sourceId: 's1', start: 5, end: 8 }, { sourceId: 's1', start: 8, end: 12 }, { sourceId: 's1', start: 25, end: 26 },
    ]);
    expect(cooccurrencePlaces(INPUT, 'overlap', id('x'), id('z'))).toEqual([]);
  });

  it('the same code on both sides gives the places behind the diagonal', () => {
    // Overlap mode: z's two codings; turn mode: the turns z touches (t1, t3).
    expect(cooccurrencePlaces(INPUT, 'overlap', id('z'), id('z'))).toEqual([{ sourceId: 's1', start: 12, end: 14 }, { sourceId: 's1', start: 32, end: 35 }]);
    expect(cooccurrencePlaces(INPUT, 'turn', id('z'), id('z'))).toEqual([{ sourceId: 's1', start: 10, end: 20 }, { sourceId: 's1', start: 30, end: 40 }]);
  });

  it('turn mode: the shared units, in source order then text order', () => {
    // Without sources: s1 (listed in turnsBySource) first; s2 ends where the last x or y coding there ends (45).
    expect(cooccurrencePlaces(INPUT, 'turn', id('x'), id('y'))).toEqual([
      { sourceId: 's1', start: 0, end: 10 }, { sourceId: 's1', start: 10, end: 20 }, { sourceId: 's1', start: 20, end: 30 },
      { sourceId: 's2', start: 0, end: 45 },
    ]);
    // With sources: s2 comes first by order and its unit is its whole text.
    const sources = [{ id: 's1', order: 1, characters: 40 }, { id: 's2', order: 0, characters: 50 }] as unknown as Source[];
    expect(cooccurrencePlaces({ ...INPUT, sources }, 'turn', id('x'), id('y'))).toEqual([
      { sourceId: 's2', start: 0, end: 50 },
      { sourceId: 's1', start: 0, end: 10 }, { sourceId: 's1', start: 10, end: 20 }, { sourceId: 's1', start: 20, end: 30 },
    ]);
    expect(cooccurrencePlaces(INPUT, 'turn', id('x'), id('z'))).toEqual([{ sourceId: 's1', start: 10, end: 20 }]);
  });
});
