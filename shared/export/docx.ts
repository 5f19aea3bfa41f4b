/**
 * Word (.docx) exports of the report models: tables, the quote report, the codebook and the
 * board report. Everything is real Word structure (Title and Heading styles, real tables), so
 * officers can edit it and paste it into a council template. Output is deterministic.
 */
import type { FileChild } from 'docx';
import type { CodebookEntry, QuoteSection, ReportTable } from '../report/types';
import { packDocx } from './docxPackage';
import { bodyParagraph, headingParagraph, noteParagraph, quoteParagraph, titleParagraph } from './docxParagraphs';
import { tableBlocks } from './docxTables';

export { boardReportDocx } from './docxBoard';

/**
 * A Word document: a Title, optional intro paragraphs, then each table as a real Word table
 * (header row repeated on each page, bold; list cells as one paragraph per line; numbers
 * right-aligned), its title as a caption above and its note below.
 */
export function tablesToDocx(title: string, tables: readonly ReportTable[], intro: readonly string[] = []): Promise<Uint8Array> {
  const children: FileChild[] = [titleParagraph(title), ...intro.map(bodyParagraph)];
  for (const table of tables) children.push(...tableBlocks(table));
  return packDocx(title, children);
}

function sectionBlocks(section: QuoteSection): FileChild[] {
  return [
    headingParagraph(section.heading, section.level),
    ...section.quotes.map(quoteParagraph),
    ...section.children.flatMap(sectionBlocks),
  ];
}

/**
 * Quote report: Title, then Heading 1/2/3 (... up to 6) per section level; each quote an
 * indented italic paragraph “text” followed by the attribution in roman; a quote whose fidelity
 * is 'failed' gets a visible "[check wording]" note.
 */
export function quoteReportDocx(title: string, sections: readonly QuoteSection[]): Promise<Uint8Array> {
  const children: FileChild[] = [titleParagraph(title)];
  if (sections.length === 0) children.push(noteParagraph('No quotes have been selected yet.'));
  for (const section of sections) children.push(...sectionBlocks(section));
  return packDocx(title, children);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 codings, 3 sources, 5 participants. Status: reviewed." */
export function codebookCountsLine(entry: CodebookEntry): string {
  const counts = [
    plural(entry.codings, 'coding', 'codings'),
    plural(entry.sources, 'source', 'sources'),
    plural(entry.participants, 'participant', 'participants'),
  ].join(', ');
  return entry.status ? `${counts}. Status: ${entry.status}.` : `${counts}.`;
}

function codebookBlocks(entry: CodebookEntry): FileChild[] {
  const out: FileChild[] = [headingParagraph(entry.name, entry.depth + 1)];
  out.push(entry.definition.trim() ? bodyParagraph(entry.definition) : noteParagraph('No definition yet.'));
  if (entry.aliases.length > 0) out.push(bodyParagraph(`Also known as: ${entry.aliases.join('; ')}.`));
  out.push(noteParagraph(codebookCountsLine(entry)));
  if (entry.exemplar) out.push(quoteParagraph(entry.exemplar));
  return out;
}

/** Codebook: a heading per code (level by depth), its definition, aliases, counts line, exemplar quote. */
export function codebookDocx(title: string, entries: readonly CodebookEntry[]): Promise<Uint8Array> {
  const children: FileChild[] = [titleParagraph(title)];
  if (entries.length === 0) children.push(noteParagraph('The project has no codes yet.'));
  for (const entry of entries) children.push(...codebookBlocks(entry));
  return packDocx(title, children);
}
