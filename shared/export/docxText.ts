/**
 * Text for Word runs: every string is cleaned of the characters XML 1.0 cannot hold (the docx
 * package escapes & < > " itself but passes control characters through, which Word refuses),
 * a line break inside a string becomes a real line break and a tab a real tab (<w:tab/>).
 */
import { Tab, TextRun, type IRunOptions } from 'docx';
import { xmlSafe } from '../qdpx/xmlWrite';

/** The run options this module sets besides the text. */
export type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size' | 'color'>;

/** `text` ready for a run: XML-forbidden characters dropped, CR LF folded to LF. */
export function cleanText(text: string): string {
  return xmlSafe(text).replace(/\r\n?/g, '\n');
}

/** The runs for `text`, one per line, with line breaks between them and tabs as Word tabs. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, index) => {
      const children = line.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])).filter((c) => c !== '');
      return new TextRun({ ...style, children, ...(index > 0 ? { break: 1 } : {}) });
    });
}
