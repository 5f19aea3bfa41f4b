/**
 * Seeded randomness for property tests: every run tests the same cases, and a failure names its
 * seed. The generator itself is shared: tests/support/random.ts.
 */

export { mulberry32 } from '../../support/random';

/** An integer in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const PIECES = [
  'carer', 'the', 'ward', 'don\'t', 'café', 'naïve', 'İstanbul', 'well-being', ' ', ' ', ' ', ', ', '. ',
  '\n', '\n\n', '😩', '👩‍👧', 'é', '我', '[laughter]', 'P2: ',
];

/** Text of `pieces` random words, spaces, punctuation, paragraph breaks, emoji and accents. */
export function randomText(random: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += pick(random, PIECES);
  return text;
}

/** An offset in [0, length] that never splits a surrogate pair of `text`. */
export function randomOffset(random: () => number, text: string): number {
  let offset = randomInt(random, 0, text.length);
  const high = text.charCodeAt(offset - 1);
  if (offset > 0 && offset < text.length && high >= 0xd800 && high <= 0xdbff) offset -= 1;
  return offset;
}

/** A random half-open range of `text`, start <= end. */
export function randomRange(random: () => number, text: string): { start: number; end: number } {
  const a = randomOffset(random, text);
  const b = randomOffset(random, text);
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** A long generated transcript of about `length` characters with speaker turns (for sanity runs). */
export function generatedTranscript(random: () => number, length: number): string {
  const words = ['carer', 'hospital', 'discharge', 'forms', 'respite', 'café', 'don\'t', 'the', 'and', 'social', 'worker'];
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part = random() < 0.03 ? `\n\nP${randomInt(random, 1, 6)}: ` : `${pick(random, words)} `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}
