/**
 * A small RTF reader: the text of the body with paragraph, line and tab breaks, nothing of the
 * formatting. Groups, control words and symbols; `\'hh` bytes in the `\ansicpg` code page;
 * `\uN` with its `\ucN` fallback characters skipped; destinations that hold no body text
 * (`\fonttbl`, `\colortbl`, `\stylesheet`, `\info`, pictures, field instructions, and any `\*`
 * group) skipped whole. Read byte by byte: RTF is 7-bit, with 8-bit bytes in the code page.
 */
import { codePageDecoder, type CodePageDecoder } from './codePage';
import { FormatError } from './errors';

/** Destinations whose content is not body text. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'fldinst', 'datafield', 'header',
  'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid',
  'atnauthor', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata',
  'colorschememapping', 'latentstyles', 'datastore', 'filetbl', 'pgdsctbl', 'bkmkstart', 'bkmkend', 'private',
  'userprops', 'docvar', 'template', 'nonshppict', 'shppict', 'shpinst', 'blipuid', 'mmathPr', 'wgrffmtfilter',
]);

/** Control words that stand for a character or a break. */
const CHARACTER_WORDS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', cell: '\t', nestcell: '\t', tab: '\t',
  emdash: '\u2014', endash: '\u2013', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201C', rdblquote: '\u201D',
  bullet: '\u2022', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005', zwj: '\u200D', zwnj: '\u200C',
};

/** The document charset words that come before (or instead of) \ansicpg. */
const CHARSET_CODE_PAGES: Record<string, number> = { ansi: 1252, mac: 10000, pc: 437, pca: 850 };

interface GroupState {
  isSkipped: boolean;
  /** How many fallback characters follow each \uN. */
  unicodeSkip: number;
}

export interface RtfResult {
  text: string;
  warnings: string[];
}

const isLetter = (byte: number) => (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;

/** True when the bytes start with `{\rtf` (after optional whitespace). */
export function looksLikeRtf(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < bytes.length && at < 16 && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
  return String.fromCharCode(...bytes.subarray(at, at + 5)) === '{\\rtf';
}

/** Extracts the body text of an RTF document; line endings are "\n", trailing breaks dropped. */
export function rtfToText(bytes: Uint8Array): RtfResult {
  if (!looksLikeRtf(bytes)) throw new FormatError('not-format', 'not an RTF document (it does not start with {\\rtf)');
  const warnings: string[] = [];
  const out: string[] = [];
  const pendingBytes: number[] = [];
  let decoder: CodePageDecoder = codePageDecoder(1252);
  const stack: GroupState[] = [];
  let state: GroupState = { isSkipped: false, unicodeSkip: 1 };
  let fallbackToSkip = 0;
  let isDestinationNext = false;

  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    out.push(decoder.decode(Uint8Array.from(pendingBytes)));
    pendingBytes.length = 0;
  };
  const emit = (text: string) => {
    if (state.isSkipped) return;
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      return;
    }
    flushBytes();
    out.push(text);
  };
  const emitByte = (byte: number) => {
    if (state.isSkipped) return;
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      return;
    }
    pendingBytes.push(byte);
  };

  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte === 0x7b) { // {
      stack.push(state);
      state = { ...state };
      fallbackToSkip = 0;
      i++;
    } else if (byte === 0x7d) { // }
      state = stack.pop() ?? state;
      fallbackToSkip = 0;
      i++;
    } else if (byte === 0x0d || byte === 0x0a) {
      i++;
    } else if (byte !== 0x5c) { // literal character
      if (byte < 0x80) emit(String.fromCharCode(byte));
      else emitByte(byte);
      i++;
    } else {
      const next = bytes[i + 1] ?? 0;
      if (isLetter(next)) {
        let end = i + 1;
        while (end < bytes.length && isLetter(bytes[end] ?? 0)) end++;
        const word = String.fromCharCode(...bytes.subarray(i + 1, end));
        let paramEnd = end;
        if (bytes[paramEnd] === 0x2d) paramEnd++;
        while (paramEnd < bytes.length && isDigit(bytes[paramEnd] ?? 0)) paramEnd++;
        const hasParam = paramEnd > end && !(paramEnd === end + 1 && bytes[end] === 0x2d);
        const param = hasParam ? parseInt(String.fromCharCode(...bytes.subarray(end, paramEnd)), 10) : null;
        i = bytes[paramEnd] === 0x20 ? paramEnd + 1 : paramEnd; // one space delimits the word
        if (isDestinationNext || SKIPPED_DESTINATIONS.has(word)) {
          state.isSkipped = true;
          isDestinationNext = false;
          continue;
        }
        if (word === 'bin' && param !== null) {
          i += Math.max(0, param);
        } else if (word === 'ansicpg' && param !== null) {
          flushBytes();
          decoder = codePageDecoder(param);
          if (!decoder.isExact) warnings.push(`The RTF's code page ${param} is not available here; its accented letters were read as Windows-1252.`);
        } else if (Object.hasOwn(CHARSET_CODE_PAGES, word)) {
          flushBytes();
          decoder = codePageDecoder(CHARSET_CODE_PAGES[word] ?? 1252);
        } else if (word === 'uc' && param !== null) {
          state.unicodeSkip = Math.max(0, param);
        } else if (word === 'u' && param !== null) {
          emit(String.fromCharCode(param < 0 ? param + 65536 : param));
          fallbackToSkip = state.unicodeSkip;
        } else if (Object.hasOwn(CHARACTER_WORDS, word)) {
          emit(CHARACTER_WORDS[word] ?? '');
        }
      } else if (next === 0x27) { // \'hh
        const hex = String.fromCharCode(bytes[i + 2] ?? 0, bytes[i + 3] ?? 0);
        if (/^[0-9a-fA-F]{2}$/.test(hex)) emitByte(parseInt(hex, 16));
        i += 4;
      } else {
        i += 2;
        if (next === 0x2a) isDestinationNext = true; // \*
        else if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
        else if (next === 0x7e) emit('\u00A0'); // \~
        else if (next === 0x5f) emit('\u2011'); // \_
        else if (next === 0x0a || next === 0x0d) emit('\n'); // \<newline> is \par
        // \- (optional hyphen), \| and \: (index and formula marks) have no text
      }
    }
  }
  flushBytes();
  if (stack.length > 0) warnings.push('The RTF file ends before all of its groups are closed; it may be incomplete.');
  return { text: out.join('').replace(/[\n\t ]+$/, ''), warnings };
}
