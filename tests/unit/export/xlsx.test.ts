import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnName, gridToXlsx, sheetNames, tablesToXlsx } from '../../../shared/export/xlsx';
import type { ReportTable } from '../../../shared/report/types';

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.file(name)!.async('string');
  return out;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#13;/g, '\r').replace(/&amp;/g, '&');

/** A sheet's cells by reference: value (text or number), style index and type. */
function cells(xml: string): Record<string, { value: string | number | null; style: string; type: string | null }> {
  const out: Record<string, { value: string | number | null; style: string; type: string | null }> = {};
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"(?: t="(\w+)")?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, style, type, body] = m;
    const text = body ? /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] : undefined;
    const number = body ? /<v>([^<]*)<\/v>/.exec(body)?.[1] : undefined;
    out[ref!] = { value: text !== undefined ? decode(text) : number !== undefined ? Number(number) : null, style: style!, type: type ?? null };
  }
  return out;
}

const TABLE: ReportTable = {
  title: 'Table 1: Findings [focus groups] / all? * yes',
  columns: ['Theme', 'Carers', 'Codings'],
  rows: [
    ['Toughest \u0001challenges\uFFFE', ['Challenges of adjustment', 'Information sharing'], 42],
    ['Examples & <changes> "here"', [], 7.5],
  ],
  note: 'Numbers are codings.',
};

describe('tablesToXlsx', () => {
  it('writes one sheet per table: header row bold and frozen, lists on wrapped lines, numbers as numbers, inline strings', async () => {
    const files = await parts(await tablesToXlsx([TABLE, { ...TABLE, title: 'Participants', note: '' }]));
    for (const [name, xml] of Object.entries(files)) expect(XMLValidator.validate(xml), name).toBe(true);
    expect(Object.keys(files)).toEqual(expect.arrayContaining([
      '[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml',
      'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'docProps/core.xml',
    ]));
    expect([...files['xl/workbook.xml']!.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Table 1 Findings focus groups', 'Participants', // cut at a word, not "… groups a"
    ]);

    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const c = cells(sheet);
    expect(c.A1).toEqual({ value: 'Theme', style: '1', type: 'inlineStr' });
    expect(c.C1).toEqual({ value: 'Codings', style: '1', type: 'inlineStr' });
    expect(c.A2).toEqual({ value: 'Toughest challenges', style: '2', type: 'inlineStr' });
    expect(c.B2).toEqual({ value: 'Challenges of adjustment\nInformation sharing', style: '2', type: 'inlineStr' });
    expect(c.C2).toEqual({ value: 42, style: '3', type: null });
    expect(c.A3!.value).toBe('Examples & <changes> "here"');
    expect(c.B3).toEqual({ value: null, style: '2', type: null });
    expect(c.C3!.value).toBe(7.5);
    // Title and note under the table, after a blank row, in italics.
    expect(c.A5).toEqual({ value: 'Table 1: Findings [focus groups] / all? * yes', style: '4', type: 'inlineStr' });
    expect(c.A6!.value).toBe('Numbers are codings.');
    expect(sheet).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/); // eslint-disable-line no-control-regex

    // Style 1 is bold on grey and wraps; style 2 wraps.
    const xfs = files['xl/styles.xml']!.match(/<cellXfs[\s\S]*<\/cellXfs>/)![0].match(/<xf [\s\S]*?(?:\/>|<\/xf>)/g)!;
    expect(xfs[1]).toContain('fontId="1"');
    expect(xfs[1]).toContain('wrapText="1"');
    expect(xfs[2]).toContain('wrapText="1"');
    expect(files['xl/styles.xml']!.match(/<font>[\s\S]*?<\/font>/g)![1]).toContain('<b/>');

    // Widths follow the content: the list column is wider than the count column.
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => Number(m[2]));
    expect(widths).toHaveLength(3);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
  });

  it('is deterministic', async () => {
    const a = await tablesToXlsx([TABLE]);
    const b = await tablesToXlsx([TABLE]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect((await parts(a))['docProps/core.xml']).toContain('<dc:creator>Storyloom</dc:creator>');
  });

  it('still writes a workbook with no tables', async () => {
    const files = await parts(await tablesToXlsx([]));
    expect(files['xl/workbook.xml']).toContain('<sheet name="Sheet 1"');
  });
});

describe('sheetNames', () => {
  it('makes names valid and unique: no []:*?/\\, at most 31 characters, not empty, not History', () => {
    const long = 'Findings from the focus groups and the narratives';
    const names = sheetNames([long, long, 'a/b\\c', '[]', "'quoted'", 'History', 'SHEET', 'sheet', '\u0001']);
    expect(names).toEqual([
      'Findings from the focus groups',
      'Findings from the focus (2)',
      'a b c',
      'Sheet 4',
      'quoted',
      'History 1',
      'SHEET',
      'sheet (2)',
      'Sheet 9',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('gridToXlsx', () => {
  it('writes the rows as given, the first as a frozen header, nulls as empty cells', async () => {
    const files = await parts(await gridToXlsx('Matrix: themes × sources', [['Theme', 'FG 1', 'FG 2'], ['Carer support', 3, null], ['Line\r\nbreak', 0, 'x']]));
    expect(files['xl/workbook.xml']).toContain('<sheet name="Matrix themes × sources"');
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('state="frozen"');
    const c = cells(sheet);
    expect(c.B1).toEqual({ value: 'FG 1', style: '1', type: 'inlineStr' });
    expect(c.B2).toEqual({ value: 3, style: '3', type: null });
    expect(c.C2).toEqual({ value: null, style: '2', type: null });
    expect(c.A3!.value).toBe('Line\nbreak');
    expect(sheet).toContain('<dimension ref="A1:C3"/>');
  });
});
