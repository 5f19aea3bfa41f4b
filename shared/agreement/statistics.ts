/**
 * Agreement statistics for two coders and a yes/no judgement per unit ("coded with this code",
 * "not coded"): percentage agreement, Cohen's kappa and Krippendorff's alpha (nominal, two
 * coders, no missing data). A statistic that is undefined for the data (chance agreement is
 * total, so kappa is 0/0; every value is the same, so alpha has no expected disagreement) is
 * null, never 1 or 0: a code neither coder used says nothing about how well they agree.
 */

/** The 2x2 table of one code (or of several pooled): counts of units. */
export interface AgreementCounts {
  /** Units coder A coded. */
  a: number;
  /** Units coder B coded. */
  b: number;
  /** Units both coded. */
  both: number;
  /** Every unit compared: the characters (or turns) of every source. */
  units: number;
}

/** Units neither coder coded. */
export function neitherOf(t: AgreementCounts): number {
  return t.units - t.a - t.b + t.both;
}

/** Units exactly one coder coded. */
export function disagreedOf(t: AgreementCounts): number {
  return t.a + t.b - 2 * t.both;
}

/** Share of units on which the coders agree (both coded or neither), 0 to 100; null with no units. */
export function percentAgreement(t: AgreementCounts): number | null {
  if (t.units <= 0) return null;
  return (100 * (t.units - disagreedOf(t))) / t.units;
}

/**
 * Cohen's kappa: (po - pe) / (1 - pe), po the observed agreement, pe the agreement expected by
 * chance from each coder's own rate of coding. Worked in integers (scaled by units²) so an
 * exact 0/0 is caught: null when pe = 1, i.e. both coders coded every unit or neither coded any.
 */
export function cohensKappa(t: AgreementCounts): number | null {
  const n = t.units;
  if (n <= 0) return null;
  const agreed = n - disagreedOf(t);
  const chance = t.a * t.b + (n - t.a) * (n - t.b);
  const denominator = n * n - chance;
  if (denominator === 0) return null;
  return (n * agreed - chance) / denominator;
}

/**
 * Krippendorff's alpha for binary (nominal) values, two coders, no missing data:
 * alpha = 1 - (n - 1) * o01 / (n0 * n1), where n = 2 * units is the number of values, n1 the
 * values "coded" (a + b), n0 the values "not coded", and o01 the off-diagonal cell of the
 * coincidence matrix (each unit the coders disagree on adds 1 to o01 and 1 to o10).
 * Null when there is nothing to compare or every value is the same (n0 * n1 = 0).
 */
export function krippendorffAlpha(t: AgreementCounts): number | null {
  const n = 2 * t.units;
  const n1 = t.a + t.b;
  const n0 = n - n1;
  if (t.units <= 0 || n0 * n1 === 0) return null;
  return 1 - ((n - 1) * disagreedOf(t)) / (n0 * n1);
}

/**
 * Krippendorff's alpha, nominal metric, for two coders over the same units with no missing
 * values (any number of categories): alpha = 1 - (n - 1) * D / E, where D is the sum of the
 * off-diagonal coincidences and E = n² - sum of nc² the sum of nc * nk over different values.
 * Null when the lists differ in length, are empty, or hold a single value throughout.
 */
export function nominalAlpha<V>(first: readonly V[], second: readonly V[]): number | null {
  if (first.length !== second.length || first.length === 0) return null;
  const n = 2 * first.length;
  const totals = new Map<V, number>();
  let offDiagonal = 0;
  first.forEach((value, i) => {
    const other = second[i] as V;
    totals.set(value, (totals.get(value) ?? 0) + 1);
    totals.set(other, (totals.get(other) ?? 0) + 1);
    if (value !== other) offDiagonal += 2;
  });
  let squares = 0;
  for (const count of totals.values()) squares += count * count;
  const expected = n * n - squares;
  if (expected === 0) return null;
  return 1 - ((n - 1) * offDiagonal) / expected;
}

/** Sums tables unit by unit (the pooled "overall" table). */
export function poolCounts(tables: readonly AgreementCounts[]): AgreementCounts {
  const pooled: AgreementCounts = { a: 0, b: 0, both: 0, units: 0 };
  for (const t of tables) {
    pooled.a += t.a;
    pooled.b += t.b;
    pooled.both += t.both;
    pooled.units += t.units;
  }
  return pooled;
}
