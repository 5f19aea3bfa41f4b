/**
 * The look of every Word document Storyloom writes: A4 with 2.54 cm margins, Arial, black
 * headings in Word's own Heading 1–6 styles (so the navigation pane and a table of contents
 * work), and a few named paragraph styles of our own for captions, table text, notes, quotes and
 * numbered report paragraphs. Officers paste into council templates, so the styles are plain.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

/** A4 in twentieths of a point, and the text width between 2.54 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Our paragraph style ids. */
export const STYLE = {
  caption: 'Caption',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableNote: 'TableNote',
  quote: 'Quote',
  numbered: 'NumberedParagraph',
  note: 'AuthorNote',
} as const;

/** Hanging indent of a numbered paragraph: the number, a tab, then the text. */
export const NUMBER_INDENT = 851;

const FONT = 'Arial';
const BLACK = '000000';

const heading = (size: number, before: number, italics = false) => ({
  run: { font: FONT, size, bold: true, italics, color: BLACK },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 24 },
      paragraph: { spacing: { after: 160, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { font: FONT, size: 36, bold: true, color: BLACK }, paragraph: { spacing: { after: 240 } } },
    heading1: heading(28, 360),
    heading2: heading(24, 240),
    heading3: heading(24, 200, true),
    heading4: heading(22, 160),
    heading5: heading(22, 160, true),
    heading6: heading(20, 120, true),
    caption: {
      run: { font: FONT, size: 22, bold: true, italics: false, color: BLACK },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true,
      run: { size: 20 },
      paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.tableText, quickFormat: true,
      run: { bold: true },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.tableNote, name: 'Table Note', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { size: 18, italics: true },
      paragraph: { spacing: { before: 80, after: 240 } },
    },
    {
      id: STYLE.quote, name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { italics: true },
      paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 60, after: 160 }, keepLines: true },
    },
    {
      id: STYLE.numbered, name: 'Numbered Paragraph', basedOn: 'Normal', next: STYLE.numbered, quickFormat: true,
      // With a hanging indent, Word's first tab stops at the indent: "1.1<tab>text".
      paragraph: { indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT } },
    },
    {
      id: STYLE.note, name: 'Author Note', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { color: '595959', italics: true },
    },
  ],
};

/** The footer's paragraph alignment. */
export const FOOTER_ALIGNMENT = AlignmentType.CENTER;
