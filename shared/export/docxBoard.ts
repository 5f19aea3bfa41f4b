/**
 * The board report in Word: the header block as a borderless label/value table, the title
 * (unless a header line already shows it, as SUBJECT does), then each section as a heading with its numbered paragraphs ("1.1<tab>text", hanging indent),
 * its tables and its quotes. A section numbered like a paragraph ("6.4") is a sub-heading
 * (Heading 2) of the section before it; "1.", "1.0" and unnumbered sections are Heading 1.
 */
import { Paragraph, TabStopType, type FileChild } from 'docx';
import type { BoardParagraph, BoardReport, BoardSection } from '../report/types';
import { packDocx } from './docxPackage';
import { headingParagraph, quoteParagraph, titleParagraph } from './docxParagraphs';
import { NUMBER_INDENT, STYLE } from './docxStyles';
import { labelTable, tableBlocks } from './docxTables';
import { textRuns } from './docxText';

/** 1 for "1.", "1.0", "10." or ""; 2 for "6.4"; 3 for "6.4.1". */
export function sectionLevel(number: string): number {
  const parts = number.trim().replace(/\.$/, '').split('.').filter(Boolean);
  if (parts.length <= 1) return 1;
  if (parts.length === 2 && /^0+$/.test(parts[1] ?? '')) return 1;
  return Math.min(6, parts.length);
}

function sectionHeading(section: BoardSection): string {
  return section.number.trim() ? `${section.number.trim()}\u2002${section.title}` : section.title;
}

function numberedParagraph(paragraph: BoardParagraph): Paragraph {
  if (!paragraph.number.trim()) return new Paragraph({ children: textRuns(paragraph.text) });
  return new Paragraph({
    style: STYLE.numbered,
    tabStops: [{ type: TabStopType.LEFT, position: NUMBER_INDENT }],
    children: textRuns(`${paragraph.number}\t${paragraph.text}`),
  });
}

/** Appendices start on a new page. */
const isAppendix = (section: BoardSection) => /^appendix\b/i.test(section.title.trim());

function sectionBlocks(section: BoardSection): FileChild[] {
  return [
    headingParagraph(sectionHeading(section), sectionLevel(section.number), isAppendix(section)),
    ...section.paragraphs.map(numberedParagraph),
    ...section.tables.flatMap(tableBlocks),
    ...section.quotes.map(quoteParagraph),
  ];
}

export function boardReportDocx(report: BoardReport): Promise<Uint8Array> {
  const children: FileChild[] = [];
  if (report.header.length > 0) children.push(labelTable(report.header), new Paragraph({ children: [] }));
  const title = report.title.trim();
  if (title && !report.header.some(([, value]) => value.trim() === title)) children.push(titleParagraph(title));
  for (const section of report.sections) children.push(...sectionBlocks(section));
  return packDocx(report.title.trim() || 'Board report', children);
}
