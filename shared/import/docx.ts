/**
 * Word .docx: the paragraphs of word/document.xml, read straight from the zip (no mammoth:
 * its Node entry needs Buffer, and only the text is wanted). Each `w:p` becomes one line;
 * `w:tab` a tab, `w:br` and `w:cr` a line break. Deleted revisions, field codes, drawings and
 * properties hold no body text and are skipped; inserted revisions, hyperlinks, content controls
 * and smart tags are read through. A table row becomes one line, its cells separated by tabs.
 */
import { documentFromParagraphs, type DocumentOptions } from './document';
import { FormatError } from './errors';
import type { SafeZip } from '../qdpx/zipSafety';
import { findElement, openOfficeZip, readOfficeXml, type XmlNode } from './officeZip';
import type { ParsedDocument } from './types';

/** Elements whose content is not body text. */
const SKIPPED = new Set([
  'pPr', 'rPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'del', 'moveFrom', 'delText', 'instrText', 'delInstrText',
  'sdtPr', 'drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'commentReference', 'fldData', 'Fallback',
]);

interface Output {
  paragraphs: string[];
  skippedTextBoxes: number;
}

/** The text of a run-level subtree, in order. */
function inlineText(nodes: readonly XmlNode[], out: Output): string {
  let text = '';
  for (const node of nodes) {
    if (SKIPPED.has(node.name)) {
      if (node.name === 'drawing' || node.name === 'pict') out.skippedTextBoxes += hasText(node.children) ? 1 : 0;
      continue;
    }
    switch (node.name) {
      case 't': text += node.children.map((c) => c.text).join(''); break;
      case 'tab': case 'ptab': text += '\t'; break;
      case 'br': case 'cr': text += '\n'; break;
      case 'noBreakHyphen': text += '\u2011'; break;
      case 'softHyphen': text += '\u00AD'; break;
      case 'sym': text += symbolChar(node); break;
      case '': break; // whitespace between elements is not text in WordprocessingML
      default: text += inlineText(node.children, out);
    }
  }
  return text;
}

function hasText(nodes: readonly XmlNode[]): boolean {
  return nodes.some((node) => (node.name === 't' && node.children.some((c) => c.text.trim())) || hasText(node.children));
}

function symbolChar(node: XmlNode): string {
  const code = parseInt(node.attributes.char ?? '', 16);
  // Symbol-font characters sit in the private use area (F0xx); their plain value is the low byte.
  if (!Number.isFinite(code)) return '';
  return String.fromCharCode(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code);
}

/** Block-level content: paragraphs, tables, and containers around them. */
function blocks(nodes: readonly XmlNode[], out: Output): void {
  for (const node of nodes) {
    if (node.name === 'p') out.paragraphs.push(inlineText(node.children, out));
    else if (node.name === 'tbl') tableRows(node, out);
    else if (!SKIPPED.has(node.name) && node.name !== '') blocks(node.children, out);
  }
}

function tableRows(table: XmlNode, out: Output): void {
  for (const row of table.children.filter((n) => n.name === 'tr')) {
    const cells = row.children.filter((n) => n.name === 'tc').map((cell) => {
      const inner: Output = { paragraphs: [], skippedTextBoxes: 0 };
      blocks(cell.children, inner);
      out.skippedTextBoxes += inner.skippedTextBoxes;
      return inner.paragraphs.join('\n');
    });
    out.paragraphs.push(cells.join('\t'));
  }
}

/** The body paragraphs of a .docx (its bytes, or its zip already opened). */
export async function docxParagraphs(source: Uint8Array | SafeZip): Promise<{ paragraphs: string[]; warnings: string[] }> {
  const zip = source instanceof Uint8Array ? await openOfficeZip(source) : source;
  const document = await readOfficeXml(zip, 'word/document.xml');
  if (!document) throw new FormatError('not-format', 'not a Word document (the zip has no word/document.xml)');
  const body = findElement(document, 'body');
  if (!body) throw new FormatError('damaged', 'a damaged Word document (word/document.xml has no body)');
  const out: Output = { paragraphs: [], skippedTextBoxes: 0 };
  blocks(body.children, out);
  const warnings = out.skippedTextBoxes > 0
    ? [`${out.skippedTextBoxes} text box${out.skippedTextBoxes === 1 ? '' : 'es'} or shape${out.skippedTextBoxes === 1 ? '' : 's'} with text ${out.skippedTextBoxes === 1 ? 'was' : 'were'} left out.`]
    : [];
  return { paragraphs: out.paragraphs, warnings };
}

/** A .docx as a document with speaker detection. */
export async function parseDocx(source: Uint8Array | SafeZip, options: DocumentOptions = {}): Promise<ParsedDocument> {
  const { paragraphs, warnings } = await docxParagraphs(source);
  if (paragraphs.every((p) => p.trim() === '')) throw new FormatError('empty', 'the document has no text');
  return documentFromParagraphs(paragraphs, 'docx', { ...options, warnings: [...warnings, ...(options.warnings ?? [])] });
}
