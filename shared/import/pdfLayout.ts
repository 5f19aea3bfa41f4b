/**
 * Positioned PDF text runs to paragraphs. A PDF has no paragraphs, only runs at coordinates:
 * runs on one baseline make a line; a vertical gap clearly wider than the body's line spacing,
 * a change of font size, or an indented first line starts a new paragraph. The lines of a
 * paragraph are joined with a space (they are the page's wrapping, not the writer's), and the
 * paragraphs with "\n". Page furniture is left out: page numbers at the top or bottom of a page,
 * lines repeated at the top or bottom of most pages, and line numbers in the left margin
 * (MAXQDA and NVivo number paragraphs there).
 */
import type { PdfPageText, PdfTextItem } from './types';

interface Line {
  y: number;
  x: number;
  size: number;
  text: string;
}

export interface PdfLayout {
  /** Paragraphs joined by "\n", in reading order. */
  text: string;
  warnings: string[];
  /** How many text runs the pages held (0 for a scan with no text layer). */
  runCount: number;
}

const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(\/|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/i;
const MARGIN_NUMBER = /^\s*\d{1,4}\s*$/;

function mode(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, count] of counts) if (count > bestCount) [best, bestCount] = [v, count];
  return best;
}

/** Runs on (nearly) the same baseline, left to right, joined with spaces where the gap shows one. */
function linesOf(items: readonly PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    const tolerance = Math.max(item.height, head?.height ?? 0, 1) * 0.5;
    if (group && head && Math.abs(head.y - item.y) <= tolerance) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const runs = group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    const size = Math.max(...runs.map((r) => r.height));
    for (const run of runs) {
      const needsSpace = text !== '' && !/\s$/.test(text) && !/^\s/.test(run.str) && run.x - right > size * 0.15;
      text += (needsSpace ? ' ' : '') + run.str;
      right = Math.max(right, run.x + run.width);
    }
    return { y: runs[0]?.y ?? 0, x: runs[0]?.x ?? 0, size, text: text.trim() };
  }).filter((line) => line.text !== '');
}

/** Furniture key of a line: digits folded, so "3/5" and "4/5" count as the same footer. */
const furnitureKey = (text: string) => text.replace(/\d+/g, '#').toLowerCase();

function dropFurniture(pages: Line[][], warnings: string[]): Line[][] {
  const edgeCounts = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set([lines[0], lines[lines.length - 1]].filter((l) => l !== undefined).map((l) => furnitureKey(l.text)));
    for (const key of keys) edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  }
  const isRepeated = (line: Line) => pages.length >= 3 && (edgeCounts.get(furnitureKey(line.text)) ?? 0) >= Math.max(3, pages.length * 0.6);
  let dropped = 0;
  const result = pages.map((lines) => lines.filter((line, i) => {
    const isEdge = i === 0 || i === lines.length - 1;
    const isFurniture = isEdge && (PAGE_NUMBER.test(line.text) || isRepeated(line));
    if (isFurniture) dropped++;
    return !isFurniture;
  }));
  if (dropped > 0) warnings.push('Page numbers and running headers or footers were left out.');
  return result;
}

/** Drops digit-only runs that sit wholly left of the body text's usual left edge. */
function dropMarginNumbers(items: readonly PdfTextItem[]): { items: PdfTextItem[]; dropped: number } {
  const left = mode(items.filter((i) => i.str.trim() !== '' && !MARGIN_NUMBER.test(i.str)).map((i) => Math.round(i.x)));
  if (left === null) return { items: [...items], dropped: 0 };
  const kept = items.filter((i) => !(MARGIN_NUMBER.test(i.str) && i.x + i.width < left - 1));
  return { items: kept, dropped: items.length - kept.length };
}

/** True when `line` starts a new paragraph after `previous` on the same page. */
function startsParagraph(previous: Line, line: Line, left: number): boolean {
  const size = Math.min(previous.size, line.size) || 1;
  const gap = previous.y - line.y;
  if (gap > size * 1.5 || gap < 0) return true;
  if (Math.abs(previous.size - line.size) > size * 0.2) return true;
  return line.x > left + size * 1.5 && previous.x <= left + 1;
}

function joinLines(paragraph: readonly string[]): string {
  return paragraph.reduce((text, line) => (text === '' ? line : /\S-$/.test(text) ? text + line : `${text} ${line}`), '');
}

/** Lays out extracted pages as paragraph text. */
export function pdfPagesToText(pages: readonly PdfPageText[]): PdfLayout {
  const warnings: string[] = [];
  let runCount = 0;
  let marginNumbers = 0;
  const pageLines = pages.map((page) => {
    const withText = page.items.filter((i) => i.str !== '');
    runCount += withText.filter((i) => i.str.trim() !== '').length;
    const { items, dropped } = dropMarginNumbers(withText);
    marginNumbers += dropped;
    return linesOf(items);
  });
  if (marginNumbers > 0) warnings.push('Line or paragraph numbers in the left margin were left out.');

  const paragraphs: string[][] = [];
  for (const lines of dropFurniture(pageLines, warnings)) {
    const left = mode(lines.map((l) => Math.round(l.x))) ?? 0;
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      const current = paragraphs[paragraphs.length - 1];
      // Across a page break a paragraph continues only when the new page starts mid-sentence.
      const continues = previous ? !startsParagraph(previous, line, left) : current !== undefined && /^\p{Ll}/u.test(line.text);
      if (continues && current) current.push(line.text);
      else paragraphs.push([line.text]);
    });
  }
  return { text: paragraphs.map(joinLines).join('\n'), warnings, runCount };
}
