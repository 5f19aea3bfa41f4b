/** Text decoding: UTF-8 with and without BOM, UTF-16 both ways, the Windows-1252 fallback, binary refused. */
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../shared/import';
import { FormatError } from '../../../shared/import/errors';
import { bytesOf, randomBytes } from './support/fixtures';

/** UTF-16 bytes of a string, with a BOM, in either byte order. */
function utf16(text: string, isLittleEndian: boolean, withBom = true): Uint8Array {
  const all = (withBom ? '\uFEFF' : '') + text;
  const units = Array.from({ length: all.length }, (_, i) => all.charCodeAt(i));
  return Uint8Array.from(units.flatMap((u) => (isLittleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

describe('decodeText', () => {
  it('reads UTF-8, strips its BOM and canonicalises line endings only', () => {
    expect(decodeText(bytesOf(0xef, 0xbb, 0xbf, 'Caf\u00e9\r\nline\rtwo  \t'))).toEqual({ text: 'Caf\u00e9\nline\ntwo  \t', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a BOM, astral characters included', () => {
    const text = 'Carer \u201cquote\u201d \u00a3 \ud83d\ude00\r\nend';
    expect(decodeText(utf16(text, true))).toMatchObject({ text: 'Carer \u201cquote\u201d \u00a3 \ud83d\ude00\nend', encoding: 'utf-16le', warnings: [] });
    expect(decodeText(utf16(text, false))).toMatchObject({ text: 'Carer \u201cquote\u201d \u00a3 \ud83d\ude00\nend', encoding: 'utf-16be', warnings: [] });
  });

  it('recognises BOM-less UTF-16 by its zero bytes, and says so', () => {
    const decoded = decodeText(utf16('Interviewer: hello there', true, false));
    expect(decoded).toMatchObject({ text: 'Interviewer: hello there', encoding: 'utf-16le' });
    expect(decoded.warnings[0]).toMatch(/no byte-order mark/);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8: curly quotes and the pound sign', () => {
    const decoded = decodeText(bytesOf(0x93, 'Respite', 0x94, ' cost ', 0xa3, '40 ', 0x96, ' caf', 0xe9, '\r\n'));
    expect(decoded.text).toBe('\u201cRespite\u201d cost \u00a340 \u2013 caf\u00e9\n');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings[0]).toMatch(/not valid UTF-8; it was read as Windows-1252/);
  });

  it('refuses binary data: NUL bytes, or random bytes', () => {
    expect(() => decodeText(bytesOf('text', 0, 'more'))).toThrow(FormatError);
    expect(() => decodeText(randomBytes(4096))).toThrow('not a text file (it contains binary data)');
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(new Uint8Array(0)).text).toBe('');
  });
});

describe('decodeWindows1252', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);

  it('maps 0x80-0x9F to the code page, everything else to Latin-1', () => {
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text.slice(0x80, 0xa0)).toBe('\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178');
    for (let b = 0; b < 256; b++) if (b < 0x80 || b > 0x9f) expect(text.charCodeAt(b)).toBe(b);
  });

  it('is needed: Node 20 reads the "windows-1252" label as Latin-1, with C1 controls at 0x80-0x9F', () => {
    // Why the table is written out in codePage.ts rather than left to TextDecoder.
    const platform = new TextDecoder('windows-1252').decode(Uint8Array.of(0x93, 0x80));
    expect(['\u201c\u20ac', '\u0093\u0080']).toContain(platform);
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x80))).toBe('\u201c\u20ac');
  });
});
