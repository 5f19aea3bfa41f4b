import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../shared/text/canonical';
import {
  CanonicalOffsetMap, OffsetMap, codePointLength, codePointToUtf16, utf16ToCodePoint,
} from '../../../shared/text/offsets';
import { mulberry32 } from '../../support/random';

const prng = mulberry32;

const PIECES = ['a', 'b', ' ', '\n', '\r\n', '\r', 'é', '我', '累', '😀', '😩', '𝕏', '👩‍👧', '\u200D', '\uD800', '\uDC00', '\uFEFF'];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

describe('OffsetMap: textbook cases', () => {
  it('counts an emoji as two UTF-16 units and one code point', () => {
    const map = new OffsetMap('a😀b');
    expect([map.utf16Length, map.codePointLength]).toEqual([4, 3]);
    expect([0, 1, 3, 4].map((u) => map.toCodePoint(u))).toEqual([0, 1, 2, 3]);
    expect([0, 1, 2, 3].map((c) => map.toUtf16(c))).toEqual([0, 1, 3, 4]);
  });

  it('snaps an offset inside a surrogate pair down by default, up when asked, outwards for ranges', () => {
    const map = new OffsetMap('a😀b');
    expect(map.toCodePoint(2)).toBe(1);
    expect(map.toCodePoint(2, 'up')).toBe(2);
    expect(map.rangeToCodePoints(2, 2)).toEqual([1, 2]);
    expect(map.rangeToCodePoints(0, 2)).toEqual([0, 2]);
    expect(utf16ToCodePoint('a😀b', 2)).toBe(1);
    expect(utf16ToCodePoint('a😀b', 2, 'up')).toBe(2);
  });

  it('leaves CJK alone (it is in the Basic Multilingual Plane)', () => {
    const map = new OffsetMap('我很累 — 照顾妈妈');
    for (let i = 0; i <= map.utf16Length; i++) expect(map.toCodePoint(i)).toBe(i);
    expect(map.codePointLength).toBe('我很累 — 照顾妈妈'.length);
  });

  it('counts each emoji of a ZWJ sequence, and the joiner', () => {
    const text = 'x👩‍👧y';
    const map = new OffsetMap(text);
    expect([map.utf16Length, map.codePointLength]).toEqual([7, 5]);
    expect(map.toUtf16(4)).toBe(6); // "y"
    expect(map.rangeToUtf16(1, 4)).toEqual([1, 6]);
  });

  it('counts a lone surrogate as one unit and one code point', () => {
    for (const text of ['a\uD800b', '\uDC00\uD800', '\uD800']) {
      const map = new OffsetMap(text);
      expect(map.codePointLength).toBe(text.length);
      expect(codePointLength(text)).toBe(Array.from(text).length);
    }
  });

  it('refuses offsets outside the text or not whole', () => {
    const map = new OffsetMap('a😀');
    for (const bad of [-1, 1.5, 4, Number.NaN]) expect(() => map.toCodePoint(bad)).toThrow(RangeError);
    expect(() => map.toUtf16(3)).toThrow(RangeError);
    expect(() => codePointToUtf16('a😀', 3)).toThrow(RangeError);
    expect(() => utf16ToCodePoint('a😀', 4)).toThrow(RangeError);
  });
});

describe('OffsetMap: properties on random strings with astral characters', () => {
  const random = prng(20260110);
  const texts = Array.from({ length: 200 }, (_, i) => randomText(random, i % 50));

  it('code point -> UTF-16 -> code point is the identity for every offset', () => {
    for (const text of texts) {
      const map = new OffsetMap(text);
      const chars = Array.from(text);
      expect(map.codePointLength).toBe(chars.length);
      for (let c = 0; c <= chars.length; c++) {
        const u = map.toUtf16(c);
        expect(u).toBe(chars.slice(0, c).join('').length);
        expect(map.toCodePoint(u)).toBe(c);
        expect(codePointToUtf16(text, c)).toBe(u);
      }
    }
  });

  it('UTF-16 -> code point -> UTF-16 is the identity except inside a pair, which snaps to its edges', () => {
    for (const text of texts) {
      const map = new OffsetMap(text);
      for (let u = 0; u <= text.length; u++) {
        const down = map.toUtf16(map.toCodePoint(u, 'down'));
        const up = map.toUtf16(map.toCodePoint(u, 'up'));
        expect(utf16ToCodePoint(text, u)).toBe(map.toCodePoint(u));
        if (down === u) expect(up).toBe(u);
        else expect([down, up]).toEqual([u - 1, u + 1]);
      }
    }
  });

  it('converts 200,000 offsets on a 600,000-character text quickly', () => {
    const text = randomText(prng(7), 300_000);
    const map = new OffsetMap(text);
    const draw = prng(8);
    const started = performance.now();
    let sum = 0;
    for (let i = 0; i < 200_000; i++) {
      const c = Math.floor(draw() * map.codePointLength);
      sum += map.toCodePoint(map.toUtf16(c)) - c;
    }
    expect(sum).toBe(0);
    expect(text.length).toBeGreaterThan(400_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('CanonicalOffsetMap', () => {
  it('maps offsets past a BOM and CRLFs; a lone CR keeps its place', () => {
    const raw = '\uFEFFab\r\ncd\re';
    expect(canonicalText(raw)).toBe('ab\ncd\ne');
    const map = new CanonicalOffsetMap(raw);
    expect(Array.from({ length: raw.length + 1 }, (_, i) => map.toCanonical(i))).toEqual([0, 0, 1, 2, 2, 3, 4, 5, 6, 7]);
    expect(new CanonicalOffsetMap('ab\ncd').isIdentity).toBe(true);
  });

  it('agrees with canonicalText on every prefix that does not split a CRLF', () => {
    const random = prng(42);
    for (let n = 0; n < 200; n++) {
      const raw = randomText(random, n % 40);
      const map = new CanonicalOffsetMap(raw);
      for (let i = 0; i <= raw.length; i++) {
        if (raw[i - 1] === '\r' && raw[i] === '\n') continue;
        expect(map.toCanonical(i)).toBe(canonicalText(raw.slice(0, i)).length);
      }
    }
  });
});
