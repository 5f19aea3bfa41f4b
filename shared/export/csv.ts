/**
 * CSV writer for report tables (RFC 4180), made for Excel: CRLF line ends, a leading byte-order
 * mark so Excel reads UTF-8, and text that Excel would run as a formula made inert.
 */
import { cellText } from '../report/cells';
import type { ReportTable } from '../report/types';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One field. Text starting with = + - @ (or a tab or carriage return, which Excel also reads
 * as a formula lead-in) gets a leading apostrophe (OWASP "CSV injection"); numbers are written
 * as they are, so a negative number stays a number. Fields holding a comma, a double quote or a
 * line break are quoted, with double quotes doubled.
 */
function field(value: string | number | null, isText: boolean): string {
  let text = value === null ? '' : String(value);
  if (isText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function lines(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.join(',') + CRLF).join('');
}

/**
 * RFC 4180, CRLF line ends, cells with a list joined with "\n" (quoted), a leading BOM so Excel
 * reads UTF-8; formula-injection safe: a text cell starting with = + - @ gets a leading
 * apostrophe. The header row first, then the rows; the title and note are not written (a CSV
 * holds one grid).
 */
export function tableToCsv(table: ReportTable): string {
  const header = table.columns.map((c) => field(c, true));
  const body = table.rows.map((row) => row.map((cell) => field(cellText(cell, '\n'), typeof cell !== 'number')));
  return lines([header, ...body]);
}

/** Any grid of text, numbers and blanks (null), with the same rules as `tableToCsv`. */
export function gridToCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return lines(rows.map((row) => row.map((cell) => field(cell, typeof cell === 'string'))));
}
