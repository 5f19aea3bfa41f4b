/**
 * The agreement statistics against published values: Cohen's kappa for a textbook 2x2 table and
 * Krippendorff's alpha for Krippendorff's own worked examples.
 */
import { describe, expect, it } from 'vitest';
import {
  cohensKappa, krippendorffAlpha, neitherOf, nominalAlpha, percentAgreement, poolCounts, type AgreementCounts,
} from '../../../shared/agreement/statistics';

/** A 2x2 table from its four cells. */
const table = (both: number, aOnly: number, bOnly: number, neither: number): AgreementCounts => ({
  a: both + aOnly, b: both + bOnly, both, units: both + aOnly + bOnly + neither,
});

describe("Cohen's kappa", () => {
  it('reproduces the textbook example: 50 items, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no', () => {
    // Wikipedia, "Cohen's kappa", simple example (50 grant proposals, two readers):
    // po = (20 + 15) / 50 = 0.70; A says yes to 25/50 = 0.5, B to 30/50 = 0.6;
    // pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.50; kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
    const t = table(20, 5, 10, 15);
    expect(neitherOf(t)).toBe(15);
    expect(percentAgreement(t)).toBeCloseTo(70, 10);
    expect(cohensKappa(t)).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement, 0 when agreement is what chance gives, negative below it', () => {
    expect(cohensKappa(table(10, 0, 0, 40))).toBe(1);
    // Independent coders: A yes on half, B yes on half, crossing evenly -> po = pe = 0.5.
    expect(cohensKappa(table(10, 10, 10, 10))).toBe(0);
    expect(cohensKappa(table(0, 10, 10, 0))).toBe(-1);
  });

  it('is undefined (null), not 1 or 0, when chance agreement is total', () => {
    expect(cohensKappa(table(0, 0, 0, 50))).toBeNull(); // neither coder coded anything
    expect(cohensKappa(table(50, 0, 0, 0))).toBeNull(); // both coded everything
    expect(cohensKappa({ a: 0, b: 0, both: 0, units: 0 })).toBeNull();
    expect(percentAgreement({ a: 0, b: 0, both: 0, units: 0 })).toBeNull();
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
  // Communication, Departmental Papers 43. Section A, "binary or dichotomous data, two observers,
  // no missing data": ten units coded by Mary and Dave; the coincidence matrix has o00 = 10,
  // o01 = o10 = 4, o11 = 2, n0 = 14, n1 = 6, n = 20, and alpha = 1 - 19 * 4 / (14 * 6) = 0.095.
  const MARY = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
  const DAVE = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];

  it("reproduces Krippendorff's binary example (two observers): alpha = 0.095", () => {
    expect(nominalAlpha(MARY, DAVE)).toBeCloseTo(1 - (19 * 4) / (14 * 6), 12);
    expect(Number(nominalAlpha(MARY, DAVE)?.toFixed(3))).toBe(0.095);
    // The same data as a 2x2 table: both coded unit 2, Mary alone unit 9, Dave alone units 1, 3, 6.
    const t = table(1, 1, 3, 5);
    expect(krippendorffAlpha(t)).toBeCloseTo(nominalAlpha(MARY, DAVE)!, 12);
  });

  it("reproduces Krippendorff's nominal example (two observers, five values): alpha = 0.692", () => {
    // Same paper, section B, "nominal data, two observers, no missing data": twelve units coded
    // a-e by Ben and Gerry; n = 24, three units disagree (6 off-diagonal coincidences), value
    // totals a 4, b 6, c 6, d 6, e 2, so alpha = 1 - 23 * 6 / (576 - 128) = 0.692.
    const BEN = ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'];
    const GERRY = ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'];
    expect(nominalAlpha(BEN, GERRY)).toBeCloseTo(1 - (23 * 6) / 448, 12);
    expect(Number(nominalAlpha(BEN, GERRY)?.toFixed(3))).toBe(0.692);
  });

  it('agrees with the general nominal formula on every 2x2 table up to ten units', () => {
    for (let n = 1; n <= 10; n++) {
      for (let both = 0; both <= n; both++) {
        for (let aOnly = 0; both + aOnly <= n; aOnly++) {
          for (let bOnly = 0; both + aOnly + bOnly <= n; bOnly++) {
            const neither = n - both - aOnly - bOnly;
            const first = [...Array(both + aOnly).fill(1), ...Array(bOnly + neither).fill(0)];
            const second = [...Array(both).fill(1), ...Array(aOnly).fill(0), ...Array(bOnly).fill(1), ...Array(neither).fill(0)];
            const expected = nominalAlpha(first, second);
            const got = krippendorffAlpha(table(both, aOnly, bOnly, neither));
            if (expected === null) expect(got).toBeNull();
            else expect(got).toBeCloseTo(expected, 12);
          }
        }
      }
    }
  });

  it('is undefined (null) when every value is the same or there are no units', () => {
    expect(krippendorffAlpha(table(0, 0, 0, 12))).toBeNull();
    expect(krippendorffAlpha(table(12, 0, 0, 0))).toBeNull();
    expect(nominalAlpha(['x', 'x'], ['x', 'x'])).toBeNull();
    expect(nominalAlpha([], [])).toBeNull();
    expect(nominalAlpha([1], [1, 2])).toBeNull();
  });
});

describe('pooling', () => {
  it('adds the tables cell by cell', () => {
    expect(poolCounts([table(1, 2, 3, 4), table(5, 6, 7, 8)])).toEqual(table(6, 8, 10, 12));
    expect(poolCounts([])).toEqual({ a: 0, b: 0, both: 0, units: 0 });
  });
});
