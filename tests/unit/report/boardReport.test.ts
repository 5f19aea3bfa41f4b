import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { boardReportDocx } from '../../../shared/export/docx';
import type { Code, CodeId, Memo, MemoAnchor, MemoId, ProjectBundle, Quote, QuoteId } from '../../../shared/model';
import {
  APPENDIX_TITLE, NO_QUOTES, NO_RECOMMENDATIONS, NO_SUMMARIES, TO_BE_COMPLETED, boardReport, ukDate,
  type BoardReportOptions,
} from '../../../shared/report/boardReport';
import type { BoardReport, BoardReportDetails, BoardSection } from '../../../shared/report/types';
import { sampleWithoutReportData } from '../../support/sample';

const DETAILS: BoardReportDetails = {
  meeting: 'Health and Wellbeing Board', date: '2026-03-12', title: 'Integrating support for unpaid carers',
  officer: 'Jo Bloggs', contact: 'jo.bloggs@example.gov.uk', portfolio: '', wards: 'All',
};
const BLANK: BoardReportDetails = { meeting: '', date: '', title: '', officer: '', contact: '', portfolio: '', wards: '' };
const T1 = 'Toughest challenges for integrating carer support services';

let base: ProjectBundle;
beforeAll(async () => { base = await sampleWithoutReportData(); });

/** A copy of the sample, so tests can add memos and quotes freely. */
function bundle(): ProjectBundle {
  return structuredClone(base);
}

function code(b: ProjectBundle, ...path: string[]): Code {
  let parent: string | null = null;
  let found: Code | undefined;
  for (const name of path) {
    found = b.codes.find((c) => c.name === name && c.parentId === parent);
    if (!found) throw new Error(`no code ${path.join(' > ')}`);
    parent = found.id;
  }
  return found!;
}

let memoCount = 0;
function addMemo(b: ProjectBundle, kind: Memo['kind'], anchor: MemoAnchor, text: string, createdAt = '2025-04-01T10:00:00.000Z'): void {
  memoCount += 1;
  b.memos.push({
    id: `00000000-0000-4000-8000-${String(memoCount).padStart(12, '0')}` as MemoId, projectId: b.project.id, kind, anchor,
    title: '', content: '', plainText: text, coderId: b.coders[0]!.id, createdAt, updatedAt: createdAt,
  });
}

/** Curates the first coding of each code as a quote, in the order given. */
function addQuotes(b: ProjectBundle, codes: readonly Code[]): Quote[] {
  const quotes = codes.map((c, order) => {
    const coding = b.codings.find((k) => k.codeId === c.id)!;
    const source = b.sources.find((s) => s.source.id === coding.sourceId)!;
    return {
      id: `10000000-0000-4000-8000-${String(order).padStart(12, '0')}` as QuoteId, projectId: b.project.id, codingId: coding.id,
      codeId: c.id as CodeId, text: source.text.text.slice(coding.start, coding.end), attribution: '', order, fidelity: 'ok' as const,
    };
  });
  b.quotes.push(...quotes);
  return quotes;
}

function options(b: ProjectBundle, over: Partial<BoardReportOptions> = {}): BoardReportOptions {
  const org = b.attributes.find((a) => a.name === 'Organisation category')!;
  return { findingsColumns: { kind: 'level', level: 2 }, participantsAttributeId: org.id, ...over };
}

const topLevel = (report: BoardReport) => report.sections.filter((s) => s.number === '' || /^\d+\.0?$/.test(s.number));
const find = (report: BoardReport, title: string): BoardSection => {
  const section = report.sections.find((s) => s.title === title);
  if (!section) throw new Error(`no section ${title}`);
  return section;
};
const texts = (section: BoardSection) => section.paragraphs.map((p) => `${p.number} ${p.text}`.trim());

describe('boardReport (Health and Wellbeing Board)', () => {
  it('follows the template: sections in order with their numbers', () => {
    const report = boardReport(bundle(), 'hwb', DETAILS, options(base));
    expect(topLevel(report).map((s) => `${s.number} ${s.title}`.trim())).toEqual([
      '1. Summary', '2. Recommendations', 'REPORT', '3. Purpose of Report', '4. Risk Assessment and Opportunities Appraisal',
      '5. Financial Implications', '6. Background', '7. Additional Information', '8. Conclusions', 'List of Background Papers',
      'Cabinet Member (Portfolio Holder)', 'Appendices', APPENDIX_TITLE,
    ]);
    expect(report.sections.filter((s) => s.number.startsWith('6.')).map((s) => `${s.number} ${s.title}`)).toEqual([
      '6. Background', '6.2 Participants', '6.3 Findings', '6.4 Selected quotes',
    ]);
  });

  it('prints the header from the details, blank fields as blank', () => {
    expect(boardReport(bundle(), 'hwb', DETAILS, options(base)).header).toEqual([
      ['Committee and Date', 'Health and Wellbeing Board, 12 March 2026'],
      ['Responsible Officer', 'Jo Bloggs'],
      ['Contact', 'jo.bloggs@example.gov.uk'],
    ]);
    const blank = boardReport(bundle(), 'hwb', BLANK, options(base));
    expect(blank.header.map(([, v]) => v)).toEqual(['', '', '']);
    expect(blank.title).toBe('');
    expect(JSON.stringify(blank)).not.toContain('undefined');
    expect(find(blank, 'Cabinet Member (Portfolio Holder)').paragraphs[0]!.text).toBe(TO_BE_COMPLETED);
    expect(find(boardReport(bundle(), 'hwb', { ...DETAILS, portfolio: 'Cllr A. Smith' }, options(base)), 'Cabinet Member (Portfolio Holder)')
      .paragraphs).toEqual([{ number: '', text: 'Cllr A. Smith' }]);
  });

  it('summarises the study: what it was, the methods, and the themes by name', () => {
    const summary = find(boardReport(bundle(), 'hwb', DETAILS, options(base)), 'Summary');
    expect(summary.paragraphs.map((p) => p.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(summary.paragraphs[0]!.text).toMatch(/^This report presents the findings of “Carers integration pilot \(sample\)”\. A fictional sample study/);
    expect(summary.paragraphs[1]!.text).toBe(
      'Data came from 2 focus groups held on 11 and 12 March 2025 with 11 participants, and 4 written narratives. '
      + 'The data were analysed using inductive thematic analysis (Braun & Clarke, 2006).');
    expect(summary.paragraphs[2]!.text).toBe(`The analysis found 7 themes: ${T1}; Examples of integrated changes; `
      + 'Experience of co-production and story-telling; Integration of services; Carer health and well-being; Carer support; '
      + 'and Cared-for (patient) health and well-being.');
  });

  it('numbers one recommendation per memo, in tree order then date, prefixed by theme and perspective', () => {
    const b = bundle();
    addMemo(b, 'recommendation', { type: 'code', id: code(b, 'Carer support').id }, 'Every carer is asked how they are at discharge.');
    addMemo(b, 'recommendation', { type: 'code', id: code(b, T1, 'HSC professionals').id }, 'Information governance guidance is rewritten.', '2025-04-03T00:00:00.000Z');
    addMemo(b, 'recommendation', { type: 'code', id: code(b, T1, 'Carers').id }, 'Carers are offered a named contact.', '2025-04-02T00:00:00.000Z');
    addMemo(b, 'recommendation', { type: 'code', id: code(b, T1, 'Carers').id }, 'Carers’ passports are used on every ward.', '2025-04-01T00:00:00.000Z');
    addMemo(b, 'recommendation', { type: 'code', id: code(b, 'Integration of services').id }, 'Integration of services: discharge letters go to the carer.');
    addMemo(b, 'memo', { type: 'code', id: code(b, 'Carer support').id }, 'Not a recommendation.');
    const report = boardReport(b, 'hwb', DETAILS, options(b));
    expect(texts(find(report, 'Recommendations'))).toEqual([
      `2.1 ${T1} — Carers: Carers’ passports are used on every ward.`,
      `2.2 ${T1} — Carers: Carers are offered a named contact.`,
      `2.3 ${T1} — HSC professionals: Information governance guidance is rewritten.`,
      '2.4 Integration of services: discharge letters go to the carer.',
      '2.5 Carer support: Every carer is asked how they are at discharge.',
    ]);
    expect(find(report, 'Summary').paragraphs[3]).toEqual({ number: '1.4', text: 'Section 2 sets out 5 recommendations, by theme.' });
  });

  it('says when no recommendations have been recorded', () => {
    expect(texts(find(boardReport(bundle(), 'hwb', DETAILS, options(base)), 'Recommendations'))).toEqual([`2.1 ${NO_RECOMMENDATIONS}`]);
  });

  it('leaves what the project cannot fill to the author', () => {
    const report = boardReport(bundle(), 'hwb', DETAILS, options(base));
    for (const [title, number] of [['Risk Assessment and Opportunities Appraisal', '4.1'], ['Financial Implications', '5.1'],
      ['Additional Information', '7.1'], ['Conclusions', '8.1'], ['List of Background Papers', '']] as const) {
      expect(find(report, title).paragraphs).toEqual([{ number, text: TO_BE_COMPLETED }]);
    }
  });

  it('gives the background: methods, the participants table, the findings tables', () => {
    const report = boardReport(bundle(), 'hwb', DETAILS, options(base));
    const background = find(report, 'Background');
    expect(background.paragraphs).toEqual([{ number: '6.1', text: expect.stringMatching(/^Data came from 2 focus groups/) }]);
    const [participants] = find(report, 'Participants').tables;
    expect(participants).toEqual({
      title: 'Table 1: Participants by organisation category',
      columns: ['Organisation category', 'Number of participants'],
      rows: [['Local authority', 3], ['NHS', 2], ['Charity', 1], ['Dementia training', 1], ['None (carer)', 4], ['Total', 11]],
      note: '',
    });
    const findings = find(report, 'Findings');
    expect(findings.paragraphs[0]!.text).toBe('Tables 2 and 3 set out the themes found and their subthemes.');
    expect(findings.tables.map((t) => [t.title, t.columns])).toEqual([
      ['Table 2: Themes and subthemes (Carers and HSC professionals)', ['Theme', 'Carers', 'HSC professionals']],
      ['Table 3: Themes and subthemes', ['Theme', 'Subthemes']],
    ]);
    expect(findings.tables[0]!.rows[0]).toEqual([T1,
      ['Challenges of adjustment', 'Information sharing', 'Providing person-centred care'],
      ['Organisational barriers (culture)', 'Organisational barriers (bureaucracy)', 'Organisational barriers (funding)']]);
    expect(findings.tables[1]!.rows.map((r) => r[0])).toEqual([
      'Integration of services', 'Carer health and well-being', 'Carer support', 'Cared-for (patient) health and well-being',
    ]);
  });

  it('leaves out the participants table when no attribute is chosen, and numbers the findings tables from 1', () => {
    const report = boardReport(bundle(), 'hwb', DETAILS, options(base, { participantsAttributeId: null }));
    expect(report.sections.some((s) => s.title === 'Participants')).toBe(false);
    expect(find(report, 'Findings').tables.map((t) => t.title)).toEqual(['Table 1: Themes and subthemes (Carers and HSC professionals)', 'Table 2: Themes and subthemes']);
    expect(report.sections.filter((s) => s.number.startsWith('6.')).map((s) => s.number)).toEqual(['6.', '6.2', '6.3']);
  });

  it('with no curated quotes, says so and lists none', () => {
    const report = boardReport(bundle(), 'hwb', DETAILS, options(base));
    expect(find(report, 'Selected quotes').paragraphs).toEqual([{ number: '', text: NO_QUOTES }]);
    expect(report.sections.some((s) => /^6\.4\.\d/.test(s.number))).toBe(false);
  });

  it('groups the selected quotes under their theme names with attributions, all by default or those chosen', () => {
    const b = bundle();
    const quotes = addQuotes(b, [code(b, 'Carer support', 'Being noticed and asked'), code(b, T1, 'Carers', 'Information sharing'),
      code(b, T1, 'HSC professionals', 'Organisational barriers (culture)')]);
    const report = boardReport(b, 'hwb', DETAILS, options(b));
    const groups = report.sections.filter((s) => /^6\.4\.\d$/.test(s.number));
    expect(groups.map((s) => `${s.number} ${s.title}`)).toEqual([`6.4.1 ${T1}`, '6.4.2 Carer support']);
    expect(groups[0]!.quotes.map((q) => [q.quoteId, q.attribution])).toEqual([[quotes[1]!.id, '(FG 1)'], [quotes[2]!.id, '(FG 1)']]);
    expect(groups[1]!.quotes.map((q) => q.text)).toEqual([quotes[0]!.text]);

    const chosen = boardReport(b, 'hwb', DETAILS, options(b, { quoteIds: [quotes[2]!.id], style: 'participant' }));
    const only = chosen.sections.filter((s) => /^6\.4\.\d$/.test(s.number));
    expect(only.map((s) => s.title)).toEqual([T1]);
    expect(only[0]!.quotes).toHaveLength(1);
    expect(only[0]!.quotes[0]!.attribution).toMatch(/^\(participant \d+, focus group 1\)$/);
  });

  it('puts each source’s framework summaries in the appendix, or a note when there are none', () => {
    const b = bundle();
    const fg1 = b.sources.find((s) => s.source.label === 'FG 1')!.source;
    addMemo(b, 'summary', { type: 'cell', id: fg1.id, codeId: code(b, 'Examples of integrated changes').id }, 'A named contact helped most.');
    addMemo(b, 'summary', { type: 'cell', id: fg1.id, codeId: code(b, T1).id }, 'Carers repeat their story.');
    const appendix = find(boardReport(b, 'hwb', DETAILS, options(b)), APPENDIX_TITLE);
    expect(appendix.tables).toEqual([{
      title: 'Focus group 1 (FG 1)', columns: ['Theme', 'Summary'],
      rows: [[T1, 'Carers repeat their story.'], ['Examples of integrated changes', 'A named contact helped most.']], note: '',
    }]);
    const none = find(boardReport(bundle(), 'hwb', DETAILS, options(base)), APPENDIX_TITLE);
    expect(none.tables).toEqual([]);
    expect(none.paragraphs).toEqual([{ number: '', text: NO_SUMMARIES }]);
  });
});

describe('boardReport (Policy and Performance Board)', () => {
  it('follows the template, numbered 1.0 … 9.0 with paragraphs 1.1 …', () => {
    const report = boardReport(bundle(), 'ppb', DETAILS, options(base));
    expect(topLevel(report).map((s) => `${s.number} ${s.title}`.trim())).toEqual([
      '1.0 PURPOSE OF THE REPORT', '2.0 RECOMMENDATION', '3.0 SUPPORTING INFORMATION', '4.0 POLICY IMPLICATIONS',
      '5.0 FINANCIAL IMPLICATIONS', '6.0 IMPLICATIONS FOR THE COUNCIL’S PRIORITIES', '7.0 RISK ANALYSIS',
      '8.0 EQUALITY AND DIVERSITY ISSUES', '9.0 LIST OF BACKGROUND PAPERS', APPENDIX_TITLE,
    ]);
    expect(find(report, 'PURPOSE OF THE REPORT').paragraphs.map((p) => p.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(find(report, 'PURPOSE OF THE REPORT').paragraphs[0]!.text)
      .toMatch(/^The purpose of this report is to present to the Board the findings of “Carers integration pilot \(sample\)”\./);
    expect(report.sections.filter((s) => s.number.startsWith('3.')).map((s) => `${s.number} ${s.title}`)).toEqual([
      '3.0 SUPPORTING INFORMATION', '3.2 Participants', '3.3 Findings', '3.4 Selected quotes',
    ]);
    for (const title of ['POLICY IMPLICATIONS', 'RISK ANALYSIS', 'EQUALITY AND DIVERSITY ISSUES']) {
      expect(texts(find(report, title))[0]).toMatch(new RegExp(`^\\d\\.1 \\[To be completed by the report author\\.\\]$`));
    }
  });

  it('prints REPORT TO … WARD(S), and its recommendations in the "That …" style', () => {
    const b = bundle();
    addMemo(b, 'recommendation', { type: 'code', id: code(b, T1, 'Carers').id }, 'Carers are offered a named contact.');
    addMemo(b, 'recommendation', { type: 'code', id: code(b, 'Carer support').id }, 'That the NHS asks every carer how they are.');
    addMemo(b, 'recommendation', { type: 'code', id: code(b, 'Integration of services').id }, 'NHS and council share one record.');
    const report = boardReport(b, 'ppb', { ...DETAILS, meeting: 'Health Policy and Performance Board', portfolio: 'Adult Social Care' }, options(b));
    expect(report.header).toEqual([
      ['REPORT TO:', 'Health Policy and Performance Board'], ['DATE:', '12 March 2026'], ['REPORTING OFFICER:', 'Jo Bloggs'],
      ['PORTFOLIO:', 'Adult Social Care'], ['SUBJECT:', 'Integrating support for unpaid carers'], ['WARD(S):', 'All'],
    ]);
    expect(texts(find(report, 'RECOMMENDATION'))).toEqual([
      `2.1 ${T1} — Carers: That carers are offered a named contact.`,
      '2.2 Integration of services: That NHS and council share one record.',
      '2.3 Carer support: That the NHS asks every carer how they are.',
    ]);
  });
});

describe('ukDate', () => {
  it('writes ISO dates the UK way and leaves anything else as written', () => {
    expect(ukDate('2026-03-12')).toBe('12 March 2026');
    expect(ukDate('2026-03-01T10:00:00Z')).toBe('1 March 2026');
    expect(ukDate(' next Tuesday ')).toBe('next Tuesday');
    expect(ukDate('2026-13-01')).toBe('2026-13-01');
    expect(ukDate('')).toBe('');
  });
});

/** Paragraph style and text of word/document.xml, outside and inside tables. */
async function documentOf(report: BoardReport): Promise<{ xml: string; paras: [string | null, string][] }> {
  const zip = await JSZip.loadAsync(await boardReportDocx(report));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paras = (xml.match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) ?? []).map((p): [string | null, string] => [
    /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    (p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? []).map((t) => (t === '<w:tab/>' ? '\t' : t.replace(/<[^>]+>/g, ''))).join('')
      .replace(/&amp;/g, '&').replace(/&apos;/g, "'"),
  ]);
  return { xml, paras };
}

describe('boardReportDocx', () => {
  it('writes the sections as Word headings, numbered paragraphs with their numbers, and real tables', async () => {
    const b = bundle();
    addMemo(b, 'recommendation', { type: 'code', id: code(b, T1, 'Carers').id }, 'Carers are offered a named contact.');
    const fg1 = b.sources.find((s) => s.source.label === 'FG 1')!.source;
    addMemo(b, 'summary', { type: 'cell', id: fg1.id, codeId: code(b, T1).id }, 'Carers repeat their story.');
    addQuotes(b, [code(b, T1, 'Carers', 'Information sharing')]);
    const { xml, paras } = await documentOf(boardReport(b, 'hwb', DETAILS, options(b)));

    const headings = paras.filter(([style]) => style?.startsWith('Heading'));
    expect(headings.slice(0, 4)).toEqual([
      ['Heading1', '1.\u2002Summary'], ['Heading1', '2.\u2002Recommendations'], ['Heading1', 'REPORT'], ['Heading1', '3.\u2002Purpose of Report'],
    ]);
    expect(headings).toEqual(expect.arrayContaining([
      ['Heading1', '6.\u2002Background'], ['Heading2', '6.2\u2002Participants'], ['Heading2', '6.3\u2002Findings'],
      ['Heading3', `6.4.1\u2002${T1}`], ['Heading1', APPENDIX_TITLE],
    ]));
    expect(paras).toContainEqual(['Title', 'Integrating support for unpaid carers']);
    expect(paras).toContainEqual(['NumberedParagraph', `2.1\t${T1} — Carers: Carers are offered a named contact.`]);
    expect(paras).toContainEqual(['NumberedParagraph', `4.1\t${TO_BE_COMPLETED}`]);
    expect(paras.find(([style]) => style === 'Quote')?.[1]).toMatch(/^“.+” \(FG 1\)\.$/);
    expect(paras).toContainEqual(['Caption', 'Table 1: Participants by organisation category']);

    // Header block, participants, two findings tables, one appendix table.
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    expect(tables).toHaveLength(5);
    expect(tables[0]).toContain('Committee and Date');
    expect(tables[1]).toContain('<w:tblHeader/>');
    expect(tables[1]).toContain('Dementia training');
    expect(tables[2]).toContain('Organisational barriers (bureaucracy)');
    expect(tables[4]).toContain('Carers repeat their story.');
    // The appendix starts a new page.
    expect(xml).toMatch(/<w:pageBreakBefore\/>[\s\S]{0,200}Appendix A/);
  });

  it('writes the ppb template, its title shown once (as SUBJECT)', async () => {
    const { paras } = await documentOf(boardReport(bundle(), 'ppb', DETAILS, options(base)));
    expect(paras.filter(([style]) => style === 'Heading1').map(([, text]) => text).slice(0, 3)).toEqual([
      '1.0\u2002PURPOSE OF THE REPORT', '2.0\u2002RECOMMENDATION', '3.0\u2002SUPPORTING INFORMATION',
    ]);
    expect(paras.some(([style]) => style === 'Title')).toBe(false);
    expect(paras).toContainEqual(['NumberedParagraph', `2.1\t${NO_RECOMMENDATIONS}`]);
  });
});
