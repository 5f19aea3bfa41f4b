import { describe, expect, it } from 'vitest';
import { gridToMarkdown, quoteReportMarkdown, tableToMarkdown } from '../../../shared/export/markdown';
import type { QuoteSection, ReportTable } from '../../../shared/report/types';

const quote = (text: string, attribution: string) => ({ quoteId: null, sourceId: 's' as never, text, attribution, fidelity: 'ok' as const });
const section = (heading: string, level: number, quotes: ReturnType<typeof quote>[], children: QuoteSection[] = []): QuoteSection =>
  ({ codeId: heading as never, heading, level, quotes, children });

describe('tableToMarkdown', () => {
  it('writes the title, the table and the note, escaping pipes, line breaks and markup', () => {
    const table: ReportTable = {
      title: 'Table 2: Participants', note: 'Counts exclude facilitators.',
      columns: ['Group | kind', 'Number'],
      rows: [['Carers\nunpaid', 4], [['a|b', 'c\\d <e>'], 0]],
    };
    expect(tableToMarkdown(table)).toBe([
      '### Table 2: Participants',
      '',
      '| Group \\| kind | Number |',
      '| --- | --- |',
      '| Carers<br>unpaid | 4 |',
      '| a\\|b<br>c\\\\d &lt;e> | 0 |',
      '',
      'Counts exclude facilitators.',
      '',
    ].join('\n'));
  });

  it('leaves out an empty title and note; an empty list cell is blank', () => {
    expect(tableToMarkdown({ title: '', note: '', columns: ['Theme', 'Carers'], rows: [['T', []]] }))
      .toBe('| Theme | Carers |\n| --- | --- |\n| T |  |\n');
  });
});

describe('gridToMarkdown', () => {
  it('takes the first row as the header and pads short rows', () => {
    expect(gridToMarkdown([['Source', 'Theme A', 'Theme B'], ['FG 1', 3, null], ['FG 2']])).toBe(
      '| Source | Theme A | Theme B |\n| --- | --- | --- |\n| FG 1 | 3 |  |\n| FG 2 |  |  |\n');
    expect(gridToMarkdown([])).toBe('');
  });
});

describe('quoteReportMarkdown', () => {
  it('writes headings by level and each quote as a blockquote with its attribution', () => {
    const sections = [section('Toughest challenges', 1, [], [
      section('Carers', 2, [], [section('Information sharing', 3, [quote('I have to start again [general agreement]', '(FG 1)')])]),
      section('HSC professionals', 2, [quote('Two lines\nof speech', '(participant 4, focus group 1)'), quote('<b>bold</b>', '(FG 2)')]),
    ])];
    expect(quoteReportMarkdown('Quotes', sections)).toBe([
      '# Quotes',
      '',
      '## Toughest challenges',
      '',
      '### Carers',
      '',
      '#### Information sharing',
      '',
      '> \u201CI have to start again [general agreement]\u201D (FG 1)',
      '',
      '### HSC professionals',
      '',
      '> \u201CTwo lines',
      '> of speech\u201D (participant 4, focus group 1)',
      '',
      '> \u201C&lt;b>bold&lt;/b>\u201D (FG 2)',
      '',
    ].join('\n'));
  });

  it('caps headings at six levels and writes only the title for no sections', () => {
    expect(quoteReportMarkdown('Q', [section('Deep', 7, [])])).toBe('# Q\n\n###### Deep\n');
    expect(quoteReportMarkdown('Q', [])).toBe('# Q\n');
  });
});
