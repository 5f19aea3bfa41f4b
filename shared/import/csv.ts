/**
 * Delimited text (.csv, .tsv) to a table, with Papa Parse guessing the delimiter (comma,
 * semicolon, tab, pipe). The first non-empty row is the header.
 */
import Papa from 'papaparse/papaparse.min.js';
import { decodeText } from './decode';
import { FormatError } from './errors';
import type { ParsedTable, TableFormat } from './types';

/**
 * A table from raw rows, the first being the header: blank names become "Column N", repeated
 * names get " (2)", every row is padded or cut to the header's width (with a warning).
 */
export function tableFromRows(raw: readonly (readonly string[])[], format: TableFormat, warnings: string[] = []): ParsedTable {
  const nonEmpty = raw.filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw new FormatError('empty', 'it has no rows');
  const width = body.reduce((max, row) => Math.max(max, row.length), header.length);
  const seen = new Map<string, number>();
  const columns = Array.from({ length: width }, (_, i) => {
    const name = (header[i] ?? '').trim() || `Column ${i + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
  const rows = body.map((row) => columns.map((_, i) => row[i] ?? ''));
  if (width > header.length) warnings.push(`Some rows have more cells than the header row; the extra columns were named ${columns.slice(header.length).join(', ')}.`);
  return { kind: 'table', format, columns, rows, warnings };
}

/** Parses delimited text bytes (any encoding decodeText reads). */
export function parseCsv(bytes: Uint8Array): ParsedTable {
  const decoded = decodeText(bytes);
  return parseCsvText(decoded.text, decoded.warnings);
}

/** Parses delimited canonical text. */
export function parseCsvText(text: string, decodeWarnings: readonly string[] = []): ParsedTable {
  const result = Papa.parse(text, { header: false, dynamicTyping: false, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const warnings = [...decodeWarnings];
  const problems = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (problems.length > 0) {
    const first = problems[0];
    const where = first?.row === undefined ? '' : ` (row ${first.row + 1})`;
    warnings.push(`The file has ${problems.length} formatting problem${problems.length === 1 ? '' : 's'}: ${first?.message ?? ''}${where}. Check the rows around it.`);
  }
  return tableFromRows(result.data, 'csv', warnings);
}
