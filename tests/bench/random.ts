/** A small seeded random source, so every generated project is the same on every machine. */

export { mulberry32, type Random } from '../support/random';
import type { Random } from '../support/random';

/** An integer in [min, max], both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** Splits `total` into `parts` whole numbers in proportion to random weights in [0.5, 1.5) (a little skew, as real projects have). */
export function skewedCounts(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts, rest--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}
