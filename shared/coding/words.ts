/**
 * What counts as a word, shared by snapping (coding) and tokenising (search, frequencies).
 *
 * A word is a run of letters, combining marks and digits (Unicode L, M, N), joined across an
 * apostrophe (' ’ ʼ) or a hyphen (- ‐ ‑) when a word character stands on both sides: "don't",
 * "carers'" is "carers" plus a trailing apostrophe, "well-being" is one word. Edge "junk" is what
 * snapping trims: white space, punctuation (except "%", which belongs to its number) and control
 * or format characters. Everything else (emoji, "£", "+") is content and is kept.
 *
 * Classification is O(1) per code point with no allocation: ASCII is decided inline, other BMP
 * code points are classified once by a Unicode property regex and cached in a 64 KiB table.
 * Offsets are UTF-16 code units; helpers step over surrogate pairs as one character.
 */

const LETTER = 1;
const WORD_OTHER = 2; // combining mark or digit: part of a word, but not a letter
const JUNK = 3;
const CONTENT = 4;

const bmpClasses = new Uint8Array(0x10000);

function classifySlow(char: string): number {
  if (/^\p{L}$/u.test(char)) return LETTER;
  if (/^[\p{M}\p{N}]$/u.test(char)) return WORD_OTHER;
  if (char === '%') return CONTENT;
  if (/^[\s\p{P}\p{Cc}\p{Cf}]$/u.test(char)) return JUNK;
  return CONTENT;
}

function classify(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return LETTER;
    if (cp >= 0x30 && cp <= 0x39) return WORD_OTHER;
  }
  if (cp < 0x10000) {
    const cached = bmpClasses[cp] ?? 0;
    if (cached !== 0) return cached;
    const computed = classifySlow(String.fromCharCode(cp));
    bmpClasses[cp] = computed;
    return computed;
  }
  return classifySlow(String.fromCodePoint(cp));
}

/** 0: not a word character; 1: a letter (Unicode L); 2: a combining mark or digit (M, N). O(1). */
export function wordKind(cp: number): 0 | 1 | 2 {
  const kind = classify(cp);
  return kind === LETTER ? 1 : kind === WORD_OTHER ? 2 : 0;
}

/** Letters, marks and digits (Unicode L, M, N). */
export function isWordCodePoint(cp: number): boolean {
  const kind = classify(cp);
  return kind === LETTER || kind === WORD_OTHER;
}

/** Letters only (Unicode L). */
export function isLetterCodePoint(cp: number): boolean {
  return classify(cp) === LETTER;
}

/** White space, punctuation other than "%", control and format characters. */
export function isJunkCodePoint(cp: number): boolean {
  return classify(cp) === JUNK;
}

/** Apostrophes and hyphens: they join two word characters into one word. */
export function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2bc || unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function isInsidePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** The code point starting at `offset` (a lone surrogate is itself), or -1 at the end. */
export function codePointAt(text: string, offset: number): number {
  return text.codePointAt(offset) ?? -1;
}

/** Width in UTF-16 units (1 or 2) of the character just before `offset`. */
export function widthBefore(text: string, offset: number): number {
  return offset >= 2 && isLow(text.charCodeAt(offset - 1)) && isHigh(text.charCodeAt(offset - 2)) ? 2 : 1;
}

/** The code point ending at `offset`, or -1 at the start. */
export function codePointBefore(text: string, offset: number): number {
  if (offset <= 0) return -1;
  return codePointAt(text, offset - widthBefore(text, offset));
}

function isWordAt(text: string, offset: number): boolean {
  return offset >= 0 && offset < text.length && isWordCodePoint(codePointAt(text, offset));
}

function isWordBefore(text: string, offset: number): boolean {
  return offset > 0 && isWordCodePoint(codePointBefore(text, offset));
}

/**
 * True when `offset` lies inside one word, so that a boundary there would cut it: word
 * characters on both sides ("car|er"), or a joiner with word characters beyond it
 * ("don|'t", "don'|t", "well|-being"). O(1).
 */
export function isInsideWord(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = isWordBefore(text, offset);
  const after = isWordAt(text, offset);
  if (before && after) return true;
  if (before && isJoiner(text.charCodeAt(offset))) return isWordAt(text, offset + 1);
  if (after && isJoiner(text.charCodeAt(offset - 1))) return isWordBefore(text, offset - 1);
  return false;
}
