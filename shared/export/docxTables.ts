/**
 * A ReportTable as a real, editable Word table: its title as a caption above, one bold header
 * row that repeats on every page, the first column (the row headings) in bold, list cells as one
 * paragraph per line, numbers right-aligned, thin borders, and its note in small italics below.
 * Column widths follow the length of each column's lines, so a count column stays narrow.
 */
import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType,
  type FileChild,
} from 'docx';
import type { ReportCell, ReportTable } from '../report/types';
import { STYLE, TEXT_WIDTH } from './docxStyles';
import { textRuns } from './docxText';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER,
} as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER,
} as const;
const HEADER_FILL = 'D9D9D9';
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 } as const;

/** A number as printed: integers as they are, others to at most two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** The lines a cell prints. */
export function cellLines(cell: ReportCell | undefined): readonly string[] {
  if (cell === undefined) return [''];
  if (typeof cell === 'number') return [formatNumber(cell)];
  if (typeof cell === 'string') return [cell];
  return cell.length > 0 ? cell : [''];
}

/** Twips per character of 10 pt Arial, generously: enough that a heading word never breaks. */
const CHAR_TWIPS = 120;

/**
 * Column widths in twips filling `width`: proportional to each column's line lengths (the mean
 * of its longest and its average line, within limits), but never narrower than the longest word of its heading (or its widest line, when
 * that is shorter), so "Codings" does not break into "Co-din-gs".
 */
export function columnWidths(table: Pick<ReportTable, 'columns' | 'rows'>, width = TEXT_WIDTH): number[] {
  const count = Math.max(1, table.columns.length, ...table.rows.map((r) => r.length));
  const columns = Array.from({ length: count }, (_, i) => {
    const lines = table.rows.flatMap((r) => cellLines(r[i]));
    const longestLine = Math.max(0, ...lines.map((l) => l.length));
    const headingWord = Math.max(0, ...(table.columns[i] ?? '').split(/\s+/).map((w) => w.length));
    const mean = lines.length > 0 ? lines.reduce((sum, l) => sum + l.length, 0) / lines.length : 0;
    const weight = Math.min(70, Math.max(5, headingWord, (longestLine + mean) / 2));
    const minimum = (Math.max(headingWord, Math.min(longestLine, 12), 3) + 2) * CHAR_TWIPS;
    return { weight, minimum };
  });
  const widths = new Array<number>(count).fill(0);
  const fixed = new Set<number>();
  // Give each column its share; any below its minimum gets the minimum, and the rest share again.
  for (;;) {
    const free = columns.map((c, i) => (fixed.has(i) ? 0 : c.weight));
    const left = width - [...fixed].reduce((sum, i) => sum + (columns[i]?.minimum ?? 0), 0);
    const total = free.reduce((a, b) => a + b, 0);
    let changed = false;
    columns.forEach((c, i) => {
      if (fixed.has(i)) { widths[i] = c.minimum; return; }
      widths[i] = total > 0 ? Math.floor((c.weight / total) * left) : 0;
      if (widths[i] < c.minimum) { fixed.add(i); changed = true; }
    });
    if (!changed || fixed.size === count) break;
  }
  if (fixed.size === count) {
    const total = columns.reduce((sum, c) => sum + c.minimum, 0);
    columns.forEach((c, i) => { widths[i] = Math.floor((c.minimum / total) * width); });
  }
  widths[0] = (widths[0] ?? 0) + width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraphs(cell: ReportCell | undefined, style: string, bold: boolean): Paragraph[] {
  const alignment = typeof cell === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return cellLines(cell).map((line) => new Paragraph({ style, alignment, children: textRuns(line, bold ? { bold: true } : {}) }));
}

function isNumberColumn(table: ReportTable, index: number): boolean {
  return table.rows.length > 0 && table.rows.every((r) => typeof r[index] === 'number');
}

/** The Word table alone (no caption or note). */
export function wordTable(table: ReportTable): Table {
  const widths = columnWidths(table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: widths.map((w, i) => new TableCell({
      width: { size: w, type: WidthType.DXA },
      shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
      margins: CELL_MARGINS,
      children: [new Paragraph({
        style: STYLE.tableHeading,
        alignment: isNumberColumn(table, i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: textRuns(table.columns[i] ?? ''),
      })],
    })),
  });
  const body = table.rows.map((row) => new TableRow({
    cantSplit: true,
    children: widths.map((w, i) => new TableCell({
      width: { size: w, type: WidthType.DXA },
      margins: CELL_MARGINS,
      children: cellParagraphs(row[i], STYLE.tableText, i === 0 && typeof row[i] !== 'number'),
    })),
  }));
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}

/** Caption, table and note, in that order; an empty title or note is left out. */
export function tableBlocks(table: ReportTable): FileChild[] {
  const out: FileChild[] = [];
  if (table.title.trim()) out.push(new Paragraph({ style: STYLE.caption, children: textRuns(table.title) }));
  out.push(wordTable(table));
  if (table.note.trim()) out.push(new Paragraph({ style: STYLE.tableNote, children: textRuns(table.note) }));
  else out.push(new Paragraph({ style: STYLE.tableNote, children: [] }));
  return out;
}

/** A borderless two-column table of label and value, for a report's header block. */
export function labelTable(lines: readonly (readonly [string, string])[]): Table {
  const widths = [Math.round(TEXT_WIDTH * 0.32), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.32)];
  return new Table({
    rows: lines.map(([label, value]) => new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: widths[0] ?? 0, type: WidthType.DXA },
          margins: { top: 20, bottom: 20, left: 0, right: 100 },
          children: [new Paragraph({ style: STYLE.tableText, children: textRuns(label, { bold: true, size: 24 }) })],
        }),
        new TableCell({
          width: { size: widths[1] ?? 0, type: WidthType.DXA },
          margins: { top: 20, bottom: 20, left: 100, right: 0 },
          children: [new Paragraph({ style: STYLE.tableText, children: textRuns(value, { size: 24 }) })],
        }),
      ],
    })),
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}
