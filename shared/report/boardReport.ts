/**
 * The board report (DOMAIN.md "The board report"): a council committee report in one of two
 * templates, Health and Wellbeing Board (hwb: "1. Summary", paragraphs 1.1, 1.2 …) or Policy and
 * Performance Board (ppb: "1.0 PURPOSE OF THE REPORT", paragraphs 1.1 …), filled from the project
 * where the project can fill it (summary, recommendations, methods, participants and findings
 * tables, selected quotes, the framework summaries) and marked "[To be completed by the report
 * author.]" where only the officer can (risk, finance, policy, equality).
 *
 * Structure within a section: its numbered paragraphs, then its tables, then its quotes. Where a
 * section needs text, tables and quotes in turn, it is followed by sub-sections numbered like
 * paragraphs ("6.2 Participants", "6.4.1 <theme>"), which writers print as lower headings.
 */
import { buildCodeTree, flattenTree } from '../analysis/codeTree';
import type { Code, Memo, ProjectBundle } from '../model';
import { findingsReportTables, findingsTable, type FindingsColumns } from './findingsTable';
import { summaryTexts } from './framework';
import { methodsParagraph } from './methods';
import { participantsTable } from './participantsTable';
import { quoteReport } from './quoteReport';
import type {
  BoardParagraph, BoardReport, BoardReportDetails, BoardSection, BoardTemplate, QuoteSection, ReportQuote, ReportTable,
} from './types';

export interface BoardReportOptions {
  /** e.g. { kind: 'level', level: 2 } */
  findingsColumns: FindingsColumns;
  /** e.g. the 'Organisation category' attribute; null = no participants table. */
  participantsAttributeId: string | null;
  /**
   * The quotes to include (default: every curated quote, by order); when none are curated, the
   * quotes section says so in a paragraph.
   */
  quoteIds?: readonly string[];
  style?: 'source' | 'participant';
}

export const TO_BE_COMPLETED = '[To be completed by the report author.]';
export const NO_RECOMMENDATIONS = 'No recommendations have been recorded yet.';
export const NO_QUOTES = 'No quotes have been selected for this report yet.';
export const NO_SUMMARIES = 'No summaries of findings per source have been written yet.';
export const APPENDIX_TITLE = 'Appendix A: Summary of findings per source';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** "2026-03-12" -> "12 March 2026"; anything else as written (trimmed). */
export function ukDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month || Number(match[3]) < 1 || Number(match[3]) > 31) return iso.trim();
  return `${Number(match[3])} ${month} ${match[1]!}`;
}

const field = (value: string | undefined | null) => (value ?? '').trim();

function header(template: BoardTemplate, details: BoardReportDetails): (readonly [string, string])[] {
  const date = ukDate(field(details.date));
  if (template === 'hwb') {
    // The title is the report's own line under the header, as in the council's template.
    return [
      ['Committee and Date', [field(details.meeting), date].filter(Boolean).join(', ')],
      ['Responsible Officer', field(details.officer)],
      ['Contact', field(details.contact)],
    ];
  }
  return [
    ['REPORT TO:', field(details.meeting)],
    ['DATE:', date],
    ['REPORTING OFFICER:', field(details.officer)],
    ['PORTFOLIO:', field(details.portfolio)],
    ['SUBJECT:', field(details.title)],
    ['WARD(S):', field(details.wards)],
  ];
}

/** Numbers paragraphs "<section>.1", "<section>.2" … from `first`; empty texts are left out. */
class Numberer {
  private next: number;
  constructor(private readonly section: number, first = 1) { this.next = first; }
  /** The number the next paragraph or sub-heading takes. */
  take(): string { return `${this.section}.${this.next++}`; }
  paragraphs(texts: readonly string[]): BoardParagraph[] {
    return texts.filter((t) => t.trim() !== '').map((text) => ({ number: this.take(), text: text.trim() }));
  }
}

function section(number: string, title: string, parts: Partial<Omit<BoardSection, 'number' | 'title'>> = {}): BoardSection {
  return { number, title, paragraphs: parts.paragraphs ?? [], tables: parts.tables ?? [], quotes: parts.quotes ?? [] };
}

/** A section the project cannot fill: one paragraph asking the author to complete it. */
function toComplete(number: string, title: string, sectionNumber: number | null): BoardSection {
  return section(number, title, { paragraphs: [{ number: sectionNumber === null ? '' : `${sectionNumber}.1`, text: TO_BE_COMPLETED }] });
}

/** "a", "a and b", "a; b; and c" (theme names may hold commas). */
function listJoin(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]!}`;
}

/** The description's first sentence, or "". */
function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const match = /^.+?[.!?](?=\s+[\p{Lu}\d"“(]|$)/u.exec(trimmed);
  return (match ? match[0] : trimmed).trim();
}

function themesSentence(bundle: ProjectBundle): string {
  const themes = buildCodeTree(bundle.codes, []).map((n) => n.code.name.trim()).filter(Boolean);
  if (themes.length === 0) return 'No themes have been defined yet.';
  if (themes.length === 1) return `The analysis found one theme: ${themes[0]!}.`;
  return `The analysis found ${themes.length} themes: ${listJoin(themes)}.`;
}

function studyName(bundle: ProjectBundle): string {
  const name = bundle.project.name.trim();
  return name ? `\u201C${name}\u201D` : 'this study';
}

function introSentences(bundle: ProjectBundle, lead: string): string {
  const description = firstSentence(bundle.project.description);
  return description ? `${lead} ${description}` : lead;
}

// ---------------------------------------------------------------------------------------------
// Recommendations

interface Recommendation { memo: Memo; prefix: string }

/** 'recommendation' memos on codes: tree order of their code, then createdAt; unknown codes last. */
function recommendations(bundle: ProjectBundle): Recommendation[] {
  const nodes = flattenTree(buildCodeTree(bundle.codes, []));
  const position = new Map(nodes.map((n, i) => [n.code.id as string, { index: i, path: n.path }]));
  const memos = bundle.memos.filter((m) => m.kind === 'recommendation' && m.anchor.type === 'code' && m.plainText.trim() !== '');
  const place = (m: Memo) => (m.anchor.type === 'code' ? position.get(m.anchor.id) : undefined);
  return memos
    .map((memo) => ({ memo, at: place(memo) }))
    .sort((a, b) => (a.at?.index ?? Infinity) - (b.at?.index ?? Infinity) || compare(a.memo.createdAt, b.memo.createdAt))
    .map(({ memo, at }) => ({ memo, prefix: at ? recommendationPrefix(at.path, memo.plainText) : '' }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "Theme — Perspective" (the code's path), unless the memo already opens with that path or the theme's name. */
function recommendationPrefix(path: readonly string[], text: string): string {
  const prefix = path.map((p) => p.trim()).filter(Boolean).join(' \u2014 ');
  const opening = text.trim().toLowerCase();
  const theme = (path[0] ?? '').trim().toLowerCase();
  if (!prefix || opening.startsWith(prefix.toLowerCase()) || (theme && opening.startsWith(theme))) return '';
  return prefix;
}

/** ppb style: "That …" — an ordinary capitalised first word is lower-cased after "That". */
function thatStyle(text: string): string {
  const trimmed = text.trim();
  if (/^that\b/i.test(trimmed)) return `That${trimmed.slice(4)}`;
  const first = trimmed.split(/\s+/)[0] ?? '';
  const lower = /^\p{Lu}\p{Ll}+[,;:]?$/u.test(first) && first !== 'I' ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
  return `That ${lower}`;
}

function recommendationParagraphs(bundle: ProjectBundle, template: BoardTemplate, sectionNumber: number): BoardParagraph[] {
  const numbers = new Numberer(sectionNumber);
  const found = recommendations(bundle);
  if (found.length === 0) return numbers.paragraphs([NO_RECOMMENDATIONS]);
  return numbers.paragraphs(found.map(({ memo, prefix }) => {
    const text = template === 'ppb' ? thatStyle(memo.plainText) : memo.plainText.trim();
    return prefix ? `${prefix}: ${text}` : text;
  }));
}

// ---------------------------------------------------------------------------------------------
// Background / Supporting Information

/** Each theme's selected quotes, the theme's own and those beneath it, in report order. */
function quotesByTheme(bundle: ProjectBundle, options: BoardReportOptions): { theme: string; quotes: ReportQuote[] }[] {
  const wanted = options.quoteIds ? new Set(options.quoteIds) : null;
  const all = (s: QuoteSection): ReportQuote[] => [...s.quotes, ...s.children.flatMap(all)];
  return quoteReport(bundle, { style: options.style, allExtractsWhenNoQuotes: false })
    .map((s) => ({ theme: s.heading, quotes: all(s).filter((q) => q.quoteId !== null && (!wanted || wanted.has(q.quoteId))) }))
    .filter((g) => g.quotes.length > 0);
}

function numbered(table: ReportTable, n: number): ReportTable {
  return { ...table, title: `Table ${n}: ${table.title}` };
}

function tableList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `Table ${numbers[0]!} sets`;
  return `Tables ${listJoin(numbers.map(String))} set`;
}

function background(bundle: ProjectBundle, options: BoardReportOptions, sectionNumber: number, number: string, title: string): BoardSection[] {
  const numbers = new Numberer(sectionNumber);
  const methods = methodsParagraph(bundle);
  const out: BoardSection[] = [section(number, title, {
    paragraphs: numbers.paragraphs([methods || 'The data and the method have not been described yet.']),
  })];

  let tableNumber = 1;
  if (options.participantsAttributeId !== null) {
    const table = numbered(participantsTable(bundle, options.participantsAttributeId), tableNumber++);
    out.push(section(numbers.take(), 'Participants', { tables: [table] }));
  }
  const findings = findingsReportTables(findingsTable(bundle, options.findingsColumns), { firstNumber: tableNumber });
  const findingsNumber = numbers.take();
  out.push(section(findingsNumber, 'Findings', {
    paragraphs: findings.length > 0
      ? [{ number: '', text: `${tableList(findings.map((_, i) => tableNumber + i))} out the themes found and their subthemes.` }]
      : [{ number: '', text: 'No themes have been defined yet.' }],
    tables: findings,
  }));

  const groups = quotesByTheme(bundle, options);
  const quotesNumber = numbers.take();
  out.push(section(quotesNumber, 'Selected quotes', {
    paragraphs: [{
      number: '',
      text: groups.length > 0 ? 'The quotes below are grouped under their themes; each ends with its source in brackets.' : NO_QUOTES,
    }],
  }));
  groups.forEach((g, i) => out.push(section(`${quotesNumber}.${i + 1}`, g.theme, { quotes: g.quotes })));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Appendix

/** A Theme | Summary table per source with 'summary' memos, in source order, rows in tree order. */
function summaryTables(bundle: ProjectBundle): ReportTable[] {
  const texts = summaryTexts(bundle.memos);
  const codes: Code[] = flattenTree(buildCodeTree(bundle.codes, [])).map((n) => n.code);
  const sources = [...bundle.sources].map((s) => s.source).sort((a, b) => a.order - b.order);
  return sources.flatMap((source) => {
    const rows = codes.flatMap((code) => {
      const text = texts.get(`${source.id}|${code.id}`);
      return text ? [[code.name, text] as const] : [];
    });
    if (rows.length === 0) return [];
    const title = [source.title.trim(), source.label.trim() ? `(${source.label.trim()})` : ''].filter(Boolean).join(' ');
    return [{ title, columns: ['Theme', 'Summary'], rows, note: '' }];
  });
}

function appendix(bundle: ProjectBundle): BoardSection {
  const tables = summaryTables(bundle);
  return section('', APPENDIX_TITLE, {
    paragraphs: [{ number: '', text: tables.length > 0 ? 'The researcher\u2019s summary of each theme in each source.' : NO_SUMMARIES }],
    tables,
  });
}

// ---------------------------------------------------------------------------------------------
// The templates

function hwb(bundle: ProjectBundle, details: BoardReportDetails, options: BoardReportOptions): BoardSection[] {
  const summary = new Numberer(1);
  const count = recommendations(bundle).length;
  return [
    section('1.', 'Summary', {
      paragraphs: summary.paragraphs([
        introSentences(bundle, `This report presents the findings of ${studyName(bundle)}.`),
        methodsParagraph(bundle),
        themesSentence(bundle),
        count > 0 ? `Section 2 sets out ${count === 1 ? 'one recommendation' : `${count} recommendations`}, by theme.` : '',
      ]),
    }),
    section('2.', 'Recommendations', { paragraphs: recommendationParagraphs(bundle, 'hwb', 2) }),
    section('', 'REPORT'),
    section('3.', 'Purpose of Report', {
      paragraphs: new Numberer(3).paragraphs([
        `To present to the Board the findings of ${studyName(bundle)} and the recommendations arising from them.`,
      ]),
    }),
    toComplete('4.', 'Risk Assessment and Opportunities Appraisal', 4),
    toComplete('5.', 'Financial Implications', 5),
    ...background(bundle, options, 6, '6.', 'Background'),
    toComplete('7.', 'Additional Information', 7),
    toComplete('8.', 'Conclusions', 8),
    toComplete('', 'List of Background Papers', null),
    field(details.portfolio)
      ? section('', 'Cabinet Member (Portfolio Holder)', { paragraphs: [{ number: '', text: field(details.portfolio) }] })
      : toComplete('', 'Cabinet Member (Portfolio Holder)', null),
    section('', 'Appendices', { paragraphs: [{ number: '', text: APPENDIX_TITLE }] }),
    appendix(bundle),
  ];
}

function ppb(bundle: ProjectBundle, options: BoardReportOptions): BoardSection[] {
  return [
    section('1.0', 'PURPOSE OF THE REPORT', {
      paragraphs: new Numberer(1).paragraphs([
        introSentences(bundle, `The purpose of this report is to present to the Board the findings of ${studyName(bundle)}.`),
        methodsParagraph(bundle),
        themesSentence(bundle),
      ]),
    }),
    section('2.0', 'RECOMMENDATION', { paragraphs: recommendationParagraphs(bundle, 'ppb', 2) }),
    ...background(bundle, options, 3, '3.0', 'SUPPORTING INFORMATION'),
    toComplete('4.0', 'POLICY IMPLICATIONS', 4),
    toComplete('5.0', 'FINANCIAL IMPLICATIONS', 5),
    toComplete('6.0', 'IMPLICATIONS FOR THE COUNCIL\u2019S PRIORITIES', 6),
    toComplete('7.0', 'RISK ANALYSIS', 7),
    toComplete('8.0', 'EQUALITY AND DIVERSITY ISSUES', 8),
    toComplete('9.0', 'LIST OF BACKGROUND PAPERS', 9),
    appendix(bundle),
  ];
}

/**
 * The board report of `bundle` in `template`. Throws (from the findings and participants tables)
 * for a findings level below 2 or an attribute the project does not have.
 */
export function boardReport(bundle: ProjectBundle, template: BoardTemplate, details: BoardReportDetails, options: BoardReportOptions): BoardReport {
  return {
    template,
    header: header(template, details),
    title: field(details.title),
    sections: template === 'hwb' ? hwb(bundle, details, options) : ppb(bundle, options),
  };
}
