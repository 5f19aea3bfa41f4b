/**
 * Markdown writers (GitHub-flavoured) for report tables and the quote report: text that pastes
 * into a wiki, an issue or a README and reads well unrendered too.
 */
import { cellLines } from '../report/cells';
import type { QuoteSection, ReportTable } from '../report/types';

/**
 * Text that Markdown must show as written: backslashes escaped (so none swallows the next
 * character) and "<" as "&lt;" (so no text is read as an HTML tag).
 */
function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/</g, '&lt;');
}

/** A table cell: inline text with pipes escaped and line breaks (and list items) as "<br>". */
function tableCell(lines: readonly string[]): string {
  return lines.map((line) => inline(line).replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '<br>')).join('<br>').trim();
}

function tableLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  if (width === 0) return [];
  const pad = (row: readonly string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
  const line = (row: readonly string[]) => `| ${pad(row).join(' | ')} |`;
  return [line(header), line(Array.from({ length: width }, () => '---')), ...rows.map(line)];
}

/**
 * GitHub-flavoured table (pipes and line breaks escaped; list cells joined with "<br>"), title
 * as a '### ' line above, note below; each part apart by a blank line, the whole ending in a
 * line break.
 */
export function tableToMarkdown(table: ReportTable): string {
  const parts: string[] = [];
  if (table.title.trim() !== '') parts.push(`### ${inline(table.title.trim())}`);
  const body = tableLines(table.columns.map((c) => tableCell([c])), table.rows.map((row) => row.map((cell) => tableCell(cellLines(cell)))));
  if (body.length > 0) parts.push(body.join('\n'));
  if (table.note.trim() !== '') parts.push(inline(table.note.trim()));
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}

/** A grid as a table whose first row is the header; null cells blank; "" for no rows. */
export function gridToMarkdown(rows: readonly (readonly (string | number | null)[])[]): string {
  const text = rows.map((row) => row.map((cell) => (cell === null ? '' : tableCell([String(cell)]))));
  const [header, ...body] = text;
  if (!header) return '';
  const lines = tableLines(header, body);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** One quote as a blockquote: > “text” (FG 1); a line break inside the quote stays inside the blockquote. */
function quoteLines(text: string, attribution: string): string {
  const body = `\u201C${inline(text.trim())}\u201D ${inline(attribution)}`.trim();
  return `> ${body.replace(/\r?\n|\r/g, '\n> ')}`;
}

/**
 * '# title', then '##'/'###'/... headings per section level (level 1 = '##', capped at '######'),
 * each quote as a blockquote: > “text” (FG 1). Blocks are apart by a blank line.
 */
export function quoteReportMarkdown(title: string, sections: readonly QuoteSection[]): string {
  const blocks: string[] = [`# ${inline(title.trim())}`];
  const walk = (section: QuoteSection) => {
    blocks.push(`${'#'.repeat(Math.min(section.level + 1, 6))} ${inline(section.heading.trim())}`);
    for (const quote of section.quotes) blocks.push(quoteLines(quote.text, quote.attribution));
    section.children.forEach(walk);
  };
  sections.forEach(walk);
  return `${blocks.join('\n\n')}\n`;
}
