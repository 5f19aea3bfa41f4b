/**
 * Bytes of a would-be text file to canonical text. UTF-8 (BOM or not) is read strictly; a
 * UTF-16 BOM (either byte order) is obeyed; UTF-16 without a BOM is recognised by its pattern
 * of zero bytes; anything else that is not valid UTF-8 is read as Windows-1252, with a warning.
 * Binary data is refused rather than decoded into nonsense.
 */
import { canonicalText, decodeUtf8Text } from '../text/canonical';
import { decodeWindows1252, fromCharCodes } from './codePage';
import { FormatError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** Canonical: BOM stripped, "\n" line endings, nothing else altered. */
  text: string;
  encoding: TextEncoding;
  warnings: string[];
}

/** How much of the file the binary and UTF-16 sniffers look at. */
const SAMPLE_BYTES = 64 * 1024;

/** Decodes UTF-16 code units by hand: TextDecoder('utf-16be') needs ICU, which not every runtime has. */
export function decodeUtf16(bytes: Uint8Array, isLittleEndian: boolean): string {
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0, u = 0; u < units.length; i += 2, u++) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    units[u] = isLittleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCharCodes(units);
}

/** 'utf-16le' / 'utf-16be' when a BOM-less file has the zero bytes of ASCII-range UTF-16, else null. */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

/** True when the sample holds NUL bytes or more control characters than any text file does. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    // Tab, LF, VT, FF, CR and ESC turn up in real text files; the other C0 controls do not.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27) controls++;
  }
  return controls > Math.max(2, length * 0.01);
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): DecodedText {
  if (bytes.length % 2 === 1) warnings.push('The file ends in the middle of a UTF-16 character; the last byte was left out.');
  return { text: canonicalText(decodeUtf16(bytes, encoding === 'utf-16le')), encoding, warnings };
}

/**
 * Decodes a text file. Throws FormatError('binary') for binary data. Does not check for
 * emptiness: an empty file decodes to "".
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', []);
  const bomless = sniffUtf16WithoutBom(bytes);
  if (bomless) {
    const decoded = utf16(bytes, bomless, [`The file has no byte-order mark; it was read as ${bomless === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}.`]);
    // Binary formats can have zero bytes in every other position too; their "text" is full of controls.
    if (looksBinary(new TextEncoder().encode(decoded.text.slice(0, SAMPLE_BYTES / 2)))) {
      throw new FormatError('binary', 'not a text file (it contains binary data)');
    }
    return decoded;
  }
  if (looksBinary(bytes)) throw new FormatError('binary', 'not a text file (it contains binary data)');
  try {
    return { text: canonicalText(decodeUtf8Text(bytes, { fatal: true })), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: canonicalText(decodeWindows1252(bytes)),
      encoding: 'windows-1252',
      warnings: ['The file is not valid UTF-8; it was read as Windows-1252. Check accented letters, quotes and currency signs.'],
    };
  }
}
