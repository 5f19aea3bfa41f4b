/** The RTF reader: groups, destinations, code-page bytes, \uN with fallback skipping, breaks. */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../shared/import';
import { rtfToText } from '../../../shared/import/rtf';

const rtf = (source: string) => rtfToText(new TextEncoder().encode(source)).text;

describe('rtfToText', () => {
  it("decodes \\'hh in the \\ansicpg code page and \\uN with its ? fallback skipped", () => {
    const source = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1 Times \'a3;}}{\colortbl;\red0\green0\blue0;}` +
      String.raw`{\stylesheet{\s0 Normal;}}{\info{\title Secret}{\author Someone}}{\*\generator Riched20;}` + '\r\n' +
      String.raw`\pard\f0\fs24 Respite cost \'a340 a week.\par It\u8217?s \'93fine\'94\line she said.\tab Done\par}`;
    expect(rtf(source)).toBe('Respite cost \u00a340 a week.\nIt\u2019s \u201cfine\u201d\nshe said.\tDone');
  });

  it('skips \\ucN fallback characters, including \\\'hh ones, and keeps surrogate pairs', () => {
    expect(rtf(String.raw`{\rtf1\uc2 caf\u233\'65\'27 ok\uc1 \u-10179?\u-8704? end}`)).toBe('caf\u00e9 ok\ud83d\ude00 end');
  });

  it('reads escaped braces and backslashes, \\~ and the named quote words', () => {
    expect(rtf(String.raw`{\rtf1 a\{b\}c\\d\~e \lquote x\rquote  \ldblquote y\rdblquote \emdash z}`)).toBe('a{b}c\\d\u00a0e \u2018x\u2019 \u201cy\u201d\u2014z');
  });

  it('skips field instructions but keeps field results, and ignores \\* destinations it does not know', () => {
    expect(rtf(String.raw`{\rtf1 See {\field{\*\fldinst HYPERLINK "https://x.org"}{\fldrslt the page}}.{\*\unknown hidden} Done}`)).toBe('See the page. Done');
  });

  it('reads other code pages through the platform decoder (Cyrillic, 1251)', () => {
    expect(rtf(String.raw`{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2}`)).toBe('\u041f\u0440\u0438\u0432\u0435\u0442');
  });

  it('warns when the groups are not closed', () => {
    expect(rtfToText(new TextEncoder().encode(String.raw`{\rtf1 cut off\par more`)).warnings[0]).toMatch(/ends before all of its groups are closed/);
  });
});

describe('RTF through parseFile', () => {
  it('detects speakers in RTF paragraphs', async () => {
    const bytes = new TextEncoder().encode(String.raw`{\rtf1\ansi Interviewer: How was it?\par P1: Hard, \'93really\'94 hard.\par Interviewer: Thank you.\par}`);
    const doc = await parseFile(bytes, 'fg.rtf');
    if (doc.kind !== 'document') throw new Error('not a document');
    expect(doc.format).toBe('rtf');
    expect(doc.speakers).toEqual([{ name: 'Interviewer', turns: 2 }, { name: 'P1', turns: 1 }]);
    expect(doc.text.slice(doc.turns[1]?.start, doc.turns[1]?.end)).toBe('Hard, \u201creally\u201d hard.');
  });
});
