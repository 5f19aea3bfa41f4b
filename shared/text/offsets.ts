/**
 * The one module for offset conversion (DESIGN.md "Offsets").
 *
 * Storyloom counts UTF-16 code units of the canonical text, half-open [start, end), because
 * JavaScript strings, the DOM and Lexical do. REFI-QDA counts Unicode code points (section 10.2).
 * The two differ only at astral characters (emoji, rarer CJK, ...), which take two UTF-16 units
 * (a surrogate pair) but are one code point. A lone surrogate, which a valid pair never is, counts
 * as one unit and one code point, as `Array.from(text)` counts it.
 *
 * Snapping: a UTF-16 offset between the two halves of a pair names no code point. `snap: 'down'`
 * (the default) moves it to the start of that character, `'up'` to its end. Ranges snap outwards
 * (start down, end up), so a range that cut an emoji in half keeps the whole emoji.
 *
 * Out-of-range or non-integer offsets throw a RangeError: they are bugs or damaged input, and the
 * caller decides whether to clamp, skip or report.
 */
import { lowerBound } from '../util/lowerBound';

export type Snap = 'down' | 'up';

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function checkOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`Offset ${offset} is outside 0..${max} ${unit}.`);
  }
}

/**
 * Converts offsets of one text both ways, O(log p) per lookup where p is the number of surrogate
 * pairs in the text (O(1) for texts with none). Build one per text and reuse it for all its codings.
 */
export class OffsetMap {
  /** Length of the text in UTF-16 code units. */
  readonly utf16Length: number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** UTF-16 index of the high surrogate of each pair, ascending. */
  private readonly pairStarts: Uint32Array;
  /** Code-point index of each pair, ascending (pairStarts[k] - k). */
  private readonly pairCodePoints: Uint32Array;

  constructor(text: string) {
    const starts: number[] = [];
    for (let i = 0; i < text.length - 1; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        starts.push(i);
        i++;
      }
    }
    this.pairStarts = Uint32Array.from(starts);
    this.pairCodePoints = Uint32Array.from(starts, (start, k) => start - k);
    this.utf16Length = text.length;
    this.codePointLength = text.length - starts.length;
  }

  /** The code-point offset of a UTF-16 offset; an offset inside a pair snaps as `snap` says. */
  toCodePoint(utf16: number, snap: Snap = 'down'): number {
    checkOffset(utf16, this.utf16Length, 'UTF-16 code units');
    if (this.pairStarts.length === 0) return utf16;
    const before = lowerBound(this.pairStarts, utf16);
    if (before > 0 && this.pairStarts[before - 1] === utf16 - 1) {
      return snap === 'down' ? utf16 - before : utf16 + 1 - before;
    }
    return utf16 - before;
  }

  /** The UTF-16 offset of a code-point offset. Always lands on a character boundary. */
  toUtf16(codePoint: number): number {
    checkOffset(codePoint, this.codePointLength, 'code points');
    if (this.pairStarts.length === 0) return codePoint;
    return codePoint + lowerBound(this.pairCodePoints, codePoint);
  }

  /** A UTF-16 range [start, end) as a code-point range, snapped outwards. */
  rangeToCodePoints(start: number, end: number): [number, number] {
    return [this.toCodePoint(start, 'down'), this.toCodePoint(end, 'up')];
  }

  /** A code-point range [start, end) as a UTF-16 range. */
  rangeToUtf16(start: number, end: number): [number, number] {
    return [this.toUtf16(start), this.toUtf16(end)];
  }
}

/** Number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  return new OffsetMap(text).codePointLength;
}

/** One UTF-16 offset as a code-point offset. O(n): for many offsets of one text, use an OffsetMap. */
export function utf16ToCodePoint(text: string, utf16: number, snap: Snap = 'down'): number {
  checkOffset(utf16, text.length, 'UTF-16 code units');
  let codePoints = 0;
  for (let i = 0; i < utf16; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      if (i + 1 === utf16) return snap === 'down' ? codePoints : codePoints + 1;
      i++;
    }
    codePoints++;
  }
  return codePoints;
}

/** One code-point offset as a UTF-16 offset. O(n): for many offsets of one text, use an OffsetMap. */
export function codePointToUtf16(text: string, codePoint: number): number {
  checkOffset(codePoint, Number.MAX_SAFE_INTEGER, 'code points');
  let utf16 = 0;
  for (let seen = 0; seen < codePoint; seen++) {
    if (utf16 >= text.length) checkOffset(codePoint, seen, 'code points');
    utf16 += isHigh(text.charCodeAt(utf16)) && isLow(text.charCodeAt(utf16 + 1)) ? 2 : 1;
  }
  return utf16;
}

/**
 * Maps UTF-16 offsets of a raw text to offsets of `canonicalText(raw)`, which drops a leading BOM
 * and the CR of each CRLF (a lone CR becomes "\n" and keeps its place). An offset that pointed
 * between a CR and its LF lands on the "\n". Use it after converting a file's offsets to UTF-16
 * units of the raw text it was written against.
 */
export class CanonicalOffsetMap {
  readonly rawLength: number;
  /** Raw indices of the characters canonicalisation removes, ascending. */
  private readonly removed: Uint32Array;

  constructor(raw: string) {
    const removed: number[] = [];
    if (raw.charCodeAt(0) === 0xfeff) removed.push(0);
    for (let i = raw.indexOf('\r\n'); i >= 0; i = raw.indexOf('\r\n', i + 2)) removed.push(i);
    this.removed = Uint32Array.from(removed);
    this.rawLength = raw.length;
  }

  /** True when the raw text was already canonical, so every offset maps to itself. */
  get isIdentity(): boolean {
    return this.removed.length === 0;
  }

  /** The canonical offset of a raw UTF-16 offset. */
  toCanonical(raw: number): number {
    checkOffset(raw, this.rawLength, 'UTF-16 code units');
    return raw - lowerBound(this.removed, raw);
  }
}
