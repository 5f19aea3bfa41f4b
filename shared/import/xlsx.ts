/**
 * Excel .xlsx to a table, read straight from its XML (exceljs's types need Node): the first
 * visible worksheet's cells, shared strings resolved, dates (by their number format) written as
 * ISO dates, everything else as the text of its stored value.
 */
import type { SafeZip } from '../qdpx/zipSafety';
import { tableFromRows } from './csv';
import { FormatError } from './errors';
import { findElement, openOfficeZip, readOfficeXml, textContent, type XmlNode } from './officeZip';
import type { ParsedTable } from './types';

const children = (node: XmlNode | null, name: string) => node?.children.filter((c) => c.name === name) ?? [];

/** OOXML escapes control characters as _xHHHH_ in strings. */
const unescapeOoxml = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The text of a string item (`<si>` or `<is>`): its `t` and rich-text runs, without phonetic guides. */
function stringItem(item: XmlNode): string {
  return unescapeOoxml(item.children.filter((c) => c.name !== 'rPh' && c.name !== 'phoneticPr').map((c) => textContent([c])).join(''));
}

/** Column index of a cell reference ("B7" -> 1). */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference.toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** Which cell styles (by index) format numbers as dates. */
async function dateStyles(zip: SafeZip): Promise<Set<number>> {
  const styles = await readOfficeXml(zip, 'xl/styles.xml');
  if (!styles) return new Set();
  const customDates = new Set(children(findElement(styles, 'numFmts'), 'numFmt')
    .filter((f) => /[dmy]/i.test((f.attributes.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '')))
    .map((f) => Number(f.attributes.numFmtId)));
  const result = new Set<number>();
  children(findElement(styles, 'cellXfs'), 'xf').forEach((xf, index) => {
    const id = Number(xf.attributes.numFmtId ?? 0);
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || customDates.has(id)) result.add(index);
  });
  return result;
}

/** An Excel serial date (1900 system) as "YYYY-MM-DD", with the time when it has one. */
export function excelDate(serial: number): string {
  const iso = new Date(Math.round((serial - 25569) * 86400000)).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

async function firstSheetPath(zip: SafeZip): Promise<{ path: string; name: string; count: number }> {
  const workbook = await readOfficeXml(zip, 'xl/workbook.xml');
  if (!workbook) throw new FormatError('not-format', 'not an Excel workbook (the zip has no xl/workbook.xml)');
  const sheets = children(findElement(workbook, 'sheets'), 'sheet');
  const sheet = sheets.find((s) => s.attributes.state !== 'hidden' && s.attributes.state !== 'veryHidden') ?? sheets[0];
  if (!sheet) throw new FormatError('empty', 'the workbook has no sheets');
  const rels = await readOfficeXml(zip, 'xl/_rels/workbook.xml.rels');
  const target = children(findElement(rels ?? [], 'Relationships'), 'Relationship').find((r) => r.attributes.Id === sheet.attributes.id)?.attributes.Target;
  const path = target === undefined ? 'xl/worksheets/sheet1.xml' : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return { path, name: sheet.attributes.name ?? 'Sheet1', count: sheets.length };
}

/** Reads the first visible worksheet of an .xlsx (its bytes, or its zip already opened) as a table. */
export async function parseXlsx(source: Uint8Array | SafeZip): Promise<ParsedTable> {
  const zip = source instanceof Uint8Array ? await openOfficeZip(source) : source;
  const sheet = await firstSheetPath(zip);
  const sharedStrings = children(findElement(await readOfficeXml(zip, 'xl/sharedStrings.xml') ?? [], 'sst'), 'si').map(stringItem);
  const dates = await dateStyles(zip);
  const worksheet = await readOfficeXml(zip, sheet.path);
  if (!worksheet) throw new FormatError('damaged', `a damaged Excel workbook (its sheet "${sheet.name}" is missing)`);

  const raw: string[][] = [];
  for (const row of children(findElement(worksheet, 'sheetData'), 'row')) {
    const cells: string[] = [];
    children(row, 'c').forEach((cell, position) => {
      const column = cell.attributes.r ? columnIndex(cell.attributes.r) : position;
      const value = textContent(children(cell, 'v'));
      const type = cell.attributes.t ?? 'n';
      let text = unescapeOoxml(value);
      if (type === 's') text = sharedStrings[Number(value)] ?? '';
      else if (type === 'inlineStr') text = children(cell, 'is').map(stringItem).join('');
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'n' && value !== '' && dates.has(Number(cell.attributes.s ?? 0))) text = excelDate(Number(value));
      cells[column] = text;
    });
    raw.push(Array.from(cells, (cell) => cell ?? ''));
  }
  const warnings = sheet.count > 1 ? [`The workbook has ${sheet.count} sheets; only "${sheet.name}" was read.`] : [];
  return tableFromRows(raw, 'xlsx', warnings);
}
