/**
 * Excel (.xlsx) exports, SpreadsheetML written by hand and zipped with jszip (exceljs pulls in
 * Node). One worksheet per table: its header row bold, shaded and frozen; list cells as lines
 * of one wrapped cell; numbers as numbers; strings as inline strings; column widths from the
 * content. The table's title and note sit under the table, so row 1 is always the header.
 * Output is deterministic: fixed zip dates and document properties.
 */
import JSZip from 'jszip/dist/jszip.min.js';
import { escapeAttribute, escapeText, xmlSafe } from '../qdpx/xmlWrite';
import type { ReportCell, ReportTable } from '../report/types';

type Cell = string | number | null;
interface Sheet {
  name: string;
  rows: readonly (readonly Cell[])[];
  /** Lines under the table, in italics, after one blank row. */
  notes: readonly string[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Excel's limit on the characters of one cell. */
const MAX_CELL = 32767;
const MAX_SHEET_NAME = 31;
const FIXED_DATE = '2000-01-01T00:00:00Z';

/** Style indices into cellXfs (see STYLES_XML). */
const XF = { header: 1, text: 2, number: 3, note: 4 } as const;

const STYLES_XML = XML_HEAD +
  `<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
  '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** "A", "B", … "Z", "AA" for a zero-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Valid, unique worksheet names: []:*?/\ become spaces, runs of spaces fold, no leading or
 * trailing apostrophe, at most 31 characters, never empty or Excel's reserved "History", and
 * unique regardless of case (" (2)", " (3)" … added within the limit).
 */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, index) => {
    let base = xmlSafe(title).replace(/[[\]:*?/\\\s]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
    if (!base) base = `Sheet ${index + 1}`;
    if (base.toLowerCase() === 'history') base = 'History 1';
    base = clipWords(base, MAX_SHEET_NAME);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clipWords(base, MAX_SHEET_NAME - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The first `max` UTF-16 units without splitting a surrogate pair, trailing spaces dropped. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** Like clip, but ends at a word boundary when one falls in the last third. */
function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = clip(text, max);
  if (text[cut.length] === ' ') return cut;
  const space = cut.lastIndexOf(' ');
  return space >= (max * 2) / 3 ? cut.slice(0, space).trimEnd() : cut;
}

function cellValue(cell: ReportCell | undefined): Cell {
  if (cell === undefined) return null;
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  return cell.join('\n');
}

function cellXml(ref: string, value: Cell, style: number): string {
  if (value === null || value === '') return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}" s="${style === XF.text ? XF.number : style}"><v>${value}</v></c>` : `<c r="${ref}" s="${style}"/>`;
  }
  const text = escapeText(clip(value.replace(/\r\n?/g, '\n'), MAX_CELL));
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

/** Width in characters: the longest line of the column, within 8 and 60. */
function widths(rows: readonly (readonly Cell[])[], count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const lines = rows.flatMap((r) => {
      const v = r[i];
      return v === null || v === undefined ? [] : String(v).split('\n');
    });
    const longest = Math.max(0, ...lines.map((l) => l.length));
    return Math.min(60, Math.max(8, longest + 2));
  });
}

function sheetXml(sheet: Sheet): string {
  const count = Math.max(1, ...sheet.rows.map((r) => r.length));
  const rowsXml = sheet.rows.map((row, r) => {
    const style = r === 0 ? XF.header : XF.text;
    const cells = Array.from({ length: count }, (_, c) => cellXml(`${columnName(c)}${r + 1}`, row[c] ?? null, style));
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  sheet.notes.forEach((note, i) => {
    const r = sheet.rows.length + 2 + i;
    rowsXml.push(`<row r="${r}">${cellXml(`A${r}`, note, XF.note)}</row>`);
  });
  const lastRow = Math.max(1, sheet.rows.length + (sheet.notes.length > 0 ? 1 + sheet.notes.length : 0));
  const cols = widths(sheet.rows, count)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const frozen = sheet.rows.length > 0
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  return XML_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${columnName(count - 1)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rowsXml.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>';
}

function workbookXml(names: readonly string[]): string {
  const sheets = names.map((n, i) => `<sheet name="${escapeAttribute(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return XML_HEAD + `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from({ length: count }, (_, i) =>
    `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  return XML_HEAD + `<Relationships xmlns="${PKG_REL_NS}">${sheets}` +
    `<Relationship Id="rId${count + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

function contentTypes(count: number): string {
  const sheets = Array.from({ length: count }, (_, i) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>';
}

const ROOT_RELS = XML_HEAD + `<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const CORE_XML = XML_HEAD +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:creator>Storyloom</dc:creator><cp:lastModifiedBy>Storyloom</cp:lastModifiedBy>' +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>` +
  '</cp:coreProperties>';

async function writeWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const list = sheets.length > 0 ? sheets : [{ name: 'Sheet 1', rows: [], notes: [] }];
  const zip = new JSZip();
  const options = { date: new Date(Date.UTC(1980, 0, 1)), compression: 'DEFLATE' as const, createFolders: false };
  const encoder = new TextEncoder();
  const add = (path: string, xml: string) => zip.file(path, encoder.encode(xml), options);
  add('[Content_Types].xml', contentTypes(list.length));
  add('_rels/.rels', ROOT_RELS);
  add('docProps/core.xml', CORE_XML);
  add('xl/workbook.xml', workbookXml(list.map((s) => s.name)));
  add('xl/_rels/workbook.xml.rels', workbookRels(list.length));
  add('xl/styles.xml', STYLES_XML);
  list.forEach((sheet, i) => add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * One worksheet per table (sheet names from titles, made valid: <= 31 chars, no []:*?/\ ,
 * unique), header row bold and frozen, list cells joined with line breaks (wrap text), numbers
 * as numbers, strings as inline strings; column widths sensible. Opens in Excel and LibreOffice.
 */
export function tablesToXlsx(tables: readonly ReportTable[]): Promise<Uint8Array> {
  const names = sheetNames(tables.map((t) => t.title));
  return writeWorkbook(tables.map((table, i) => {
    const width = Math.max(table.columns.length, ...table.rows.map((r) => r.length));
    const pad = (cells: readonly Cell[]) => Array.from({ length: width }, (_, c) => cells[c] ?? null);
    return {
      name: names[i] ?? `Sheet ${i + 1}`,
      rows: [pad(table.columns), ...table.rows.map((row) => pad(row.map(cellValue)))],
      notes: [table.title, table.note].filter((line) => line.trim() !== ''),
    };
  }));
}

/** One worksheet holding `rows` as given; the first row is the header (bold, frozen). */
export function gridToXlsx(sheetName: string, rows: readonly (readonly (string | number | null)[])[]): Promise<Uint8Array> {
  return writeWorkbook([{ name: sheetNames([sheetName])[0] ?? 'Sheet 1', rows, notes: [] }]);
}
