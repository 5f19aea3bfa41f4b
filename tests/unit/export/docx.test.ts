import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { codebookDocx, quoteReportDocx, tablesToDocx } from '../../../shared/export/docx';
import { columnWidths } from '../../../shared/export/docxTables';
import type { CodeId, SourceId } from '../../../shared/model';
import type { CodebookEntry, QuoteSection, ReportTable } from '../../../shared/report/types';

/** The text of an XML fragment as Word shows it: tabs and breaks kept, entities decoded. */
function textOf(xml: string): string {
  const parts = xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [];
  return parts.map((p) => (p === '<w:tab/>' ? '\t' : p === '<w:br/>' ? '\n' : p.replace(/<[^>]+>/g, '')))
    .join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

interface Para { style: string | null; text: string; xml: string }
function paragraphs(xml: string): Para[] {
  return (xml.match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: textOf(p),
    xml: p,
  }));
}

/** Tables as rows of cells, each cell its paragraphs' texts. */
function tables(xml: string): { xml: string; rows: string[][][] }[] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) => ({
    xml: t,
    rows: (t.match(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g) ?? []).map((r) =>
      (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => paragraphs(c).map((p) => p.text))),
  }));
}

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path}`);
  return file.async('string');
}

const TABLE: ReportTable = {
  title: 'Table 1: Findings & <notes> "quoted"',
  columns: ['Theme', 'Carers', 'Codings'],
  rows: [
    ['Toughest challenges \u0001for\u0008 carers', ['Challenges of adjustment', 'Information sharing'], 42],
    ['Examples & <changes> "here"\uFFFF', [], 7.5],
  ],
  note: 'Numbers are codings.',
};

describe('tablesToDocx', () => {
  it('writes a Title, the intro, a caption, a real bordered table with a repeated bold header row, and the note', async () => {
    const bytes = await tablesToDocx('Findings tables', [TABLE], ['An introduction.']);
    const xml = await part(bytes, 'word/document.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const paras = paragraphs(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''));
    expect(paras.slice(0, 3)).toMatchObject([
      { style: 'Title', text: 'Findings tables' },
      { style: null, text: 'An introduction.' },
      { style: 'Caption', text: 'Table 1: Findings & <notes> "quoted"' },
    ]);
    expect(paras[3]).toMatchObject({ style: 'TableNote', text: 'Numbers are codings.' });

    const [table] = tables(xml);
    expect(table!.rows).toEqual([
      [['Theme'], ['Carers'], ['Codings']],
      [['Toughest challenges for carers'], ['Challenges of adjustment', 'Information sharing'], ['42']],
      [['Examples & <changes> "here"'], [''], ['7.5']],
    ]);
    const [header, first] = table!.xml.match(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)!;
    expect(header).toContain('<w:tblHeader/>');
    expect(header).toContain('w:val="TableHeading"');
    expect(header).toContain('w:fill="D9D9D9"');
    expect(first).not.toContain('<w:tblHeader/>');
    // The number cell is right-aligned, the first column (row headings) bold.
    const cells = first!.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(cells[2]).toContain('<w:jc w:val="right"/>');
    expect(cells[0]).toContain('<w:b/>');
    expect(table!.xml).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
  });

  it('drops characters XML 1.0 forbids and escapes the rest', async () => {
    const xml = await part(await tablesToDocx('Title \u0002 & <b>', [TABLE]), 'word/document.xml');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/); // eslint-disable-line no-control-regex
    expect(xml).toContain('Examples &amp; &lt;changes&gt;');
    expect(paragraphs(xml)[0]!.text).toBe('Title  & <b>');
  });

  it('is deterministic, with fixed document properties and "Page n of m" in the footer', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let a: Uint8Array;
    let b: Uint8Array;
    try {
      vi.setSystemTime(new Date('2024-05-06T07:08:09Z'));
      a = await tablesToDocx('Same', [TABLE]);
      vi.setSystemTime(new Date('2031-12-30T23:59:58Z'));
      b = await tablesToDocx('Same', [TABLE]);
    } finally {
      vi.useRealTimers();
    }
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = await part(a, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>Storyloom</dc:creator>');
    expect(core).toContain('<dc:title>Same</dc:title>');
    expect(core).toContain('2000-01-01T00:00:00Z');
    const footer = await part(a, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });

  it('gives narrow columns to numbers without breaking a heading word, and fills the text width', () => {
    const widths = columnWidths(TABLE, 9000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(widths[2]!).toBeLessThan(widths[0]!);
    expect(widths[2]!).toBeGreaterThanOrEqual('Codings'.length * 120);
  });
});

const quote = (text: string, attribution: string, fidelity: 'ok' | 'failed' | 'unchecked' = 'ok') =>
  ({ quoteId: null, sourceId: 's' as SourceId, text, attribution, fidelity });

describe('quoteReportDocx', () => {
  const sections: QuoteSection[] = [{
    codeId: 't' as CodeId, heading: 'Toughest challenges', level: 1, quotes: [], children: [{
      codeId: 'p' as CodeId, heading: 'Carers', level: 2, quotes: [], children: [{
        codeId: 's' as CodeId, heading: 'Information sharing', level: 3,
        quotes: [quote('Every time [son] goes in ... I start again', '(FG 1)'), quote('written down four times', '(participant 4, focus group 1)', 'failed')],
        children: [],
      }],
    }],
  }];

  it('writes Heading 1/2/3 per level and each quote as an indented italic paragraph with its attribution in roman', async () => {
    const xml = await part(await quoteReportDocx('Quote report', sections), 'word/document.xml');
    const paras = paragraphs(xml);
    expect(paras.map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Quote report'],
      ['Heading1', 'Toughest challenges'],
      ['Heading2', 'Carers'],
      ['Heading3', 'Information sharing'],
      ['Quote', '\u201CEvery time [son] goes in ... I start again\u201D (FG 1).'],
      ['Quote', '\u201Cwritten down four times\u201D (participant 4, focus group 1). [check wording]'],
    ]);
    const runs = paras[4]!.xml.match(/<w:r>[\s\S]*?<\/w:r>/g)!;
    expect(runs[0]).not.toContain('<w:i w:val="false"/>'); // the words take the Quote style's italics
    expect(runs[1]).toContain('<w:i w:val="false"/>');
    expect(textOf(runs[1]!)).toBe(' (FG 1).');
  });

  it('caps deep levels at Heading 6 and says when there are no quotes', async () => {
    const deep: QuoteSection = { codeId: 'd' as CodeId, heading: 'Deep', level: 9, quotes: [quote('x', '')], children: [] };
    const xml = await part(await quoteReportDocx('Q', [deep]), 'word/document.xml');
    expect(paragraphs(xml).map((p) => [p.style, p.text])).toEqual([['Title', 'Q'], ['Heading6', 'Deep'], ['Quote', '\u201Cx\u201D']]);
    const empty = await part(await quoteReportDocx('Q', []), 'word/document.xml');
    expect(paragraphs(empty)[1]!.text).toBe('No quotes have been selected yet.');
  });
});

describe('codebookDocx', () => {
  const entry = (over: Partial<CodebookEntry>): CodebookEntry => ({
    codeId: 'c' as CodeId, path: ['T'], depth: 0, name: 'T', definition: '', aliases: [], status: 'candidate',
    codings: 0, sources: 0, participants: 0, exemplar: null, ...over,
  });

  it('writes a heading per code by depth, its definition, aliases, counts and exemplar', async () => {
    const xml = await part(await codebookDocx('Codebook', [
      entry({ name: 'Toughest challenges', definition: 'What makes it hardest.', codings: 12, sources: 3, participants: 5, status: 'reviewed' }),
      entry({
        name: 'Organisational barriers (culture)', depth: 2, aliases: ['Organisation barriers: Culture'], codings: 1, sources: 1, participants: 1,
        exemplar: { text: 'It is a belief, not a rule', attribution: '(FG 1)' },
      }),
    ]), 'word/document.xml');
    expect(paragraphs(xml).map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Codebook'],
      ['Heading1', 'Toughest challenges'],
      [null, 'What makes it hardest.'],
      ['AuthorNote', '12 codings, 3 sources, 5 participants. Status: reviewed.'],
      ['Heading3', 'Organisational barriers (culture)'],
      ['AuthorNote', 'No definition yet.'],
      [null, 'Also known as: Organisation barriers: Culture.'],
      ['AuthorNote', '1 coding, 1 source, 1 participant. Status: candidate.'],
      ['Quote', '\u201CIt is a belief, not a rule\u201D (FG 1).'],
    ]);
  });
});
