/**
 * Tokens for word counts: words as ../coding/words.ts defines them (Unicode letters, marks and
 * digits, joined across inner apostrophes and hyphens: "don't", "well-being"), holding at least
 * one letter (so "2015" is not a word), case-folded with toLowerCase, composed to NFC, with
 * typographic apostrophes and hyphens folded to ' and - ("Don’t" counts as "don't") and the
 * dotted capital I folded to i ("İstanbul" counts as "istanbul").
 */
import { isJoiner, wordKind } from '../coding/words';

const HAS_LETTER = 1;
const NON_ASCII = 2;
const HAS_MARK = 4; // a non-ASCII mark or digit: NFC may compose it
const TYPOGRAPHIC = 8; // ’ ʼ ‐ ‑
const DOTTED_CAPITAL_I = 16;
const ASCII_DIGIT = 32; // a word character that is not a letter

/** Flags of each ASCII character as part of a word: HAS_LETTER, ASCII_DIGIT, or 0 for none. */
const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, c) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? HAS_LETTER : c >= 0x30 && c <= 0x39 ? ASCII_DIGIT : 0);

function fold(token: string, flags: number): string {
  let folded = token.toLowerCase();
  if ((flags & NON_ASCII) === 0) return folded;
  if (flags & DOTTED_CAPITAL_I) folded = folded.replace(/i\u0307/gu, 'i'); // "İ" lower-cases to i + combining dot
  if (flags & HAS_MARK) folded = folded.normalize('NFC');
  if (flags & TYPOGRAPHIC) folded = folded.replace(/[\u2019\u02bc]/gu, "'").replace(/[\u2010\u2011]/gu, '-');
  return folded;
}

function codePointOf(text: string, i: number, unit: number): number {
  return unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit;
}

function isWordStart(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const unit = text.charCodeAt(i);
  return unit < 0x80 ? ASCII_KINDS[unit] !== 0 : wordKind(codePointOf(text, i, unit)) !== 0;
}

/**
 * Calls `visit` with each folded token of text[start, end). O(end - start) with an inline ASCII
 * path; one string per token, and NFC or replacements only for tokens that need them.
 */
export function forEachToken(text: string, start: number, end: number, visit: (token: string) => void): void {
  let i = start;
  while (i < end) {
    while (i < end && !isWordStart(text, i, end)) i += codePointOf(text, i, text.charCodeAt(i)) > 0xffff ? 2 : 1;
    if (i >= end) return;
    const from = i;
    let flags = 0;
    while (i < end) {
      const unit = text.charCodeAt(i);
      if (unit < 0x80) {
        const kind = ASCII_KINDS[unit] ?? 0;
        if (kind !== 0) flags |= kind;
        else if ((unit !== 0x27 && unit !== 0x2d) || !isWordStart(text, i + 1, end)) break;
        i++;
        continue;
      }
      const cp = codePointOf(text, i, unit);
      const kind = wordKind(cp);
      if (kind === 1) flags |= HAS_LETTER | NON_ASCII | (cp === 0x130 ? DOTTED_CAPITAL_I : 0);
      else if (kind === 2) flags |= HAS_MARK | NON_ASCII;
      else if (isJoiner(unit) && isWordStart(text, i + 1, end)) flags |= TYPOGRAPHIC | NON_ASCII;
      else break;
      i += cp > 0xffff ? 2 : 1;
    }
    if (flags & HAS_LETTER) visit(fold(text.slice(from, i), flags));
  }
}
