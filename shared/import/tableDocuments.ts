/**
 * Spreadsheet rows as narratives (issue 3 item 1): the user picks the text column, the title
 * column and the attribute columns; each row with text becomes one document. Columns are named
 * by their (unique) header text. suggestColumns proposes a choice and says clearly when no
 * column holds free text (a case-attribute sheet, say).
 */
import { canonicalText } from '../text/canonical';
import { documentFromText } from './document';
import { importError } from './errors';
import type { ParsedDocument, ParsedTable } from './types';

export interface TableColumns {
  textColumn: string;
  titleColumn: string | null;
  attributeColumns: string[];
}

export interface TableDocument {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  title: string;
  /** Attribute values by column name, as written (trimmed). */
  attributes: Record<string, string>;
  document: ParsedDocument;
}

export interface TableDocuments {
  documents: TableDocument[];
  warnings: string[];
}

const TITLE_NAMES = /^(title|name|id|case|case id|participant|respondent|source|label|ref|reference)\b/i;
const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** True for a column of free text: most filled cells run to several words. */
export function isFreeTextColumn(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  if (filled.length === 0) return false;
  const long = filled.filter((v) => wordCount(v) >= 6 || v.length >= 40).length;
  return long * 2 >= filled.length;
}

function columnValues(table: ParsedTable, index: number): string[] {
  return table.rows.map((row) => row[index] ?? '');
}

/** Proposes text, title and attribute columns. Throws ImportError('no-text-column') when no column holds free text. */
export function suggestColumns(table: ParsedTable, fileName: string): TableColumns {
  const meanLength = (index: number) => columnValues(table, index).reduce((sum, v) => sum + v.length, 0) / Math.max(1, table.rows.length);
  const candidates = table.columns.map((_, i) => i).filter((i) => isFreeTextColumn(columnValues(table, i)));
  const textIndex = candidates.sort((a, b) => meanLength(b) - meanLength(a))[0];
  if (textIndex === undefined) {
    throw importError(fileName, 'no-text-column', 'no column looks like free text (every column holds short values such as ids, numbers or categories), so there are no narratives to import; choose the text column by hand, or import the file as participant attributes');
  }
  const others = table.columns.map((_, i) => i).filter((i) => i !== textIndex);
  const isUniqueShort = (i: number) => {
    const values = columnValues(table, i).map((v) => v.trim());
    return values.every((v) => v !== '' && v.length <= 60) && new Set(values).size === values.length;
  };
  const titleIndex = others.find((i) => TITLE_NAMES.test(table.columns[i] ?? '') && isUniqueShort(i)) ?? others.find(isUniqueShort);
  return {
    textColumn: table.columns[textIndex] ?? '',
    titleColumn: titleIndex === undefined ? null : (table.columns[titleIndex] ?? null),
    attributeColumns: others.filter((i) => i !== titleIndex).map((i) => table.columns[i] ?? ''),
  };
}

/**
 * One document per row with text. A row whose text cell is blank is skipped with a warning
 * naming the row. Without a chosen text column, suggestColumns picks one (or throws).
 */
export function tableToDocuments(table: ParsedTable, chosen: Partial<TableColumns>, fileName: string): TableDocuments {
  const columns = { ...suggestColumnsIfNeeded(table, chosen, fileName), ...chosen };
  const indexOf = (name: string) => {
    const index = table.columns.indexOf(name);
    if (index === -1) throw importError(fileName, 'no-text-column', `it has no column called "${name}"`);
    return index;
  };
  const textIndex = indexOf(columns.textColumn ?? '');
  const titleIndex = columns.titleColumn ? indexOf(columns.titleColumn) : -1;
  const attributeIndexes = (columns.attributeColumns ?? []).map((name) => [name, indexOf(name)] as const);

  const documents: TableDocument[] = [];
  const warnings: string[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const title = (cells[titleIndex] ?? '').trim() || `Row ${row}`;
    const text = canonicalText(cells[textIndex] ?? '');
    if (text.trim() === '') {
      warnings.push(`Row ${row}${titleIndex >= 0 && cells[titleIndex]?.trim() ? ` (${title})` : ''} has no text in "${columns.textColumn}" and was skipped.`);
      return;
    }
    const attributes = Object.fromEntries(attributeIndexes.map(([name, index]) => [name, (cells[index] ?? '').trim()]));
    documents.push({ row, title, attributes, document: documentFromText(text, table.format) });
  });
  return { documents, warnings };
}

function suggestColumnsIfNeeded(table: ParsedTable, chosen: Partial<TableColumns>, fileName: string): Partial<TableColumns> {
  return chosen.textColumn === undefined ? suggestColumns(table, fileName) : { titleColumn: null, attributeColumns: [] };
}
