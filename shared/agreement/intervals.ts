/**
 * Interval arithmetic over half-open character ranges [start, end): the agreement core works
 * on sorted, disjoint runs, never on a per-character array, so a 600,000-character source
 * coded with 300 codes costs a sort and a few linear sweeps.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Sorted, disjoint, non-empty runs covering exactly what the given ranges cover. Ranges that
 * overlap or touch ([0, 5) and [5, 8)) become one run; empty ranges are dropped.
 */
export function mergeSpans(ranges: readonly Span[]): Span[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** Units covered by merged runs. */
export function spanLength(runs: readonly Span[]): number {
  let total = 0;
  for (const run of runs) total += run.end - run.start;
  return total;
}

/** The runs covered by both merged lists (a two-pointer sweep). */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** The runs of merged list `a` not covered by merged list `b`: maximal runs, in order. */
export function subtractSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const run of a) {
    let cursor = run.start;
    while (j < b.length && b[j]!.end <= cursor) j++;
    let k = j;
    while (k < b.length && b[k]!.start < run.end) {
      const cut = b[k]!;
      if (cut.start > cursor) out.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
      if (cut.end > run.end) break;
      k++;
    }
    if (cursor < run.end) out.push({ start: cursor, end: run.end });
  }
  return out;
}

/**
 * Indices of the units (sorted by start, not overlapping one another) that any merged run
 * touches by at least one character. Empty units are never touched.
 */
export function touchedUnits(units: readonly Span[], runs: readonly Span[]): number[] {
  const out: number[] = [];
  let u = 0;
  for (const run of runs) {
    // Units are sorted and disjoint, so their ends are sorted too: skip those ending before the run.
    while (u < units.length && units[u]!.end <= run.start) u++;
    let k = u;
    while (k < units.length && units[k]!.start < run.end) {
      const unit = units[k]!;
      if (unit.end > unit.start && unit.end > run.start && out[out.length - 1] !== k) out.push(k);
      k++;
    }
  }
  return out;
}

/** Sorted index lists: how many indices both hold. */
export function countCommon(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return common;
}

/** Sorted index list `a` without the indices in sorted list `b`. */
export function indicesWithout(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const index of a) {
    while (j < b.length && b[j]! < index) j++;
    if (b[j] !== index) out.push(index);
  }
  return out;
}
