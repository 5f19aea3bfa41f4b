import { describe, expect, it } from 'vitest';
import { canonicalText, decodeUtf8Text, encodeUtf8Text, isCanonicalText, nonBlankLines } from '../../../shared/text/canonical';

describe('canonicalText', () => {
  it('strips one leading BOM and turns CRLF and lone CR into LF', () => {
    expect(canonicalText('\uFEFFa\r\nb\rc\nd\r\n\r\n')).toBe('a\nb\nc\nd\n\n');
    expect(canonicalText('\r\r\n\n')).toBe('\n\n\n');
  });

  it('alters nothing else', () => {
    const text = 'tab\there\u00A0nbsp  trailing  \n\u200Bzero-width \uFEFF inner BOM 😀';
    expect(canonicalText(text)).toBe(text);
    expect(canonicalText('\uFEFF\uFEFFtwo')).toBe('\uFEFFtwo');
  });

  it('is idempotent and says when a text is already canonical', () => {
    const once = canonicalText('\uFEFFx\r\ny\r');
    expect(canonicalText(once)).toBe(once);
    expect(isCanonicalText(once)).toBe(true);
    expect(isCanonicalText('x\r\ny')).toBe(false);
    expect(isCanonicalText('\uFEFFx')).toBe(false);
  });
});

describe('decodeUtf8Text', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('drops a UTF-8 BOM and keeps line endings', () => {
    expect(decodeUtf8Text(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62))).toBe('a\r\nb');
    expect(decodeUtf8Text(bytes(0x61))).toBe('a');
  });

  it('decodes astral characters and round-trips with encodeUtf8Text', () => {
    const text = 'Mary: 我很累 👩‍👧 𝕏';
    expect(decodeUtf8Text(encodeUtf8Text(text))).toBe(text);
    expect(encodeUtf8Text('é')).toEqual(bytes(0xc3, 0xa9));
  });

  it('replaces invalid bytes, or throws when asked to be strict', () => {
    expect(decodeUtf8Text(bytes(0x43, 0xe9))).toBe('C\uFFFD');
    expect(() => decodeUtf8Text(bytes(0x43, 0xe9), { fatal: true })).toThrow(TypeError);
  });
});

describe('nonBlankLines', () => {
  it('gives each non-blank line without its surrounding whitespace', () => {
    const text = '  one \n\n\t\ntwo\nthree  ';
    expect(nonBlankLines(text).map((r) => text.slice(r.start, r.end))).toEqual(['one', 'two', 'three']);
    expect(nonBlankLines('')).toEqual([]);
    expect(nonBlankLines('\n \n')).toEqual([]);
  });
});
