/**
 * The paragraphs Word exports are made of: title, headings, body text, grey notes, and quotes as
 * reports print them: an indented italic paragraph, the words in curly quotation marks, then the
 * attribution in roman ("(FG 1)."). A quote whose wording failed the check against its source
 * carries a visible "[check wording]" so it is not printed unnoticed.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { FidelityStatus } from '../model';
import { STYLE } from './docxStyles';
import { cleanText, textRuns } from './docxText';

export interface PrintedQuote {
  text: string;
  attribution: string;
  fidelity?: FidelityStatus;
}

export const CHECK_WORDING = '[check wording]';

const HEADINGS = [
  HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6,
] as const;

/** Word's Heading style for a level from 1; deeper levels stay at Heading 6. */
export function headingLevel(level: number): (typeof HEADINGS)[number] {
  const index = Math.min(HEADINGS.length, Math.max(1, Math.floor(level))) - 1;
  return HEADINGS[index] ?? HeadingLevel.HEADING_6;
}

/** The document's Title paragraph. */
export function titleParagraph(title: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(title) });
}

/** A plain body paragraph. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text) });
}

/** A heading paragraph at `level` (1–6), optionally starting a new page. */
export function headingParagraph(text: string, level: number, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: headingLevel(level), pageBreakBefore, children: textRuns(text) });
}

/** The attribution as it ends a quote: "(FG 1)." — a full stop added unless one is there. */
export function attributionText(attribution: string): string {
  const trimmed = cleanText(attribution).trim();
  if (!trimmed) return '';
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One quote as an indented paragraph. */
export function quoteParagraph(quote: PrintedQuote): Paragraph {
  const words = cleanText(quote.text).trim();
  const children: TextRun[] = [...textRuns(`\u201C${words}\u201D`)];
  const attribution = attributionText(quote.attribution);
  if (attribution) children.push(new TextRun({ text: ` ${attribution}`, italics: false }));
  if (quote.fidelity === 'failed') {
    children.push(new TextRun({ text: ` ${CHECK_WORDING}`, italics: false, bold: true, color: 'C00000' }));
  }
  return new Paragraph({ style: STYLE.quote, children });
}

/** A plain note in grey italics, for "nothing here yet" lines. */
export function noteParagraph(text: string): Paragraph {
  return new Paragraph({ style: STYLE.note, children: textRuns(text) });
}
