/**
 * HTML writers for the quote report and report tables: one self-contained page that opens in
 * any browser, prints cleanly and pastes into Word with real tables. Nothing leaves the
 * machine: inline CSS only, no scripts, no fonts or images, and a content security policy that
 * would refuse them anyway.
 */
import { cellLines } from '../report/cells';
import type { QuoteSection, ReportTable } from '../report/types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped text whose line breaks become <br>. */
function lines(text: string): string {
  return escapeHtml(text).replace(/\r?\n|\r/g, '<br>');
}

const CSS = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a;
  max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.8em; } h3 { font-size: 1.12em; }
h4, h5, h6 { font-size: 1em; }
blockquote { margin: 0.8em 0 0.8em 1.5em; padding-left: 0.8em; border-left: 3px solid #c8c8c8; }
.attribution { white-space: nowrap; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; }
caption { text-align: left; font-weight: bold; margin-bottom: 0.4em; }
th, td { border: 1px solid #808080; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #ececec; }
td.number { text-align: right; }
p.note { font-size: 0.9em; margin-top: -0.5em; }
@media print { body { margin: 0; max-width: none; } blockquote, tr { break-inside: avoid; } }
`.trim();

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** The page around a body: UTF-8, lang="en-GB", inline CSS, no scripts. */
function page(title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title.trim())}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title.trim())}</h1>`,
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sectionHtml(section: QuoteSection): string[] {
  const level = Math.min(section.level + 1, 6);
  return [
    '<section>',
    `<h${level}>${escapeHtml(section.heading)}</h${level}>`,
    ...section.quotes.map((q) => `<blockquote><p>\u201C${lines(q.text.trim())}\u201D <span class="attribution">${escapeHtml(q.attribution)}</span></p></blockquote>`),
    ...section.children.flatMap(sectionHtml),
    '</section>',
  ];
}

/**
 * A complete, self-contained HTML page (UTF-8, lang="en-GB", inline CSS only, no scripts,
 * nothing remote); everything escaped. The title is an <h1>; a section of level n is an
 * <h(n+1)> (capped at <h6>); each quote a <blockquote>: “text” (FG 1).
 */
export function quoteReportHtml(title: string, sections: readonly QuoteSection[]): string {
  return page(title, sections.flatMap(sectionHtml));
}

function tableHtml(table: ReportTable): string[] {
  const cell = (value: ReportTable['rows'][number][number], isHeading: boolean) => {
    const content = cellLines(value).map(lines).join('<br>');
    if (isHeading) return `<th scope="row">${content}</th>`;
    return typeof value === 'number' ? `<td class="number">${content}</td>` : `<td>${content}</td>`;
  };
  return [
    '<table>',
    ...(table.title.trim() !== '' ? [`<caption>${escapeHtml(table.title.trim())}</caption>`] : []),
    `<thead><tr>${table.columns.map((c) => `<th scope="col">${lines(c)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...table.rows.map((row) => `<tr>${row.map((value, i) => cell(value, i === 0)).join('')}</tr>`),
    '</tbody>',
    '</table>',
    ...(table.note.trim() !== '' ? [`<p class="note">${escapeHtml(table.note.trim())}</p>`] : []),
  ];
}

/**
 * The same kind of page holding report tables: each a real <table> with its title as the
 * caption, a header row, the first column as row headings, list cells one item per line, and
 * its note in a paragraph beneath.
 */
export function tablesToHtml(title: string, tables: readonly ReportTable[]): string {
  return page(title, tables.flatMap(tableHtml));
}
