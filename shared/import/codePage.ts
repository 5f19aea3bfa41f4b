/**
 * Single-byte code pages. Windows-1252 is written out here because TextDecoder's legacy labels
 * need ICU, which some Node builds and embedded runtimes lack; it is also the fallback for
 * text that is not valid UTF-8 (most of it was typed on Windows in Western Europe).
 */

/**
 * Windows-1252 bytes 0x80-0x9F (WHATWG Encoding Standard's index). The five bytes the code
 * page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same
 * value, as browsers do. Every other byte is its Latin-1 code point.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** The character of one Windows-1252 byte. */
export function windows1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte);
}

/** Decodes Windows-1252 bytes. Never fails: every byte has a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    codes[i] = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
  }
  return fromCharCodes(codes);
}

/** String.fromCharCode over a long array, in slices small enough for the argument limit. */
export function fromCharCodes(codes: ArrayLike<number>): string {
  const parts: string[] = [];
  const slice = 8192;
  for (let at = 0; at < codes.length; at += slice) {
    parts.push(String.fromCharCode(...Array.prototype.slice.call(codes, at, at + slice) as number[]));
  }
  return parts.join('');
}

/** Code pages whose WHATWG label is not "windows-N". */
const NAMED_CODE_PAGES: Record<number, string> = {
  65001: 'utf-8', 10000: 'macintosh', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 20866: 'koi8-r',
};

export interface CodePageDecoder {
  decode(bytes: Uint8Array): string;
  /** False when the code page was unknown here and Windows-1252 stood in for it. */
  isExact: boolean;
}

/**
 * A decoder for a Windows code page number (RTF's \ansicpg). 1252 (and 0, "ANSI") are built in;
 * others go through TextDecoder when the platform knows them, else Windows-1252 stands in.
 */
export function codePageDecoder(codePage: number): CodePageDecoder {
  if (codePage === 1252 || codePage === 0 || codePage === 20127 || codePage === 28591) {
    return { decode: decodeWindows1252, isExact: true };
  }
  const label = NAMED_CODE_PAGES[codePage] ?? `windows-${codePage}`;
  try {
    const decoder = new TextDecoder(label);
    return { decode: (bytes) => decoder.decode(bytes), isExact: true };
  } catch {
    return { decode: decodeWindows1252, isExact: false };
  }
}
